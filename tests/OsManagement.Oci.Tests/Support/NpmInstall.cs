using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Support;

/// <summary>Runs <c>npm ci</c> once per test run in a folder whose node_modules is missing.</summary>
public static class NpmInstall
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAsync(string npm, string folder)
    {
        await Gate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules", "oci-common"))) return;
            var (code, output) = await ExternalProcess.RunAsync(npm, folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            if (code != 0) throw new InvalidOperationException($"npm ci in {folder} failed:\n{output}");
        }
        finally
        {
            Gate.Release();
        }
    }
}

using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Support;

/// <summary>
/// Runs <c>npm ci</c> once per test run in a folder whose node_modules lacks a package its package.json pins (at that
/// version), so a checkout whose node_modules predates a new pin gets it.
/// </summary>
public static class NpmInstall
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAsync(string npm, string folder)
    {
        await Gate.WaitAsync();
        try
        {
            if (IsInstalled(folder)) return;
            var (code, output) = await ExternalProcess.RunAsync(npm, folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            if (code != 0) throw new InvalidOperationException($"npm ci in {folder} failed:\n{output}");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static bool IsInstalled(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        if (!manifest.RootElement.TryGetProperty("dependencies", out var dependencies)) return true;
        foreach (var dependency in dependencies.EnumerateObject())
        {
            var installed = Path.Combine(folder, "node_modules", dependency.Name, "package.json");
            if (!File.Exists(installed)) return false;
            using var package = JsonDocument.Parse(File.ReadAllText(installed));
            if (package.RootElement.GetProperty("version").GetString() != dependency.Value.GetString()) return false;
        }
        return true;
    }
}

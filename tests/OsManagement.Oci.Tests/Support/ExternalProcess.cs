using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Support;

/// <summary>Runs a command-line tool with a deadline and captures its output.</summary>
public static class ExternalProcess
{
    /// <summary>Finds an executable on PATH (with Windows extensions); null when absent.</summary>
    public static string? FindOnPath(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".cmd", ".exe", ".bat", "" } : new[] { "" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => extensions.Select(ext => Path.Combine(folder, name + ext))).FirstOrDefault(File.Exists);
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, TimeSpan deadline, params string[] arguments)
    {
        var (exitCode, standardOutput, standardError) = await RunWithEnvironmentAsync(fileName, workingDirectory, deadline, null, arguments);
        return (exitCode, standardOutput + standardError);
    }

    /// <summary>As <see cref="RunAsync"/>, with extra environment variables and the two output streams apart.</summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunWithEnvironmentAsync(string fileName, string workingDirectory,
        TimeSpan deadline, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var variable in environment ?? new Dictionary<string, string>()) info.Environment[variable.Key] = variable.Value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(deadline)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(" ", arguments)} did not finish within {deadline}.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The repository folder that holds <paramref name="relativePath"/>, searched upwards from the test binaries.</summary>
    public static string FindRepoPath(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"'{relativePath}' not found above {AppContext.BaseDirectory}.");
    }
}

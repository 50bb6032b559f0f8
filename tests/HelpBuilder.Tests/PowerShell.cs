using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace HelpBuilder.Tests;

/// <summary>
/// Runs scripts in the repository's pinned PowerShell (<c>dotnet pwsh</c>, from dotnet-tools.json) in a
/// fresh -NoProfile process, the way build.ps1 runs Export-CommandMetadata.ps1.
/// </summary>
internal static class PowerShell
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private static readonly Lazy<bool> Restored = new(() =>
    {
        var (exitCode, output, errors) = Run("dotnet", new[] { "tool", "restore" }, new Dictionary<string, string>());
        if (exitCode != 0) throw new InvalidOperationException($"dotnet tool restore failed:\n{output}\n{errors}");
        return true;
    });

    /// <summary>The folder holding OsmPs.sln and dotnet-tools.json.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static (int ExitCode, string Output, string Errors) RunScript(string scriptPath, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        _ = Restored.Value;
        var args = new List<string> { "pwsh", "-NoProfile", "-NonInteractive", "-File", scriptPath };
        args.AddRange(arguments);
        return Run("dotnet", args, environment);
    }

    private static (int ExitCode, string Output, string Errors) Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Deadline}.");
        }
        return (process.ExitCode, output.Result, errors.Result);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "dotnet-tools.json")) && File.Exists(Path.Combine(dir.FullName, "OsmPs.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (with dotnet-tools.json) was not found above " + AppContext.BaseDirectory);
    }
}

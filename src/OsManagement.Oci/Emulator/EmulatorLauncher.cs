using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Emulator;

/// <summary>What to start the emulator with; null leaves the emulator's own default.</summary>
public sealed class EmulatorStartOptions
{
    /// <summary>The emulator to run: the <c>osm-emulator</c> executable or <c>OsManagement.Emulator.dll</c>. Null: the installed tool.</summary>
    public string? Command { get; set; }

    /// <summary>Where the emulator writes its config, key and <c>emulator.json</c>. Null: a new temporary folder, removed on stop.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>A generated fleet, e.g. <c>instances=50,compartments=4,windows=0.2</c>.</summary>
    public string? Fleet { get; set; }

    /// <summary>A fleet file the user wrote (a full path); instead of <see cref="Fleet"/>.</summary>
    public string? FleetFile { get; set; }

    public int? Seed { get; set; }
    public int? LatencyMs { get; set; }

    /// <summary>Fractions of requests failed by kind (429, 500, 503, reset).</summary>
    public IReadOnlyDictionary<string, double>? Faults { get; set; }

    /// <summary>API requests a second the emulated tenancy may send; more are answered 429 TooManyRequests with Retry-After.</summary>
    public double? RateLimit { get; set; }

    public int? PageSize { get; set; }
    public double? ClockSpeed { get; set; }

    /// <summary>The regions the emulated tenancy subscribes to, home first; its fleet is spread over them, one endpoint each.</summary>
    public IReadOnlyList<string>? Regions { get; set; }

    /// <summary>The emulator exits when this process does (the PowerShell session that started it).</summary>
    public int? ParentProcessId { get; set; }

    /// <summary>How long to wait for it to listen.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>The emulator could not be found or did not start; the message says what to do.</summary>
public sealed class EmulatorStartException : Exception
{
    public EmulatorStartException(string message) : base(message) { }

    /// <summary>The same failure in other words.</summary>
    public EmulatorStartException(string message, EmulatorStartException inner) : base(message, inner)
    {
        NotInstalled = inner.NotInstalled;
        ExitCode = inner.ExitCode;
        Output = inner.Output;
    }

    /// <summary>The failure of a start that found no installed tool.</summary>
    internal static EmulatorStartException Missing(string message) => new(message) { NotInstalled = true };

    /// <summary>Whether no installed emulator tool was found (no -Path was given).</summary>
    public bool NotInstalled { get; private set; }

    public EmulatorStartException(string message, int exitCode, string output) : base(message)
    {
        ExitCode = exitCode;
        Output = output;
    }

    /// <summary>The emulator's exit code when it exited before it listened (2: bad arguments or a mistaken fleet file).</summary>
    public int? ExitCode { get; }

    /// <summary>What it wrote before it exited.</summary>
    public string? Output { get; }
}

/// <summary>Starts the OsManagement emulator as a child process and waits until it listens.</summary>
public static class EmulatorLauncher
{
    /// <summary>The command the emulator's .NET tool package installs.</summary>
    public const string ToolCommand = "osm-emulator";

    /// <summary>The emulator's NuGet package id.</summary>
    public const string PackageId = "OsManagement.Emulator";

    /// <summary>How to install the tool, for messages.</summary>
    public const string InstallHint =
        "Install it with 'dotnet tool install --global " + PackageId + " --add-source <folder with " + PackageId + ".*.nupkg>' " +
        "(the module's './build.ps1 package' writes the package to out/packages), or give -Path the " + ToolCommand +
        " executable, the folder of a --tool-path install, or " + PackageId + ".dll.";

    /// <summary>The installed <c>osm-emulator</c>: on PATH, or in the global tools folder (~/.dotnet/tools); null when absent.</summary>
    public static string? FindInstalledTool()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries).ToList();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            folders.Add(Path.Combine(home, ".dotnet", "tools"));
        }
        return folders.Select(folder => ToolIn(folder.Trim('"'))).FirstOrDefault(tool => tool is not null);
    }

    /// <summary>The <c>osm-emulator</c> command in <paramref name="folder"/> (a PATH entry, or a --tool-path folder); null when it has none.</summary>
    public static string? ToolIn(string folder)
    {
        var names = Path.DirectorySeparatorChar == '\\' ? new[] { ToolCommand + ".exe", ToolCommand } : new[] { ToolCommand };
        return names.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>The emulator's command line for these options (without the program).</summary>
    public static IReadOnlyList<string> BuildArguments(EmulatorStartOptions options, string stateDirectory)
    {
        var args = new List<string> { "--port", "0", "--state-dir", stateDirectory };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                args.Add(name);
                args.Add(value);
            }
        }
        Add("--fleet", options.Fleet);
        Add("--fleet-file", options.FleetFile);
        Add("--seed", options.Seed?.ToString(CultureInfo.InvariantCulture));
        Add("--latency-ms", options.LatencyMs?.ToString(CultureInfo.InvariantCulture));
        Add("--faults", options.Faults is { Count: > 0 } faults
            ? string.Join(",", faults.Select(f => f.Key + "=" + f.Value.ToString("R", CultureInfo.InvariantCulture)))
            : null);
        Add("--rate-limit", options.RateLimit?.ToString("R", CultureInfo.InvariantCulture));
        Add("--page-size", options.PageSize?.ToString(CultureInfo.InvariantCulture));
        Add("--clock-speed", options.ClockSpeed?.ToString("R", CultureInfo.InvariantCulture));
        Add("--parent-pid", options.ParentProcessId?.ToString(CultureInfo.InvariantCulture));
        Add("--regions", options.Regions is { Count: > 0 } regions ? string.Join(",", regions) : null);
        return args;
    }

    /// <summary>Starts the emulator and returns once it has written emulator.json (it listens then).</summary>
    public static async Task<RunningEmulator> StartAsync(EmulatorStartOptions options, CancellationToken cancellationToken)
    {
        var command = options.Command ?? FindInstalledTool()
            ?? throw EmulatorStartException.Missing($"The OsManagement emulator ('{ToolCommand}') is not installed. {InstallHint}");
        command = Path.GetFullPath(command);
        if (Directory.Exists(command))
        {
            command = ToolIn(command) ?? throw new EmulatorStartException($"The folder '{command}' has no {ToolCommand} in it. {InstallHint}");
        }
        if (!File.Exists(command))
        {
            throw new EmulatorStartException($"The emulator '{command}' does not exist. {InstallHint}");
        }
        var ownsState = options.StateDirectory is null;
        var stateDirectory = Path.GetFullPath(options.StateDirectory
            ?? Path.Combine(Path.GetTempPath(), "osm-emulator-" + Guid.NewGuid().ToString("N").Substring(0, 12)));
        Directory.CreateDirectory(stateDirectory);
        var startFile = Path.Combine(stateDirectory, "emulator.json");
        File.Delete(startFile);

        var isDll = command.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(isDll ? DotnetHost() : command)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        var arguments = (isDll ? new[] { command } : Array.Empty<string>()).Concat(BuildArguments(options, stateDirectory));
        info.Arguments = string.Join(" ", arguments.Select(Quote));

        var output = new OutputTail();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            process.Dispose();
            throw new EmulatorStartException($"The emulator '{command}' could not be started: {e.Message}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var emulator = new RunningEmulator(process, command, stateDirectory, ownsState);
        try
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(startFile))
            {
                if (process.HasExited)
                {
                    process.WaitForExit();
                    throw new EmulatorStartException(
                        $"The emulator exited with code {process.ExitCode} before it listened: {output.Text()}", process.ExitCode, output.Text());
                }
                if (clock.Elapsed > options.StartTimeout)
                {
                    throw new EmulatorStartException(
                        $"The emulator did not listen within {options.StartTimeout.TotalSeconds:0} s. Its output: {output.Text()}");
                }
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            using var document = JsonDocument.Parse(File.ReadAllText(startFile));
            emulator.ReadStartRecord(document.RootElement);
            return emulator;
        }
        catch
        {
            emulator.Stop(TimeSpan.FromSeconds(10));
            throw;
        }
    }

    private static string DotnetHost()
    {
        // Under 'dotnet pwsh' (or any dotnet-hosted process) the running host is the one to use.
        var current = Process.GetCurrentProcess().MainModule?.FileName;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

    /// <summary>The last lines the process wrote, for error messages (enough for a fleet file's whole list of mistakes).</summary>
    private sealed class OutputTail
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_lines)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }

        public string Text()
        {
            lock (_lines)
            {
                return _lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, _lines);
            }
        }
    }
}

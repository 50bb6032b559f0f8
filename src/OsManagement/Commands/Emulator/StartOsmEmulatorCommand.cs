using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;
using System.Threading;
using OsManagement.Infrastructure;
using OsManagement.Oci.Emulator;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Start-OsmEmulator: starts the OsManagement emulator (the installed osm-emulator tool, or -Path) on a free
/// loopback port with a generated fleet or the user's fleet file, waits until it listens, and returns it. It ends
/// with this session.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "OsmEmulator", DefaultParameterSetName = GeneratedSet)]
[OutputType(typeof(OsmEmulator))]
public sealed class StartOsmEmulatorCommand : PSCmdlet, IDisposable
{
    private const string GeneratedSet = "Generated";
    private const string FileSet = "FleetFile";
    private static readonly string[] FaultKinds = { "429", "500", "503", "reset" };
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The generated fleet, as the emulator's --fleet spec (instances=N,compartments=M,depth=D,groups=G,vulnerable=F,windows=F).</summary>
    [Parameter(Position = 0, ParameterSetName = GeneratedSet)]
    [ValidateNotNullOrEmpty]
    public string? Fleet { get; set; }

    /// <summary>A fleet file (JSON) with the user's own compartments, groups, instances and updates, instead of a generated fleet.</summary>
    [Parameter(Mandatory = true, ParameterSetName = FileSet)]
    [ValidateNotNullOrEmpty]
    public string? FleetFile { get; set; }

    /// <summary>Drives every generated id, name and update: the same seed gives the same fleet.</summary>
    [Parameter]
    public int? Seed { get; set; }

    /// <summary>Milliseconds added to every API response.</summary>
    [Parameter]
    [ValidateRange(0, 600000)]
    public int? LatencyMs { get; set; }

    /// <summary>Fractions of API requests to fail, by kind: @{ 429 = 0.1; 500 = 0.02; 503 = 0.01; reset = 0.01 }.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Fault { get; set; }

    /// <summary>
    /// API requests a second the emulated tenancy may send (a token bucket holding one second's worth); more are answered
    /// 429 TooManyRequests with Retry-After, as OCI throttles a tenancy.
    /// </summary>
    [Parameter]
    [ValidateRange(0.01, 1000000.0)]
    public double? RateLimit { get; set; }

    /// <summary>The largest page a list returns.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? PageSize { get; set; }

    /// <summary>Virtual seconds per real second (work requests and schedules move that much faster).</summary>
    [Parameter]
    [ValidateRange(0.001, 1000000.0)]
    public double? ClockSpeed { get; set; }

    /// <summary>
    /// The regions the emulated tenancy subscribes to, home first (default us-ashburn-1 alone): the fleet's instances are
    /// spread over them (a fleet file's instances may name theirs), each region listens at its own endpoint, and Identity lists them.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.RegionCompleter))]
    public string[]? Region { get; set; }

    /// <summary>The emulator to run: the osm-emulator executable or OsManagement.Emulator.dll. Default: the installed tool.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Where the emulator writes its config file, key and emulator.json. Default: a temporary folder, removed by Stop-OsmEmulator.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StateDirectory { get; set; }

    /// <summary>Seconds to wait for it to listen (-Timeout as on every cmdlet that waits; -TimeoutSec still works).</summary>
    [Parameter]
    [Alias("TimeoutSec")]
    [ValidateRange(1, 3600)]
    public int Timeout { get; set; } = 60;

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var options = new EmulatorStartOptions
        {
            Command = Path is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path),
            StateDirectory = StateDirectory is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(StateDirectory),
            Fleet = Fleet,
            FleetFile = FleetFile is null ? null : ResolveFleetFile(FleetFile),
            Seed = Seed,
            LatencyMs = LatencyMs,
            Faults = Fault is null ? null : ReadFaults(Fault),
            RateLimit = RateLimit,
            PageSize = PageSize,
            ClockSpeed = ClockSpeed,
            Regions = Region is null ? null : EmulatedRegions(Region),
            ParentProcessId = System.Diagnostics.Process.GetCurrentProcess().Id,
            StartTimeout = TimeSpan.FromSeconds(Timeout),
        };
        RunningEmulator running;
        try
        {
            running = EmulatorLauncher.StartAsync(options, _cancellation.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (EmulatorStartException e) when (FleetFile is not null && e.ExitCode == 2)
        {
            // The emulator checked the file and said what is wrong where (file, JSON path, fix): that is the message.
            ThrowTerminatingError(new ErrorRecord(new InvalidDataException(Messages.FleetFileRejected(e.Output ?? e.Message), e),
                "OsmFleetFileInvalid", ErrorCategory.InvalidData, FleetFile));
            return;
        }
        catch (EmulatorStartException e) when (Path is null && e.NotInstalled)
        {
            // A build of the module leaves the emulator beside it (out/emulator/): name that one when it is there.
            var built = BuiltEmulator();
            ThrowTerminatingError(new ErrorRecord(new EmulatorStartException(Messages.EmulatorNotInstalled(e.Message, built), e), "OsmEmulatorNotInstalled",
                ErrorCategory.ResourceUnavailable, EmulatorLauncher.ToolCommand));
            return;
        }
        catch (EmulatorStartException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "OsmEmulatorStartFailed", ErrorCategory.ResourceUnavailable, Path ?? EmulatorLauncher.ToolCommand));
            return;
        }
        WriteObject(new OsmEmulator(running));
    }

    /// <summary>The emulator a build of this module left in out/emulator/, beside out/OsManagement/&lt;version&gt;/; null when there is none.</summary>
    private string? BuiltEmulator()
    {
        var moduleBase = MyInvocation.MyCommand.Module?.ModuleBase;
        if (moduleBase is null)
        {
            return null;
        }
        var dll = System.IO.Path.GetFullPath(System.IO.Path.Combine(moduleBase, "..", "..", "emulator", EmulatorLauncher.PackageId + ".dll"));
        return File.Exists(dll) ? dll : null;
    }

    /// <summary>The fleet file as a file-system path, resolved through PowerShell's providers (so TestDrive: and ~ work).</summary>
    // Region ids as the emulator takes them (short keys resolved), each once; a name that is not a region stops here, before any start.
    private IReadOnlyList<string> EmulatedRegions(string[] given)
    {
        try
        {
            var selection = RegionSelection.Parse(given);
            if (selection.IsEvery)
            {
                throw new ArgumentException(Messages.EmulatorRegionsNamed);
            }
            return selection.Names;
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidRegion", e.Message, given));
            throw;
        }
    }

    private string ResolveFleetFile(string path)
    {
        Collection<string> resolved;
        ProviderInfo provider;
        try
        {
            resolved = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "OsmFleetFileNotFound", ErrorCategory.ObjectNotFound, path));
            throw;
        }
        if (provider.ImplementingType != typeof(FileSystemProvider) || resolved.Count != 1 || Directory.Exists(resolved[0]))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidFleetFile", Messages.FleetFileNotAFile(path, provider.Name, resolved.Count), path));
        }
        return resolved[0];
    }

    private Dictionary<string, double> ReadFaults(Hashtable faults)
    {
        var rates = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in faults)
        {
            var kind = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            if (Array.IndexOf(FaultKinds, kind.ToLowerInvariant()) < 0)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidFault", Messages.InvalidFaultKind(kind, FaultKinds), Fault));
            }
            double rate;
            try
            {
                rate = Convert.ToDouble(entry.Value, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                rate = -1;
            }
            if (!(rate >= 0 && rate <= 1))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidFault", Messages.InvalidFaultRate(kind, entry.Value), Fault));
            }
            rates[kind.ToLowerInvariant()] = rate;
        }
        return rates;
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _cancellation.Cancel();

    /// <inheritdoc />
    public void Dispose() => _cancellation.Dispose();
}

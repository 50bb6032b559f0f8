namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// A scheduled job of a fleet file (OS Management Hub's): what it does, when, and on one kind of target, each named by
/// the file's name or id for it. Export-OsmFleet writes them, so a rehearsal meets the jobs production has.
/// </summary>
internal sealed class JobSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public CompartmentSpec? Compartment { get; init; }
    public required bool Recurring { get; init; }
    public required JobTime NextRun { get; init; }
    /// <summary>The RRULE value (no <c>RRULE:</c>), for recurring jobs.</summary>
    public string? Rule { get; init; }
    public List<JobOperationSpec> Operations { get; } = new();
    public List<InstanceSpec> Instances { get; } = new();
    public List<GroupSpec> Groups { get; } = new();
    /// <summary>Compartments it runs on; null stands for the tenancy.</summary>
    public List<CompartmentSpec?> Compartments { get; } = new();
    public bool? IncludeSubcompartments { get; set; }
    public List<(EnvironmentSpec Environment, StageSpec Stage)> Stages { get; } = new();
    public List<SetSpec> Sets { get; } = new();
}

/// <summary>One operation of a job, as OS Management Hub names it (UPDATE_SECURITY, INSTALL_WINDOWS_UPDATES, REBOOT...).</summary>
internal sealed record JobOperationSpec(string Type, List<string> Packages, List<string> WindowsUpdates);

/// <summary>A job's next run: absolute, or relative to the emulator's clock when the fleet is (re)loaded ("in 2 days", "3 hours ago").</summary>
internal readonly record struct JobTime(FleetTime? Past, IsoDuration? Ahead)
{
    public DateTimeOffset At(DateTimeOffset now) => Ahead is { } ahead ? ahead.AddTo(now) : Past!.Value.At(now);
}

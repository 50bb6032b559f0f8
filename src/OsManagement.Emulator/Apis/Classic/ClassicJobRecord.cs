using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>A scheduled job of the retired API: one operation on instances or groups, once or every interval.</summary>
internal sealed class ClassicJobRecord : ScheduledJobRecord
{
    public DateTimeOffset? TimeNextExecution { get; set; }
    public string? IntervalType { get; set; }
    public string? IntervalValue { get; set; }
    /// <summary>The first occurrence of the current schedule; occurrences are counted from here so month ends do not drift.</summary>
    public DateTimeOffset Anchor { get; set; }
    /// <summary>Which occurrence (0 = the anchor) <see cref="TimeNextExecution"/> is.</summary>
    public int OccurrenceIndex { get; set; }
    public List<NamedId> ManagedInstances { get; set; } = new();
    public List<NamedId> ManagedInstanceGroups { get; set; } = new();
    public required string OperationType { get; set; }
    public string? UpdateType { get; set; }
    public List<string> PackageNames { get; set; } = new();
    public List<string> UpdateNames { get; set; } = new();
    public required string OsFamily { get; set; }

    protected override void StopRunning() => TimeNextExecution = null;
}

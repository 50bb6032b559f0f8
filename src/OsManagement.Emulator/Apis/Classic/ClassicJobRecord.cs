using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>A scheduled job and where it is in its recurrence.</summary>
internal sealed class ClassicJobRecord
{
    public required string Id { get; init; }
    public required string CompartmentId { get; set; }
    public required string DisplayName { get; set; }
    public string? Description { get; set; }
    public required string ScheduleType { get; set; }
    public DateTimeOffset? TimeNextExecution { get; set; }
    public DateTimeOffset? TimeLastExecution { get; set; }
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
    public List<string> WorkRequestIds { get; } = new();
    public string LifecycleState { get; set; } = LifecycleStates.Active;
    public Dictionary<string, string> FreeformTags { get; set; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; set; } = new();
    public required string OsFamily { get; set; }
    public bool IsRestricted { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    /// <summary>Bumped on every change; the etag is derived from it.</summary>
    public int Version { get; set; } = 1;

    public string ETag => ETags.For(Id, Version);
}

namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>ScheduledJobOperation: one thing a job does.</summary>
internal sealed record ScheduledJobOperation(string? OperationType = null, List<string>? PackageNames = null,
    List<string>? WindowsUpdateNames = null, int? RebootTimeoutInMins = null);

/// <summary>ScheduledJob (create, get, update).</summary>
internal sealed class ScheduledJob
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string CompartmentId { get; init; }
    public string? Description { get; init; }
    public required string ScheduleType { get; init; }
    public List<string>? Locations { get; init; }
    public required DateTimeOffset TimeNextExecution { get; init; }
    public DateTimeOffset? TimeLastExecution { get; init; }
    public string? RecurringRule { get; init; }
    public List<string>? ManagedInstanceIds { get; init; }
    public List<string>? ManagedInstanceGroupIds { get; init; }
    public List<string>? ManagedCompartmentIds { get; init; }
    public List<string>? LifecycleStageIds { get; init; }
    public List<string>? DynamicSetIds { get; init; }
    public bool? IsSubcompartmentIncluded { get; init; }
    public required List<ScheduledJobOperation> Operations { get; init; }
    public List<string>? WorkRequestIds { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public required DateTimeOffset TimeUpdated { get; init; }
    public required string LifecycleState { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public required Dictionary<string, string> FreeformTags { get; init; }
    public required Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; }
    public bool IsRestricted { get; init; }
    public List<int>? RetryIntervals { get; init; }
}

/// <summary>UpdateScheduledJobDetails: targets cannot be changed.</summary>
internal class UpdateScheduledJobDetails
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? ScheduleType { get; init; }
    public DateTimeOffset? TimeNextExecution { get; init; }
    public string? RecurringRule { get; init; }
    public List<ScheduledJobOperation>? Operations { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public List<int>? RetryIntervals { get; init; }
}

/// <summary>CreateScheduledJobDetails: an update's fields, and where the job lives and what it runs on.</summary>
internal sealed class CreateScheduledJobDetails : UpdateScheduledJobDetails
{
    public string? CompartmentId { get; init; }
    public List<string>? Locations { get; init; }
    public List<string>? ManagedInstanceIds { get; init; }
    public List<string>? ManagedInstanceGroupIds { get; init; }
    public List<string>? ManagedCompartmentIds { get; init; }
    public List<string>? LifecycleStageIds { get; init; }
    public List<string>? DynamicSetIds { get; init; }
    public bool? IsSubcompartmentIncluded { get; init; }
    public bool? IsManagedByAutonomousLinux { get; init; }
    public string? WorkRequestId { get; init; }
}

/// <summary>ChangeScheduledJobCompartmentDetails.</summary>
internal sealed record ChangeScheduledJobCompartmentDetails(string? CompartmentId = null);

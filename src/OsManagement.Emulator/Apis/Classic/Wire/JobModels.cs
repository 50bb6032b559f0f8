namespace OsManagement.Emulator.Apis.Classic.Wire;

internal sealed record PackageName(string? Name = null);

internal sealed class ScheduledJob
{
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? ScheduleType { get; init; }
    public DateTimeOffset? TimeNextExecution { get; init; }
    public DateTimeOffset? TimeLastExecution { get; init; }
    public string? IntervalType { get; init; }
    public string? IntervalValue { get; init; }
    public List<NamedId>? ManagedInstances { get; init; }
    public List<NamedId>? ManagedInstanceGroups { get; init; }
    public string? OperationType { get; init; }
    public string? UpdateType { get; init; }
    public List<PackageName>? PackageNames { get; init; }
    public List<NamedId>? WorkRequests { get; init; }
    public string? LifecycleState { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public List<string>? UpdateNames { get; init; }
    public string? OsFamily { get; init; }
    public bool? IsRestricted { get; init; }
}

/// <summary>UpdateScheduledJobDetails: what an update may change (not where the job lives or what it runs on).</summary>
internal class UpdateScheduledJobDetails
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? ScheduleType { get; init; }
    public DateTimeOffset? TimeNextExecution { get; init; }
    public string? IntervalType { get; init; }
    public string? IntervalValue { get; init; }
    public string? OperationType { get; init; }
    public string? UpdateType { get; init; }
    public List<PackageName>? PackageNames { get; init; }
    public List<string>? UpdateNames { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
}

/// <summary>CreateScheduledJobDetails: an update's fields, and where the job lives and what it runs on.</summary>
internal sealed class CreateScheduledJobDetails : UpdateScheduledJobDetails
{
    public string? CompartmentId { get; init; }
    public List<NamedId>? ManagedInstances { get; init; }
    public List<NamedId>? ManagedInstanceGroups { get; init; }
    public string? OsFamily { get; init; }
}

internal sealed record ChangeScheduledJobCompartmentDetails(string? CompartmentId = null);

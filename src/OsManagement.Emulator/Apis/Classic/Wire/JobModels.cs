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

internal sealed class ScheduledJobSummary
{
    public string? Id { get; init; }
    public string? DisplayName { get; init; }
    public string? CompartmentId { get; init; }
    public string? ScheduleType { get; init; }
    public DateTimeOffset? TimeNextExecution { get; init; }
    public DateTimeOffset? TimeLastExecution { get; init; }
    public List<NamedId>? ManagedInstances { get; init; }
    public List<NamedId>? ManagedInstanceGroups { get; init; }
    public string? OperationType { get; init; }
    public string? LifecycleState { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public string? OsFamily { get; init; }
    public bool? IsRestricted { get; init; }
}

internal sealed class CreateScheduledJobDetails
{
    public string? CompartmentId { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? ScheduleType { get; init; }
    public DateTimeOffset? TimeNextExecution { get; init; }
    public string? IntervalType { get; init; }
    public string? IntervalValue { get; init; }
    public List<NamedId>? ManagedInstances { get; init; }
    public List<NamedId>? ManagedInstanceGroups { get; init; }
    public string? OperationType { get; init; }
    public string? UpdateType { get; init; }
    public List<PackageName>? PackageNames { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public List<string>? UpdateNames { get; init; }
    public string? OsFamily { get; init; }
}

internal sealed class UpdateScheduledJobDetails
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

internal sealed record ChangeScheduledJobCompartmentDetails(string? CompartmentId = null);

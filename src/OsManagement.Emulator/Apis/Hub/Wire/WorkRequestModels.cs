namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>WorkRequestResource: what a work request acts on.</summary>
internal sealed class WorkRequestResource
{
    public required string EntityType { get; init; }
    public required string ActionType { get; init; }
    public required string Identifier { get; init; }
    public string? EntityUri { get; init; }
    public string? Name { get; init; }
}

/// <summary>WorkRequest (get). Note Hub's <c>childrenId</c>, not childrenIds.</summary>
internal sealed class WorkRequest
{
    public required string OperationType { get; init; }
    public required string Status { get; init; }
    public required string Id { get; init; }
    public string? Description { get; init; }
    public string? DisplayName { get; init; }
    public string? Message { get; init; }
    public string? ParentId { get; init; }
    public List<string>? ChildrenId { get; init; }
    public required string CompartmentId { get; init; }
    public required List<WorkRequestResource> Resources { get; init; }
    public List<string>? PackageNames { get; init; }
    public List<string>? WindowsUpdateNames { get; init; }
    public required float PercentComplete { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset? TimeUpdated { get; init; }
    public DateTimeOffset? TimeStarted { get; init; }
    public DateTimeOffset? TimeFinished { get; init; }
    public string? InitiatorId { get; init; }
    public DateTimeOffset? TimeScheduled { get; init; }
    public string? RetryOfId { get; init; }
    public string? RerunOfId { get; init; }
    public List<int>? RetryIntervals { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public int? RebootTimeoutInMins { get; init; }
}

/// <summary>WorkRequestSummary (in lists).</summary>
internal sealed class WorkRequestSummary
{
    public required string OperationType { get; init; }
    public required string Status { get; init; }
    public required string Id { get; init; }
    public string? Description { get; init; }
    public string? DisplayName { get; init; }
    public string? Message { get; init; }
    public string? ParentId { get; init; }
    public List<string>? ChildrenId { get; init; }
    public required string CompartmentId { get; init; }
    public float PercentComplete { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset? TimeScheduled { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public int? RebootTimeoutInMins { get; init; }
    public DateTimeOffset? TimeFinished { get; init; }
}

/// <summary>WorkRequestLogEntry.</summary>
internal sealed class WorkRequestLogEntry
{
    public required string Message { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
}

/// <summary>WorkRequestError.</summary>
internal sealed class WorkRequestError
{
    public required string Code { get; init; }
    public required string Message { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
}

/// <summary>RerunWorkRequestDetails: the instances to rerun on (all failed ones when absent).</summary>
internal sealed class RerunWorkRequestDetails
{
    public List<string>? ManagedInstances { get; init; }
    public WorkRequestDetails? WorkRequestDetails { get; init; }
}

/// <summary>WorkRequestDetails: a name and description the caller gives the work request an action creates.</summary>
internal sealed class WorkRequestDetails
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}

/// <summary>The bodies of the update and install actions (instance, group, compartment) in one shape.</summary>
internal sealed record ActionDetails
{
    public string? CompartmentId { get; init; }
    public List<string>? PackageNames { get; init; }
    public List<string>? UpdateTypes { get; init; }
    public List<string>? WindowsUpdateName { get; init; }
    public List<string>? WindowsUpdateTypes { get; init; }
    public int? RebootTimeoutInMins { get; init; }
    public bool? IsLatest { get; init; }
    public WorkRequestDetails? WorkRequestDetails { get; init; }
}

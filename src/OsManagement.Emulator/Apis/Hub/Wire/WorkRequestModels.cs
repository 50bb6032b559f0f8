namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>WorkRequestResource: what a work request acts on.</summary>
internal sealed record WorkRequestResource(string EntityType, string ActionType, string Identifier, string? EntityUri = null, string? Name = null);

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

/// <summary>WorkRequestLogEntry.</summary>
internal sealed record WorkRequestLogEntry(string Message, DateTimeOffset Timestamp);

/// <summary>WorkRequestError.</summary>
internal sealed record WorkRequestError(string Code, string Message, DateTimeOffset Timestamp);

/// <summary>RerunWorkRequestDetails: the instances to rerun on (all failed ones when absent).</summary>
internal sealed record RerunWorkRequestDetails(List<string>? ManagedInstances = null, WorkRequestDetails? WorkRequestDetails = null);

/// <summary>WorkRequestDetails: a name and description the caller gives the work request an action creates.</summary>
internal sealed record WorkRequestDetails(string? DisplayName = null, string? Description = null);

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

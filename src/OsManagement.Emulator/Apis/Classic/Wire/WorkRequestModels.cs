namespace OsManagement.Emulator.Apis.Classic.Wire;

internal sealed class WorkRequest
{
    public string? OperationType { get; init; }
    public string? Status { get; init; }
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Description { get; init; }
    public string? Message { get; init; }
    public NamedId? ManagedInstanceId { get; init; }
    public List<WorkRequestResource>? Resources { get; init; }
    public float? PercentComplete { get; init; }
    public DateTimeOffset? TimeAccepted { get; init; }
    public DateTimeOffset? TimeStarted { get; init; }
    public DateTimeOffset? TimeFinished { get; init; }
    public string? OsFamily { get; init; }
    public string? ParentId { get; init; }
    public List<string>? ChildrenIds { get; init; }
}

internal sealed class WorkRequestResource
{
    public string? EntityType { get; init; }
    public string? ActionType { get; init; }
    public string? Identifier { get; init; }
    public string? Name { get; init; }
    public string? EntityUri { get; init; }
}

internal sealed class WorkRequestSummary
{
    public string? OperationType { get; init; }
    public string? Status { get; init; }
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Description { get; init; }
    public string? Message { get; init; }
    public float? PercentComplete { get; init; }
    public DateTimeOffset? TimeAccepted { get; init; }
    public string? OsFamily { get; init; }
}

internal sealed class WorkRequestLogEntry
{
    public string? Message { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
}

internal sealed class WorkRequestError
{
    public string? Code { get; init; }
    public string? Message { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
}

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

internal sealed record WorkRequestResource(string? EntityType = null, string? ActionType = null, string? Identifier = null, string? Name = null,
    string? EntityUri = null);

internal sealed record WorkRequestLogEntry(string? Message = null, DateTimeOffset? Timestamp = null);

internal sealed record WorkRequestError(string? Code = null, string? Message = null, DateTimeOffset? Timestamp = null);

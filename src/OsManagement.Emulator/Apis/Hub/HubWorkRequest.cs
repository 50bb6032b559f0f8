using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>An OS Management Hub work request: the fleet's, with what Hub adds (a name, rerun and retry links, its entity).</summary>
internal sealed class HubWorkRequest : WorkRequestRecord
{
    public string? DisplayName { get; init; }
    public string? RerunOfId { get; init; }
    public string? RetryOfId { get; init; }
    public IReadOnlyList<int>? RetryIntervals { get; init; }
    public int? RebootTimeoutInMins { get; init; }
    /// <summary>INSTANCE, GROUP, COMPARTMENT, LIFECYCLE_STAGE or DYNAMIC_SET: what <see cref="EntityId"/> is.</summary>
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public required string EntityName { get; init; }
    /// <summary>What a change the service made at once did (a promotion, a member in or out); its log and message.</summary>
    public string? Outcome { get; set; }
    /// <summary>The job operations this request carries out, to rerun or retry it.</summary>
    public required IReadOnlyList<ScheduledJobOperation> Operations { get; init; }
}

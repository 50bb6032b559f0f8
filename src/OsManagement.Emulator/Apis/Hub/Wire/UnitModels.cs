// OS Management Hub (20220901) wire shapes of groups one manages, lifecycle environments and stages and dynamic sets,
// written for the emulator from the field lists of Oracle's oci-osmanagementhub 2.139.1 models.
namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>CreateManagedInstanceGroupDetails.</summary>
internal sealed class CreateManagedInstanceGroupDetails
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? CompartmentId { get; init; }
    public string? OsFamily { get; init; }
    public string? ArchType { get; init; }
    public string? VendorName { get; init; }
    public string? Location { get; init; }
    public List<string>? SoftwareSourceIds { get; init; }
    public List<string>? ManagedInstanceIds { get; init; }
    public string? NotificationTopicId { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
}

/// <summary>UpdateManagedInstanceGroupDetails.</summary>
internal sealed class UpdateManagedInstanceGroupDetails
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? NotificationTopicId { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
}

/// <summary>
/// The managed instances of attach/detach to a group (AttachManagedInstancesToManagedInstanceGroupDetails,
/// DetachManagedInstancesFromManagedInstanceGroupDetails), of a stage's (ManagedInstancesDetails), and of a dynamic set's
/// actions (which also take their own fields: updateTypes, packageNames, rebootTimeoutInMins).
/// </summary>
internal sealed class ManagedInstancesDetails
{
    public List<string>? ManagedInstances { get; init; }
    public List<string>? UpdateTypes { get; init; }
    public List<string>? PackageNames { get; init; }
    public int? RebootTimeoutInMins { get; init; }
    public WorkRequestDetails? WorkRequestDetails { get; init; }
}

/// <summary>AttachManagedInstancesToLifecycleStageDetails and DetachManagedInstancesFromLifecycleStageDetails.</summary>
internal sealed class StageMembersDetails
{
    public ManagedInstancesDetails? ManagedInstanceDetails { get; init; }
}

/// <summary>LifecycleStage (get, and in a LifecycleEnvironment).</summary>
internal sealed class LifecycleStage
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string DisplayName { get; init; }
    public required string LifecycleEnvironmentId { get; init; }
    public required int Rank { get; init; }
    public string? OsFamily { get; init; }
    public string? ArchType { get; init; }
    public string? VendorName { get; init; }
    public List<IdName>? ManagedInstanceIds { get; init; }
    public string? Location { get; init; }
    public SoftwareSourceDetails? SoftwareSourceId { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public DateTimeOffset? TimeModified { get; init; }
    public required string LifecycleState { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

/// <summary>LifecycleStageSummary (listLifecycleStages, and in a LifecycleEnvironmentSummary): a count of members, not their ids.</summary>
internal sealed class LifecycleStageSummary
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string DisplayName { get; init; }
    public required string LifecycleEnvironmentId { get; init; }
    public string? LifecycleEnvironmentDisplayName { get; init; }
    public required int Rank { get; init; }
    public string? OsFamily { get; init; }
    public string? ArchType { get; init; }
    public string? VendorName { get; init; }
    public int ManagedInstances { get; init; }
    public string? Location { get; init; }
    public SoftwareSourceDetails? SoftwareSourceId { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public DateTimeOffset? TimeModified { get; init; }
    public required string LifecycleState { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

/// <summary>LifecycleEnvironment (get): its stages in full and every member.</summary>
internal sealed class LifecycleEnvironment
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public required List<LifecycleStage> Stages { get; init; }
    public List<IdName>? ManagedInstanceIds { get; init; }
    public required string LifecycleState { get; init; }
    public required string OsFamily { get; init; }
    public required string ArchType { get; init; }
    public required string VendorName { get; init; }
    public string? Location { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset? TimeModified { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

/// <summary>LifecycleEnvironmentSummary (listLifecycleEnvironments): stages as summaries.</summary>
internal sealed class LifecycleEnvironmentSummary
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string DisplayName { get; init; }
    public required string Description { get; init; }
    public required List<LifecycleStageSummary> Stages { get; init; }
    public string? LifecycleState { get; init; }
    public required string ArchType { get; init; }
    public required string OsFamily { get; init; }
    public required string VendorName { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public DateTimeOffset? TimeModified { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

/// <summary>TargetCompartmentDetails.</summary>
internal sealed record TargetCompartmentDetails(string CompartmentId, bool DoesIncludeChildren);

/// <summary>MatchingRule (tags are not carried: the emulated instances have none).</summary>
internal sealed class MatchingRule
{
    public List<string>? ManagedInstanceIds { get; init; }
    public List<string>? ManagedInstanceGroupIds { get; init; }
    public List<string>? DisplayNames { get; init; }
    public List<string>? OsNames { get; init; }
    public List<string>? Architectures { get; init; }
    public List<string>? OsFamilies { get; init; }
    public List<string>? Statuses { get; init; }
    public List<string>? Locations { get; init; }
    public bool? IsRebootRequired { get; init; }
}

/// <summary>DynamicSet (get); its summary is <see cref="Summaries.DynamicSet"/>.</summary>
internal sealed class DynamicSet
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset? TimeUpdated { get; init; }
    public required string LifecycleState { get; init; }
    public string? ScheduledJobCount { get; init; }
    public required List<TargetCompartmentDetails> TargetCompartments { get; init; }
    public required string MatchType { get; init; }
    public required MatchingRule MatchingRule { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

// The retired OS Management API's (20190801) wire shapes, with the fields of oci-osmanagement 2.112.0's models that the
// emulator serves, in the SDK's order; JSON names come from WireJson's camelCase policy, and an unset field is left out.
namespace OsManagement.Emulator.Apis.Classic.Wire;

/// <summary>An OCID with its name.</summary>
internal sealed record NamedId(string? Id = null, string? DisplayName = null);

internal sealed record SoftwareSourceId(string? Name = null, string? Id = null);

internal sealed class ManagedInstanceSummary
{
    public string? DisplayName { get; init; }
    public string? Id { get; init; }
    public string? LastCheckin { get; init; }
    public string? LastBoot { get; init; }
    public int? UpdatesAvailable { get; init; }
    public string? CompartmentId { get; init; }
    public string? Description { get; init; }
    public string? Status { get; init; }
    public string? OsFamily { get; init; }
    public bool? IsRebootRequired { get; init; }
}

internal sealed class ManagedInstance
{
    public string? DisplayName { get; init; }
    public string? Id { get; init; }
    public string? Description { get; init; }
    public string? LastCheckin { get; init; }
    public string? LastBoot { get; init; }
    public int? UpdatesAvailable { get; init; }
    public string? OsName { get; init; }
    public string? OsVersion { get; init; }
    public string? OsKernelVersion { get; init; }
    public string? CompartmentId { get; init; }
    public string? Status { get; init; }
    public SoftwareSourceId? ParentSoftwareSource { get; init; }
    public List<SoftwareSourceId>? ChildSoftwareSources { get; init; }
    public List<NamedId>? ManagedInstanceGroups { get; init; }
    public string? OsFamily { get; init; }
    public bool? IsRebootRequired { get; init; }
    public bool? IsDataCollectionAuthorized { get; init; }
    public int? SecurityUpdatesAvailable { get; init; }
    public int? BugUpdatesAvailable { get; init; }
    public int? EnhancementUpdatesAvailable { get; init; }
    public int? OtherUpdatesAvailable { get; init; }
    public int? ScheduledJobCount { get; init; }
    public int? WorkRequestCount { get; init; }
}

internal sealed class AvailableUpdateSummary
{
    public string? DisplayName { get; init; }
    public string? Name { get; init; }
    public string? UpdateType { get; init; }
    public string? Type { get; init; }
    public string? InstalledVersion { get; init; }
    public string? AvailableVersion { get; init; }
    public string? Architecture { get; init; }
    public List<NamedId>? Errata { get; init; }
    public List<string>? RelatedCves { get; init; }
    public List<SoftwareSourceId>? SoftwareSources { get; init; }
}

internal sealed record AvailableWindowsUpdateSummary(string? DisplayName = null, string? Name = null, string? UpdateType = null,
    string? IsEligibleForInstallation = null, bool? IsRebootRequiredForInstallation = null);

internal sealed class InstalledPackageSummary
{
    public string? DisplayName { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? Version { get; init; }
    public string? Architecture { get; init; }
    public string? InstallTime { get; init; }
    public List<SoftwareSourceId>? SoftwareSources { get; init; }
}

internal sealed class ErratumSummary
{
    public string? Name { get; init; }
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Synopsis { get; init; }
    public string? Issued { get; init; }
    public string? Updated { get; init; }
    public string? AdvisoryType { get; init; }
    public List<string>? RelatedCves { get; init; }
}

internal sealed class Erratum
{
    public string? Name { get; init; }
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Synopsis { get; init; }
    public string? Issued { get; init; }
    public string? Description { get; init; }
    public string? Updated { get; init; }
    public string? AdvisoryType { get; init; }
    public string? From { get; init; }
    public string? Solution { get; init; }
    public string? References { get; init; }
    public List<NamedId>? AffectedInstances { get; init; }
    public List<string>? RelatedCves { get; init; }
    public List<NamedId>? SoftwareSources { get; init; }
    public List<SoftwarePackageSummary>? Packages { get; init; }
}

internal sealed record SoftwarePackageSummary(string? DisplayName = null, string? Name = null, string? Type = null, string? Version = null,
    string? Architecture = null);

internal sealed class ManagedInstanceGroupSummary
{
    public string? DisplayName { get; init; }
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Description { get; init; }
    public int? ManagedInstanceCount { get; init; }
    public string? LifecycleState { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public string? OsFamily { get; init; }
}

internal sealed class ManagedInstanceGroup
{
    public string? DisplayName { get; init; }
    public string? Id { get; init; }
    public string? Description { get; init; }
    public string? CompartmentId { get; init; }
    public List<NamedId>? ManagedInstances { get; init; }
    public string? LifecycleState { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
    public string? OsFamily { get; init; }
}

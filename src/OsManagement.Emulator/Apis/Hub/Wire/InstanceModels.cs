// OS Management Hub (20220901) wire shapes, written for the emulator from the field lists of Oracle's
// oci-osmanagementhub 2.139.1 models; JSON names come from OciJson's camelCase policy.
namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>Every Hub list answers with <c>{"items": [...]}</c>.</summary>
internal sealed record Collection<T>(List<T> Items);

/// <summary>Hub's <c>Id</c> and <c>ManagedInstanceGroupDetails</c>: an OCID with its name.</summary>
internal sealed record IdName(string Id, string? DisplayName = null);

/// <summary>SoftwareSourceDetails.</summary>
internal sealed record SoftwareSourceDetails(string Id, string? DisplayName = null, string? Description = null, string? SoftwareSourceType = null);

/// <summary>ManagedInstanceSummary (in lists).</summary>
internal sealed class ManagedInstanceSummary
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public required string TenancyId { get; init; }
    public required string CompartmentId { get; init; }
    public string? Location { get; init; }
    public string? Architecture { get; init; }
    public string? OsFamily { get; init; }
    public required string Status { get; init; }
    public IdName? ManagedInstanceGroup { get; init; }
    public IdName? LifecycleEnvironment { get; init; }
    public IdName? LifecycleStage { get; init; }
    public bool IsRebootRequired { get; init; }
    public int UpdatesAvailable { get; init; }
    public bool IsManagementStation { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public string? AgentVersion { get; init; }
    public DateTimeOffset? TimeLastBoot { get; init; }
}

/// <summary>ManagedInstance (get), with the per-type counts.</summary>
internal sealed class ManagedInstance
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public required string TenancyId { get; init; }
    public required string CompartmentId { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset? TimeLastCheckin { get; init; }
    public DateTimeOffset? TimeLastBoot { get; init; }
    public string? OsName { get; init; }
    public string? OsVersion { get; init; }
    public string? OsKernelVersion { get; init; }
    public string? KspliceEffectiveKernelVersion { get; init; }
    public string? Architecture { get; init; }
    public string? OsFamily { get; init; }
    public required string Status { get; init; }
    public bool IsManagementStation { get; init; }
    public List<SoftwareSourceDetails>? SoftwareSources { get; init; }
    public IdName? ManagedInstanceGroup { get; init; }
    public IdName? LifecycleEnvironment { get; init; }
    public IdName? LifecycleStage { get; init; }
    public bool IsRebootRequired { get; init; }
    public int InstalledPackages { get; init; }
    public int InstalledWindowsUpdates { get; init; }
    public int UpdatesAvailable { get; init; }
    public int SecurityUpdatesAvailable { get; init; }
    public int BugUpdatesAvailable { get; init; }
    public int EnhancementUpdatesAvailable { get; init; }
    public int OtherUpdatesAvailable { get; init; }
    public int ScheduledJobCount { get; init; }
    public int WorkRequestCount { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public DateTimeOffset? TimeUpdated { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public string? AgentVersion { get; init; }
    public bool AreSourcesManaged { get; init; }
    public DateTimeOffset? TimeLastSoftwareRefresh { get; init; }
}

/// <summary>UpdatablePackageSummary (a PackageSummary with packageClassification UPDATABLE).</summary>
internal sealed class UpdatablePackageSummary
{
    public required string DisplayName { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Version { get; init; }
    public string? Architecture { get; init; }
    public List<SoftwareSourceDetails>? SoftwareSources { get; init; }
    public string PackageClassification { get; init; } = "UPDATABLE";
    public string? InstalledVersion { get; init; }
    public required string UpdateType { get; init; }
    public List<string>? Errata { get; init; }
    public List<string>? RelatedCves { get; init; }
    public string? AdvisorySeverity { get; init; }
}

/// <summary>InstalledPackageSummary (a PackageSummary with packageClassification INSTALLED).</summary>
internal sealed class InstalledPackageSummary
{
    public required string DisplayName { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Version { get; init; }
    public string? Architecture { get; init; }
    public List<SoftwareSourceDetails>? SoftwareSources { get; init; }
    public string PackageClassification { get; init; } = "INSTALLED";
    public required DateTimeOffset TimeInstalled { get; init; }
    public DateTimeOffset? TimeIssued { get; init; }
}

/// <summary>PackageNameSummary (an erratum's packages on an instance).</summary>
internal sealed record PackageNameSummary(string DisplayName, string Name, string? Type = null, string? Version = null, string? Architecture = null);

/// <summary>ManagedInstanceErratumSummary.</summary>
internal sealed class ManagedInstanceErratumSummary
{
    public required string Name { get; init; }
    public required string AdvisoryType { get; init; }
    public DateTimeOffset? TimeIssued { get; init; }
    public string? Synopsis { get; init; }
    public List<string>? RelatedCves { get; init; }
    public required List<PackageNameSummary> Packages { get; init; }
}

/// <summary>AvailableWindowsUpdateSummary: <c>name</c> is the title, <c>updateId</c> Microsoft's GUID.</summary>
internal sealed record AvailableWindowsUpdateSummary(string Name, string UpdateId, string UpdateType, string? Installable = null,
    bool IsRebootRequiredForInstallation = default);

/// <summary>SoftwarePackageSummary (an erratum's packages).</summary>
internal sealed class SoftwarePackageSummary
{
    public required string DisplayName { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Version { get; init; }
    public string? Architecture { get; init; }
    public List<string>? OsFamilies { get; init; }
}

/// <summary>Erratum (getErratum).</summary>
internal sealed class Erratum
{
    public required string Name { get; init; }
    public string? Synopsis { get; init; }
    public DateTimeOffset? TimeIssued { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? TimeUpdated { get; init; }
    public string? ClassificationType { get; init; }
    public string? AdvisoryType { get; init; }
    public string? From { get; init; }
    public string? Solution { get; init; }
    public string? References { get; init; }
    public List<string>? RelatedCves { get; init; }
    public List<string>? Repositories { get; init; }
    public List<SoftwarePackageSummary>? Packages { get; init; }
    public List<string>? OsFamilies { get; init; }
    public string? AdvisorySeverity { get; init; }
}

/// <summary>ManagedInstanceGroup (get), with its members.</summary>
internal sealed class ManagedInstanceGroup
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public DateTimeOffset? TimeModified { get; init; }
    public required string LifecycleState { get; init; }
    public string? OsFamily { get; init; }
    public string? ArchType { get; init; }
    public string? VendorName { get; init; }
    public List<SoftwareSourceDetails>? SoftwareSources { get; init; }
    public List<string>? ManagedInstanceIds { get; init; }
    public int ManagedInstanceCount { get; init; }
    public string? Location { get; init; }
    public int PendingJobCount { get; init; }
    public bool IsManagedByAutonomousLinux { get; init; }
    public Dictionary<string, string> FreeformTags { get; init; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; init; } = new();
}

/// <summary>ManagedInstanceAnalyticSummary: one counting metric.</summary>
internal sealed record ManagedInstanceAnalyticSummary(string Name, Dictionary<string, string> Dimensions, long Count);

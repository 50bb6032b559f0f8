// Values the service sends for its enumerations (API 20220901). Model fields keep the raw string, so a value added later
// still deserializes; these constants only name the values known to oci-osmanagementhub 2.139.1.
namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Values of OsFamily: the detailed operating system family of an instance, a group or a job filter.</summary>
internal static class OsFamily
{
    public const string OracleLinux10 = "ORACLE_LINUX_10";
    public const string OracleLinux9 = "ORACLE_LINUX_9";
    public const string OracleLinux8 = "ORACLE_LINUX_8";
    public const string OracleLinux7 = "ORACLE_LINUX_7";
    public const string OracleLinux6 = "ORACLE_LINUX_6";
    public const string WindowsServer2016 = "WINDOWS_SERVER_2016";
    public const string WindowsServer2019 = "WINDOWS_SERVER_2019";
    public const string WindowsServer2022 = "WINDOWS_SERVER_2022";
    public const string WindowsServer2025 = "WINDOWS_SERVER_2025";
    public const string Windows11 = "WINDOWS_11";
    public const string All = "ALL";
    public const string Ubuntu2004 = "UBUNTU_20_04";
    public const string Ubuntu2204 = "UBUNTU_22_04";
    public const string Ubuntu2404 = "UBUNTU_24_04";
}

/// <summary>Values of ManagedInstanceStatus.</summary>
internal static class ManagedInstanceStatus
{
    public const string Normal = "NORMAL";
    public const string Unreachable = "UNREACHABLE";
    public const string Error = "ERROR";
    public const string Warning = "WARNING";
    public const string RegistrationError = "REGISTRATION_ERROR";
    public const string Deleting = "DELETING";
    public const string Onboarding = "ONBOARDING";
    public const string Rebooting = "REBOOTING";
}

/// <summary>Values of ManagedInstanceLocation: where an instance runs.</summary>
internal static class ManagedInstanceLocation
{
    public const string OnPremise = "ON_PREMISE";
    public const string OciCompute = "OCI_COMPUTE";
    public const string Azure = "AZURE";
    public const string Ec2 = "EC2";
    public const string Gcp = "GCP";
}

/// <summary>Values of ArchType.</summary>
internal static class ArchType
{
    public const string X8664 = "X86_64";
    public const string Aarch64 = "AARCH64";
    public const string I686 = "I686";
    public const string Noarch = "NOARCH";
    public const string Src = "SRC";
    public const string I386 = "I386";
    public const string Amd64 = "AMD64";
    public const string Arm64 = "ARM64";
    public const string All = "ALL";
}

/// <summary>Values of ClassificationTypes: the kind of an update (updateType, classificationType, and advisoryType on an instance's errata).</summary>
internal static class ClassificationTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
}

/// <summary>Values of AdvisoryTypes: the kind of an erratum.</summary>
internal static class AdvisoryTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
}

/// <summary>Values of AdvisorySeverity: a security advisory's severity.</summary>
internal static class AdvisorySeverity
{
    public const string Low = "LOW";
    public const string Moderate = "MODERATE";
    public const string Important = "IMPORTANT";
    public const string Critical = "CRITICAL";
}

/// <summary>Values of ScheduleTypes.</summary>
internal static class ScheduleTypes
{
    public const string Onetime = "ONETIME";
    public const string Recurring = "RECURRING";
}

/// <summary>Values of OperationTypes: what a scheduled job does (ScheduledJobOperation.operationType).</summary>
internal static class OperationTypes
{
    public const string InstallPackages = "INSTALL_PACKAGES";
    public const string UpdatePackages = "UPDATE_PACKAGES";
    public const string RemovePackages = "REMOVE_PACKAGES";
    public const string UpdateAll = "UPDATE_ALL";
    public const string UpdateSecurity = "UPDATE_SECURITY";
    public const string UpdateBugfix = "UPDATE_BUGFIX";
    public const string UpdateEnhancement = "UPDATE_ENHANCEMENT";
    public const string UpdateOther = "UPDATE_OTHER";
    public const string UpdateKspliceUserspace = "UPDATE_KSPLICE_USERSPACE";
    public const string UpdateKspliceKernel = "UPDATE_KSPLICE_KERNEL";
    public const string ManageModuleStreams = "MANAGE_MODULE_STREAMS";
    public const string SwitchModuleStream = "SWITCH_MODULE_STREAM";
    public const string AttachSoftwareSources = "ATTACH_SOFTWARE_SOURCES";
    public const string DetachSoftwareSources = "DETACH_SOFTWARE_SOURCES";
    public const string SyncManagementStationMirror = "SYNC_MANAGEMENT_STATION_MIRROR";
    public const string PromoteLifecycle = "PROMOTE_LIFECYCLE";
    public const string InstallWindowsUpdates = "INSTALL_WINDOWS_UPDATES";
    public const string InstallAllWindowsUpdates = "INSTALL_ALL_WINDOWS_UPDATES";
    public const string InstallSecurityWindowsUpdates = "INSTALL_SECURITY_WINDOWS_UPDATES";
    public const string InstallBugfixWindowsUpdates = "INSTALL_BUGFIX_WINDOWS_UPDATES";
    public const string InstallEnhancementWindowsUpdates = "INSTALL_ENHANCEMENT_WINDOWS_UPDATES";
    public const string InstallOtherWindowsUpdates = "INSTALL_OTHER_WINDOWS_UPDATES";
    public const string Reboot = "REBOOT";
    public const string RerunWorkRequest = "RERUN_WORK_REQUEST";
    public const string InstallSnaps = "INSTALL_SNAPS";
    public const string RemoveSnaps = "REMOVE_SNAPS";
    public const string SwitchSnapChannel = "SWITCH_SNAP_CHANNEL";
}

/// <summary>Values of WorkRequestOperationType: what a work request does (differs from a job's OperationTypes: a job's UPDATE_ALL runs as UPDATE_ALL_PACKAGES).</summary>
internal static class WorkRequestOperationType
{
    public const string InstallPackages = "INSTALL_PACKAGES";
    public const string RemovePackages = "REMOVE_PACKAGES";
    public const string UpdatePackages = "UPDATE_PACKAGES";
    public const string UpdateAllPackages = "UPDATE_ALL_PACKAGES";
    public const string UpdateSecurity = "UPDATE_SECURITY";
    public const string UpdateBugfix = "UPDATE_BUGFIX";
    public const string UpdateEnhancement = "UPDATE_ENHANCEMENT";
    public const string UpdateOther = "UPDATE_OTHER";
    public const string UpdateKspliceKernel = "UPDATE_KSPLICE_KERNEL";
    public const string UpdateKspliceUserspace = "UPDATE_KSPLICE_USERSPACE";
    public const string EnableModuleStreams = "ENABLE_MODULE_STREAMS";
    public const string DisableModuleStreams = "DISABLE_MODULE_STREAMS";
    public const string SwitchModuleStream = "SWITCH_MODULE_STREAM";
    public const string InstallModuleProfiles = "INSTALL_MODULE_PROFILES";
    public const string RemoveModuleProfiles = "REMOVE_MODULE_PROFILES";
    public const string SetSoftwareSources = "SET_SOFTWARE_SOURCES";
    public const string ListPackages = "LIST_PACKAGES";
    public const string SetManagementStationConfig = "SET_MANAGEMENT_STATION_CONFIG";
    public const string SyncManagementStationMirror = "SYNC_MANAGEMENT_STATION_MIRROR";
    public const string UpdateManagementStationSoftware = "UPDATE_MANAGEMENT_STATION_SOFTWARE";
    public const string Update = "UPDATE";
    public const string ModuleActions = "MODULE_ACTIONS";
    public const string LifecyclePromotion = "LIFECYCLE_PROMOTION";
    public const string CreateSoftwareSource = "CREATE_SOFTWARE_SOURCE";
    public const string UpdateSoftwareSource = "UPDATE_SOFTWARE_SOURCE";
    public const string ImportContent = "IMPORT_CONTENT";
    public const string SyncAgentConfig = "SYNC_AGENT_CONFIG";
    public const string InstallWindowsUpdates = "INSTALL_WINDOWS_UPDATES";
    public const string ListWindowsUpdate = "LIST_WINDOWS_UPDATE";
    public const string GetWindowsUpdateDetails = "GET_WINDOWS_UPDATE_DETAILS";
    public const string InstallAllWindowsUpdates = "INSTALL_ALL_WINDOWS_UPDATES";
    public const string InstallSecurityWindowsUpdates = "INSTALL_SECURITY_WINDOWS_UPDATES";
    public const string InstallBugfixWindowsUpdates = "INSTALL_BUGFIX_WINDOWS_UPDATES";
    public const string InstallEnhancementWindowsUpdates = "INSTALL_ENHANCEMENT_WINDOWS_UPDATES";
    public const string InstallOtherWindowsUpdates = "INSTALL_OTHER_WINDOWS_UPDATES";
    public const string RemoveContent = "REMOVE_CONTENT";
    public const string UnregisterManagedInstance = "UNREGISTER_MANAGED_INSTANCE";
    public const string Reboot = "REBOOT";
    public const string RegisterManagedInstance = "REGISTER_MANAGED_INSTANCE";
    public const string ListSnaps = "LIST_SNAPS";
    public const string InstallSnaps = "INSTALL_SNAPS";
    public const string RemoveSnaps = "REMOVE_SNAPS";
    public const string SwitchSnapChannel = "SWITCH_SNAP_CHANNEL";
}

/// <summary>Values of OperationStatus: a work request's status (CANCELING with one L).</summary>
internal static class OperationStatus
{
    public const string Waiting = "WAITING";
    public const string Accepted = "ACCEPTED";
    public const string InProgress = "IN_PROGRESS";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
    public const string Canceling = "CANCELING";
    public const string Canceled = "CANCELED";
    public const string Skipped = "SKIPPED";
}

/// <summary>Values of TargetResourceEntityType.</summary>
internal static class TargetResourceEntityType
{
    public const string Instance = "INSTANCE";
    public const string Group = "GROUP";
    public const string Compartment = "COMPARTMENT";
    public const string LifecycleEnvironment = "LIFECYCLE_ENVIRONMENT";
    public const string SoftwareSource = "SOFTWARE_SOURCE";
    public const string DynamicSet = "DYNAMIC_SET";
}

/// <summary>Values of ActionType: how a work request affects a resource.</summary>
internal static class ActionType
{
    public const string Created = "CREATED";
    public const string Updated = "UPDATED";
    public const string Deleted = "DELETED";
    public const string InProgress = "IN_PROGRESS";
    public const string Related = "RELATED";
    public const string Failed = "FAILED";
}

/// <summary>Values of VendorName.</summary>
internal static class VendorName
{
    public const string Oracle = "ORACLE";
    public const string Microsoft = "MICROSOFT";
    public const string Canonical = "CANONICAL";
}

/// <summary>Values of SoftwareSourceType.</summary>
internal static class SoftwareSourceType
{
    public const string Vendor = "VENDOR";
    public const string Custom = "CUSTOM";
    public const string Versioned = "VERSIONED";
    public const string Private = "PRIVATE";
    public const string ThirdParty = "THIRD_PARTY";
}

/// <summary>Values of SnapModes.</summary>
internal static class SnapModes
{
    public const string Default = "DEFAULT";
    public const string Classic = "CLASSIC";
    public const string JailMode = "JAIL_MODE";
    public const string DevMode = "DEV_MODE";
}

/// <summary>Values of SoftwarePackageArchitecture.</summary>
internal static class SoftwarePackageArchitecture
{
    public const string I386 = "I386";
    public const string I686 = "I686";
    public const string Aarch64 = "AARCH64";
    public const string X8664 = "X86_64";
    public const string Src = "SRC";
    public const string Noarch = "NOARCH";
    public const string Other = "OTHER";
}

/// <summary>Values of SortOrder.</summary>
internal static class SortOrder
{
    public const string Asc = "ASC";
    public const string Desc = "DESC";
}
/// <summary>
/// Values of the updateTypes of the package actions (UpdatePackagesOnManagedInstanceDetails,
/// UpdateAllPackagesOnManagedInstanceGroupDetails, UpdateAllPackagesOnManagedInstancesInCompartmentDetails).
/// </summary>
internal static class UpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
    public const string KspliceKernel = "KSPLICE_KERNEL";
    public const string KspliceUserspace = "KSPLICE_USERSPACE";
    public const string All = "ALL";
}

/// <summary>Values of the windowsUpdateTypes of the Windows update actions (instance, group and compartment).</summary>
internal static class WindowsUpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
    public const string All = "ALL";
}

/// <summary>Values of ScheduledJob.lifecycleState.</summary>
internal static class ScheduledJobLifecycleState
{
    public const string Creating = "CREATING";
    public const string Updating = "UPDATING";
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string Deleting = "DELETING";
    public const string Deleted = "DELETED";
    public const string Failed = "FAILED";
}

/// <summary>Values of ManagedInstanceGroup.lifecycleState.</summary>
internal static class ManagedInstanceGroupLifecycleState
{
    public const string Creating = "CREATING";
    public const string Updating = "UPDATING";
    public const string Active = "ACTIVE";
    public const string Deleting = "DELETING";
    public const string Deleted = "DELETED";
    public const string Failed = "FAILED";
}

/// <summary>Values of AvailableWindowsUpdateSummary.installable and of the isInstallable filter.</summary>
internal static class InstallableStates
{
    public const string Installable = "INSTALLABLE";
    public const string NotInstallable = "NOT_INSTALLABLE";
}

/// <summary>Values of the lists' sortBy (camelCase on Hub; each list accepts some of them, see its request).</summary>
internal static class SortBy
{
    public const string TimeCreated = "timeCreated";
    public const string DisplayName = "displayName";
    public const string TimeIssued = "timeIssued";
    public const string Name = "name";
    public const string MetricName = "metricName";
}

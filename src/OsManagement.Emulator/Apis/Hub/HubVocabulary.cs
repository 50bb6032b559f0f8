namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's (API 20220901) enum values as the service spells them, and the one place where the fleet's words
/// become Hub's and back.
/// </summary>
internal static class HubVocabulary
{
    public static readonly string[] OsFamilies =
    {
        "ORACLE_LINUX_10", "ORACLE_LINUX_9", "ORACLE_LINUX_8", "ORACLE_LINUX_7", "ORACLE_LINUX_6",
        "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022", "WINDOWS_SERVER_2025", "WINDOWS_11",
        "ALL", "UBUNTU_20_04", "UBUNTU_22_04", "UBUNTU_24_04",
    };

    /// <summary>The releases the fleet runs, by Hub's detailed OS family.</summary>
    public static readonly WordMap<OsRelease> Releases = new(OsRelease.All
        .Select(r => (r, r.IsWindows ? $"WINDOWS_SERVER_{r.Version}" : $"ORACLE_LINUX_{r.Version}")).ToArray());

    public static readonly string[] InstanceStatuses =
        { "NORMAL", "UNREACHABLE", "ERROR", "WARNING", "REGISTRATION_ERROR", "DELETING", "ONBOARDING", "REBOOTING" };

    public static readonly string[] ArchTypes = { "X86_64", "AARCH64", "I686", "NOARCH", "SRC", "I386", "AMD64", "ARM64", "ALL" };

    public static readonly WordMap<Location> Locations = new(
        (Location.OnPremise, "ON_PREMISE"), (Location.OciCompute, "OCI_COMPUTE"), (Location.Azure, "AZURE"), (Location.Ec2, "EC2"), (Location.Gcp, "GCP"));

    /// <summary>ClassificationTypes: what an update or erratum is.</summary>
    public static readonly WordMap<Classification> Classifications = new(
        (Classification.Security, "SECURITY"), (Classification.Bugfix, "BUGFIX"), (Classification.Enhancement, "ENHANCEMENT"), (Classification.Other, "OTHER"));

    public static readonly WordMap<Severity> Severities = new(
        (Severity.Low, "LOW"), (Severity.Moderate, "MODERATE"), (Severity.Important, "IMPORTANT"), (Severity.Critical, "CRITICAL"));

    /// <summary>UpdateTypes of the update actions (instance, group, compartment).</summary>
    public static readonly string[] UpdateTypes = { "SECURITY", "BUGFIX", "ENHANCEMENT", "OTHER", "KSPLICE_KERNEL", "KSPLICE_USERSPACE", "ALL" };

    public static readonly string[] WindowsUpdateTypes = { "SECURITY", "BUGFIX", "ENHANCEMENT", "OTHER", "ALL" };

    public static readonly string[] WorkRequestStatuses =
        { "WAITING", "ACCEPTED", "IN_PROGRESS", "FAILED", "SUCCEEDED", "CANCELING", "CANCELED", "SKIPPED" };

    public static readonly string[] JobLifecycleStates = { "CREATING", "UPDATING", "ACTIVE", "INACTIVE", "DELETING", "DELETED", "FAILED" };

    public static readonly string[] GroupLifecycleStates = { "CREATING", "UPDATING", "ACTIVE", "DELETING", "DELETED", "FAILED" };

    public static readonly string[] ScheduleTypes = { "ONETIME", "RECURRING" };

    /// <summary>Every OperationTypes value a scheduled job may name.</summary>
    public static readonly string[] JobOperationTypes =
    {
        "INSTALL_PACKAGES", "UPDATE_PACKAGES", "REMOVE_PACKAGES", "UPDATE_ALL", "UPDATE_SECURITY", "UPDATE_BUGFIX",
        "UPDATE_ENHANCEMENT", "UPDATE_OTHER", "UPDATE_KSPLICE_USERSPACE", "UPDATE_KSPLICE_KERNEL", "MANAGE_MODULE_STREAMS",
        "SWITCH_MODULE_STREAM", "ATTACH_SOFTWARE_SOURCES", "DETACH_SOFTWARE_SOURCES", "SYNC_MANAGEMENT_STATION_MIRROR",
        "PROMOTE_LIFECYCLE", "INSTALL_WINDOWS_UPDATES", "INSTALL_ALL_WINDOWS_UPDATES", "INSTALL_SECURITY_WINDOWS_UPDATES",
        "INSTALL_BUGFIX_WINDOWS_UPDATES", "INSTALL_ENHANCEMENT_WINDOWS_UPDATES", "INSTALL_OTHER_WINDOWS_UPDATES", "REBOOT",
        "RERUN_WORK_REQUEST", "INSTALL_SNAPS", "REMOVE_SNAPS", "SWITCH_SNAP_CHANNEL",
    };

    /// <summary>The only job operations a job may combine (all update the packages of Linux instances).</summary>
    public static readonly HashSet<string> UpdateOperations = new(StringComparer.Ordinal)
    {
        "UPDATE_PACKAGES", "UPDATE_ALL", "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_ENHANCEMENT", "UPDATE_OTHER",
        "UPDATE_KSPLICE_USERSPACE", "UPDATE_KSPLICE_KERNEL",
    };

    /// <summary>Job operations for Windows instances.</summary>
    public static readonly HashSet<string> WindowsOperations = new(StringComparer.Ordinal)
    {
        "INSTALL_WINDOWS_UPDATES", "INSTALL_ALL_WINDOWS_UPDATES", "INSTALL_SECURITY_WINDOWS_UPDATES", "INSTALL_BUGFIX_WINDOWS_UPDATES",
        "INSTALL_ENHANCEMENT_WINDOWS_UPDATES", "INSTALL_OTHER_WINDOWS_UPDATES",
    };

    /// <summary>Job operations the emulator carries out; the others are refused with a 400 that says so.</summary>
    public static readonly HashSet<string> EmulatedOperations = new(StringComparer.Ordinal)
    {
        "INSTALL_PACKAGES", "UPDATE_PACKAGES", "REMOVE_PACKAGES", "UPDATE_ALL", "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_ENHANCEMENT",
        "UPDATE_OTHER", "UPDATE_KSPLICE_USERSPACE", "UPDATE_KSPLICE_KERNEL", "INSTALL_WINDOWS_UPDATES", "INSTALL_ALL_WINDOWS_UPDATES",
        "INSTALL_SECURITY_WINDOWS_UPDATES", "INSTALL_BUGFIX_WINDOWS_UPDATES", "INSTALL_ENHANCEMENT_WINDOWS_UPDATES",
        "INSTALL_OTHER_WINDOWS_UPDATES", "REBOOT", "PROMOTE_LIFECYCLE",
    };

    public static readonly string[] WorkRequestOperationTypes =
    {
        "INSTALL_PACKAGES", "REMOVE_PACKAGES", "UPDATE_PACKAGES", "UPDATE_ALL_PACKAGES", "UPDATE_SECURITY", "UPDATE_BUGFIX",
        "UPDATE_ENHANCEMENT", "UPDATE_OTHER", "UPDATE_KSPLICE_KERNEL", "UPDATE_KSPLICE_USERSPACE", "ENABLE_MODULE_STREAMS",
        "DISABLE_MODULE_STREAMS", "SWITCH_MODULE_STREAM", "INSTALL_MODULE_PROFILES", "REMOVE_MODULE_PROFILES", "SET_SOFTWARE_SOURCES",
        "LIST_PACKAGES", "SET_MANAGEMENT_STATION_CONFIG", "SYNC_MANAGEMENT_STATION_MIRROR", "UPDATE_MANAGEMENT_STATION_SOFTWARE", "UPDATE",
        "MODULE_ACTIONS", "LIFECYCLE_PROMOTION", "CREATE_SOFTWARE_SOURCE", "UPDATE_SOFTWARE_SOURCE", "IMPORT_CONTENT", "SYNC_AGENT_CONFIG",
        "INSTALL_WINDOWS_UPDATES", "LIST_WINDOWS_UPDATE", "GET_WINDOWS_UPDATE_DETAILS", "INSTALL_ALL_WINDOWS_UPDATES",
        "INSTALL_SECURITY_WINDOWS_UPDATES", "INSTALL_BUGFIX_WINDOWS_UPDATES", "INSTALL_ENHANCEMENT_WINDOWS_UPDATES",
        "INSTALL_OTHER_WINDOWS_UPDATES", "REMOVE_CONTENT", "UNREGISTER_MANAGED_INSTANCE", "REBOOT", "REGISTER_MANAGED_INSTANCE",
        "LIST_SNAPS", "INSTALL_SNAPS", "REMOVE_SNAPS", "SWITCH_SNAP_CHANNEL",
    };

    public static readonly string[] MetricNames =
    {
        "TOTAL_INSTANCE_COUNT", "INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT", "INSTANCE_WITH_AVAILABLE_BUGFIX_UPDATES_COUNT",
        "NORMAL_INSTANCE_COUNT", "ERROR_INSTANCE_COUNT", "WARNING_INSTANCE_COUNT", "UNREACHABLE_INSTANCE_COUNT",
        "REGISTRATION_FAILED_INSTANCE_COUNT", "INSTANCE_WITH_AVAILABLE_OTHER_UPDATES_COUNT", "DELETING_INSTANCE_COUNT",
        "ONBOARDING_INSTANCE_COUNT", "INSTANCE_SECURITY_UPDATES_COUNT", "INSTANCE_BUGFIX_UPDATES_COUNT", "INSTANCE_SECURITY_ADVISORY_COUNT",
        "INSTANCE_BUGFIX_ADVISORY_COUNT", "INSTANCE_OTHER_UPDATES_COUNT", "REBOOTING_INSTANCE_COUNT", "NEEDS_REBOOTING_INSTANCE_COUNT",
    };

    /// <summary>
    /// An instance's status at <paramref name="now"/>: REBOOTING during a reboot, else its one status
    /// (<see cref="InstanceRecord.StatusAt"/>: WARNING, "Inactive" in Hub's console, after 30 minutes without a check-in,
    /// UNREACHABLE, "Offline", after 24 hours).
    /// </summary>
    public static string StatusAt(InstanceRecord instance, DateTimeOffset now) =>
        instance.IsRebooting ? "REBOOTING" : OsManagementWords.InstanceStatuses[instance.StatusAt(now)];

    /// <summary>A group's vendorName.</summary>
    public static string Vendor(OsFamily family) => family == OsFamily.Windows ? "MICROSOFT" : "ORACLE";

    /// <summary>The fleet's architectures (x86_64, noarch) as Hub's ArchType.</summary>
    public static string Arch(string architecture) => architecture.ToUpperInvariant();

    /// <summary>The job operation that updates one classification (UPDATE_SECURITY, ...), Linux or Windows.</summary>
    public static string UpdateOperation(string classification, bool windows) =>
        windows ? $"INSTALL_{classification}_WINDOWS_UPDATES" : $"UPDATE_{classification}";

    /// <summary>Whether a job operation may only run on Windows instances, only on Linux ones, or on either (null).</summary>
    public static bool? ForWindows(string operation) =>
        WindowsOperations.Contains(operation) ? true : operation is "REBOOT" or "PROMOTE_LIFECYCLE" ? null : false;

    public static bool IsOneOf(string value, IEnumerable<string> allowed) => allowed.Contains(value, StringComparer.Ordinal);
}

// The fleet file's vocabulary, written once: compiled into the engine (netstandard2.0, src/OsManagement.Oci), which writes
// fleet files (Export-OsmFleet), and into the emulator (net10.0), which reads them (--fleet-file). The emulator's
// README ("A fleet from a file") is the format's documentation; its tests read a file written with every name here.
namespace OsManagement.Shared;

/// <summary>The field names of a fleet file, as the emulator reads them.</summary>
internal static class FleetFileFields
{
    // The fleet
    public const string TenancyId = "tenancyId";
    public const string TenancyName = "tenancyName";
    public const string Compartments = "compartments";
    public const string Groups = "groups";
    public const string Instances = "instances";
    public const string LifecycleEnvironments = "lifecycleEnvironments";
    public const string DynamicSets = "dynamicSets";
    public const string Jobs = "jobs";

    // What most things have
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";
    public const string Compartment = "compartment";
    public const string OsFamily = "osFamily";
    public const string Location = "location";
    public const string LifecycleState = "lifecycleState";

    // An instance
    public const string OsName = "osName";
    public const string OsVersion = "osVersion";
    public const string Kernel = "kernel";
    public const string Status = "status";
    public const string Group = "group";
    public const string LastCheckin = "lastCheckin";
    public const string LastBoot = "lastBoot";
    public const string RebootRequired = "rebootRequired";
    public const string FailsUpdates = "failsUpdates";
    public const string Updates = "updates";
    public const string Region = "region";

    // An update
    public const string Classification = "classification";
    public const string Cves = "cves";
    public const string Advisory = "advisory";
    public const string Severity = "severity";
    public const string Issued = "issued";
    public const string Version = "version";
    public const string InstalledVersion = "installedVersion";
    public const string Architecture = "architecture";
    public const string Kb = "kb";
    public const string UpdateId = "updateId";

    // A lifecycle environment and its stages
    public const string Stages = "stages";
    public const string Members = "members";
    public const string Content = "content";

    // A dynamic set and its rule
    public const string Match = "match";
    public const string IncludeChildren = "includeChildren";
    public const string Rule = "rule";
    public const string OsFamilies = "osFamilies";
    public const string OsNames = "osNames";
    public const string Architectures = "architectures";
    public const string Statuses = "statuses";
    public const string Locations = "locations";
    public const string DisplayNames = "displayNames";

    // A scheduled job: its schedule, operations and targets (one kind)
    public const string Schedule = "schedule";
    public const string NextRun = "nextRun";
    public const string Recurrence = "recurrence";
    public const string Operations = "operations";
    public const string OperationType = "type";
    public const string Packages = "packages";
    public const string WindowsUpdates = "windowsUpdates";
    public const string Targets = "targets";
    public const string IncludeSubcompartments = "includeSubcompartments";
}

/// <summary>The words a fleet file's values use beyond OS Management Hub's own (which it spells as Hub does).</summary>
internal static class FleetFileValues
{
    /// <summary>The instance statuses a fleet file plays.</summary>
    public static readonly string[] Statuses = { "NORMAL", "UNREACHABLE", "ERROR", "WARNING" };

    /// <summary>The retired service's two families, which a fleet file takes as the newest release of each.</summary>
    public const string Linux = "LINUX";
    public const string Windows = "WINDOWS";

    public const string OneTime = "ONETIME";
    public const string Recurring = "RECURRING";
    public const string MatchAll = "ALL";
    public const string MatchAny = "ANY";

    /// <summary>The job operations a fleet file's jobs may do: those the emulator carries out, as OS Management Hub names them.</summary>
    public static readonly string[] JobOperations =
    {
        "UPDATE_ALL", "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_ENHANCEMENT", "UPDATE_OTHER", "INSTALL_PACKAGES", "UPDATE_PACKAGES",
        "REMOVE_PACKAGES", "UPDATE_KSPLICE_USERSPACE", "UPDATE_KSPLICE_KERNEL", "INSTALL_WINDOWS_UPDATES", "INSTALL_ALL_WINDOWS_UPDATES",
        "INSTALL_SECURITY_WINDOWS_UPDATES", "INSTALL_BUGFIX_WINDOWS_UPDATES", "INSTALL_ENHANCEMENT_WINDOWS_UPDATES",
        "INSTALL_OTHER_WINDOWS_UPDATES", "REBOOT", "PROMOTE_LIFECYCLE",
    };
}

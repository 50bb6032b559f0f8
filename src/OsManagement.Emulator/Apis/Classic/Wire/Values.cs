// The retired OS Management API's (20190801) enumeration values, as its SDK (oci-osmanagement 2.112.0) spells them.
namespace OsManagement.Emulator.Apis.Classic.Wire;

internal static class ScheduleTypes
{
    public const string Onetime = "ONETIME";
    public const string Recurring = "RECURRING";
}

internal static class IntervalTypes
{
    public const string Hour = "HOUR";
    public const string Day = "DAY";
    public const string Week = "WEEK";
    public const string Month = "MONTH";
}

internal static class OperationTypes
{
    public const string Install = "INSTALL";
    public const string Update = "UPDATE";
    public const string Remove = "REMOVE";
    public const string Updateall = "UPDATEALL";
    public const string Enablemodulestream = "ENABLEMODULESTREAM";
    public const string Disablemodulestream = "DISABLEMODULESTREAM";
    public const string Switchmodulestream = "SWITCHMODULESTREAM";
    public const string Installmodulestreamprofile = "INSTALLMODULESTREAMPROFILE";
    public const string Removemodulestreamprofile = "REMOVEMODULESTREAMPROFILE";
    public const string Compound = "COMPOUND";
}

/// <summary>What an update-all job or action installs.</summary>
internal static class PackageUpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
    public const string Ksplice = "KSPLICE";
    public const string All = "ALL";
}

internal static class LifecycleStates
{
    public const string Creating = "CREATING";
    public const string Updating = "UPDATING";
    public const string Active = "ACTIVE";
    public const string Deleting = "DELETING";
    public const string Deleted = "DELETED";
    public const string Failed = "FAILED";
}

internal static class OsFamilies
{
    public const string Linux = "LINUX";
    public const string Windows = "WINDOWS";
    public const string All = "ALL";
}

internal static class OperationStatus
{
    public const string Accepted = "ACCEPTED";
    public const string Inprogress = "IN_PROGRESS";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
    public const string Cancelling = "CANCELLING";
    public const string Canceled = "CANCELED";
}

/// <summary>What an available update is.</summary>
internal static class UpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bug = "BUG";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
}

internal static class IsEligibleForInstallation
{
    public const string Installable = "INSTALLABLE";
    public const string Notinstallable = "NOT_INSTALLABLE";
    public const string Unknown = "UNKNOWN";
}

// Values the service sends for its enumerations. Fields keep the raw string, so a value added later still deserializes.
namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>Values of ScheduleTypes.</summary>
internal static class ScheduleTypes
{
    public const string Onetime = "ONETIME";
    public const string Recurring = "RECURRING";
}

/// <summary>Values of IntervalTypes.</summary>
internal static class IntervalTypes
{
    public const string Hour = "HOUR";
    public const string Day = "DAY";
    public const string Week = "WEEK";
    public const string Month = "MONTH";
}

/// <summary>Values of OperationTypes.</summary>
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

/// <summary>Values of PackageUpdateTypes.</summary>
internal static class PackageUpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bugfix = "BUGFIX";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
    public const string Ksplice = "KSPLICE";
    public const string All = "ALL";
}

/// <summary>Values of LifecycleStates.</summary>
internal static class LifecycleStates
{
    public const string Creating = "CREATING";
    public const string Updating = "UPDATING";
    public const string Active = "ACTIVE";
    public const string Deleting = "DELETING";
    public const string Deleted = "DELETED";
    public const string Failed = "FAILED";
}

/// <summary>Values of OsFamilies.</summary>
internal static class OsFamilies
{
    public const string Linux = "LINUX";
    public const string Windows = "WINDOWS";
    public const string All = "ALL";
}

/// <summary>Values of OperationStatus.</summary>
internal static class OperationStatus
{
    public const string Accepted = "ACCEPTED";
    public const string Inprogress = "IN_PROGRESS";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
    public const string Cancelling = "CANCELLING";
    public const string Canceled = "CANCELED";
}

/// <summary>Values of UpdateTypes.</summary>
internal static class UpdateTypes
{
    public const string Security = "SECURITY";
    public const string Bug = "BUG";
    public const string Enhancement = "ENHANCEMENT";
    public const string Other = "OTHER";
}

/// <summary>Values of IsEligibleForInstallation.</summary>
internal static class IsEligibleForInstallation
{
    public const string Installable = "INSTALLABLE";
    public const string Notinstallable = "NOT_INSTALLABLE";
    public const string Unknown = "UNKNOWN";
}

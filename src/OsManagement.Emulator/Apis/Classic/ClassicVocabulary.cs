namespace OsManagement.Emulator.Apis.Classic;

/// <summary>The one place where the fleet's words become the retired OS Management API's (20190801) and back.</summary>
internal static class ClassicVocabulary
{
    /// <summary>An osFamily filter: a family, or ALL.</summary>
    public static readonly string[] FamilyFilters = { "LINUX", "WINDOWS", "ALL" };

    public static readonly string[] LifecycleStates = { "CREATING", "UPDATING", "ACTIVE", "DELETING", "DELETED", "FAILED" };

    /// <summary>OperationTypes of a scheduled job and of a work request.</summary>
    public static readonly string[] OperationTypes =
    {
        "INSTALL", "UPDATE", "REMOVE", "UPDATEALL", "ENABLEMODULESTREAM", "DISABLEMODULESTREAM", "SWITCHMODULESTREAM",
        "INSTALLMODULESTREAMPROFILE", "REMOVEMODULESTREAMPROFILE", "COMPOUND",
    };

    /// <summary>PackageUpdateTypes: what installing all updates installs.</summary>
    public static readonly string[] PackageUpdateTypes = { "SECURITY", "BUGFIX", "ENHANCEMENT", "OTHER", "KSPLICE", "ALL" };

    /// <summary>isEligibleForInstallation of a Windows update.</summary>
    public static readonly string[] Installability = { "INSTALLABLE", "NOT_INSTALLABLE", "UNKNOWN" };

    /// <summary>Every list of the service sorts by TIMECREATED or DISPLAYNAME.</summary>
    public static readonly ListSorts Sorts = ListSorts.Upper("DISPLAYNAME");

    /// <summary>osFamily: the service knows two families and no releases.</summary>
    public static readonly WordMap<OsFamily> Families = new((OsFamily.Linux, "LINUX"), (OsFamily.Windows, "WINDOWS"));

    /// <summary>An available update's updateType (UpdateTypes): a bug fix is BUG here.</summary>
    public static readonly WordMap<Classification> AvailableUpdateTypes = new(
        (Classification.Security, "SECURITY"), (Classification.Bugfix, "BUG"),
        (Classification.Enhancement, "ENHANCEMENT"), (Classification.Other, "OTHER"));

    /// <summary>What a work request did to its resource (WorkRequestResource.actionType), as the service says it.</summary>
    public static readonly WordMap<WorkEffect> Effects = new(
        (WorkEffect.InProgress, "IN_PROGRESS"), (WorkEffect.Installed, "INSTALLED"), (WorkEffect.Updated, "UPDATED"),
        (WorkEffect.Removed, "REMOVED"), (WorkEffect.Failed, "FAILED"));

    /// <summary>The family of a work request or job: ALL when it spans both (or none is known).</summary>
    public static string Family(OsFamily? family) => family is { } f ? Families[f] : "ALL";

    /// <summary>What installing all updates of a PackageUpdateTypes value (null: all) does; KSPLICE installs the kernel updates.</summary>
    public static WorkPlan UpdateAll(string? packageUpdateType) => packageUpdateType switch
    {
        null or "" or "ALL" => WorkPlan.UpdateAll(null),
        "SECURITY" => WorkPlan.UpdateAll(Classification.Security),
        "BUGFIX" => WorkPlan.UpdateAll(Classification.Bugfix),
        "ENHANCEMENT" => WorkPlan.UpdateAll(Classification.Enhancement),
        "OTHER" => WorkPlan.UpdateAll(Classification.Other),
        "KSPLICE" => WorkPlan.Of(WorkKind.UpdateKernels, Array.Empty<string>()),
        _ => throw new ArgumentOutOfRangeException(nameof(packageUpdateType), packageUpdateType, "Not a PackageUpdateTypes value; the endpoints check it first."),
    };
}

using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>The one place where the fleet's words become the retired OS Management API's (20190801) and back.</summary>
internal static class ClassicVocabulary
{
    /// <summary>Every list of the service sorts by TIMECREATED or DISPLAYNAME.</summary>
    public static readonly ListSorts Sorts = ListSorts.Upper("DISPLAYNAME");

    /// <summary>osFamily: the service knows two families and no releases.</summary>
    public static readonly WordMap<OsFamily> Families = new((OsFamily.Linux, OsFamilies.Linux), (OsFamily.Windows, OsFamilies.Windows));

    /// <summary>An available update's updateType (UpdateTypes): a bug fix is BUG here.</summary>
    public static readonly WordMap<Classification> AvailableUpdateTypes = new(
        (Classification.Security, UpdateTypes.Security), (Classification.Bugfix, UpdateTypes.Bug),
        (Classification.Enhancement, UpdateTypes.Enhancement), (Classification.Other, UpdateTypes.Other));

    /// <summary>A managed instance's status.</summary>
    public static readonly WordMap<InstanceStatus> Statuses = new(
        (InstanceStatus.Normal, "NORMAL"), (InstanceStatus.Unreachable, "UNREACHABLE"), (InstanceStatus.Error, "ERROR"), (InstanceStatus.Warning, "WARNING"));

    /// <summary>What a work request did to its resource (WorkRequestResource.actionType), as the service says it.</summary>
    public static readonly WordMap<WorkEffect> Effects = new(
        (WorkEffect.InProgress, "IN_PROGRESS"), (WorkEffect.Installed, "INSTALLED"), (WorkEffect.Updated, "UPDATED"),
        (WorkEffect.Removed, "REMOVED"), (WorkEffect.Failed, "FAILED"));

    /// <summary>The family of a work request or job: ALL when it spans both (or none is known).</summary>
    public static string Family(OsFamily? family) => family is { } f ? Families[f] : OsFamilies.All;

    /// <summary>What installing all updates of a PackageUpdateTypes value (null: all) does; KSPLICE installs the kernel updates.</summary>
    public static WorkPlan UpdateAll(string? packageUpdateType) => packageUpdateType switch
    {
        null or "" or PackageUpdateTypes.All => WorkPlan.UpdateAll(null),
        PackageUpdateTypes.Security => WorkPlan.UpdateAll(Classification.Security),
        PackageUpdateTypes.Bugfix => WorkPlan.UpdateAll(Classification.Bugfix),
        PackageUpdateTypes.Enhancement => WorkPlan.UpdateAll(Classification.Enhancement),
        PackageUpdateTypes.Other => WorkPlan.UpdateAll(Classification.Other),
        PackageUpdateTypes.Ksplice => WorkPlan.Of(WorkKind.UpdateKernels, Array.Empty<string>()),
        _ => throw new ArgumentOutOfRangeException(nameof(packageUpdateType), packageUpdateType, "Not a PackageUpdateTypes value; the endpoints check it first."),
    };
}

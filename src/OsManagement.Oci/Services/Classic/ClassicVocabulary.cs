using OsManagement.Oci.Engine;
using OsManagement.Oci.Services.Classic.Models;
using Wire = OsManagement.Oci.Services.Classic.Models;

namespace OsManagement.Oci.Services.Classic;

/// <summary>The retired OS Management service's (API 20190801) words for the engine's vocabulary: the one table.</summary>
internal static class ClassicVocabulary
{
    public static readonly WireMap<OsFamily> Families = new(
        (OsFamily.Linux, Wire.OsFamilies.Linux),
        (OsFamily.Windows, Wire.OsFamilies.Windows),
        (OsFamily.All, Wire.OsFamilies.All));

    /// <summary>What an action or a job installs (PackageUpdateTypes).</summary>
    public static readonly WireMap<UpdateKind> InstallKinds = new(
        (UpdateKind.Security, PackageUpdateTypes.Security),
        (UpdateKind.Bugfix, PackageUpdateTypes.Bugfix),
        (UpdateKind.Enhancement, PackageUpdateTypes.Enhancement),
        (UpdateKind.Other, PackageUpdateTypes.Other),
        (UpdateKind.Ksplice, PackageUpdateTypes.Ksplice),
        (UpdateKind.All, PackageUpdateTypes.All));

    /// <summary>How an available update is classified (UpdateTypes: bug fixes are BUG here).</summary>
    public static readonly WireMap<UpdateKind> Classifications = new(
        (UpdateKind.Security, UpdateTypes.Security),
        (UpdateKind.Bugfix, UpdateTypes.Bug),
        (UpdateKind.Enhancement, UpdateTypes.Enhancement),
        (UpdateKind.Other, UpdateTypes.Other));

    public static readonly WireMap<JobOperation> Operations = new(
        (JobOperation.Install, OperationTypes.Install),
        (JobOperation.Update, OperationTypes.Update),
        (JobOperation.Remove, OperationTypes.Remove),
        (JobOperation.UpdateAll, OperationTypes.Updateall));

    public static readonly WireMap<ScheduleKind> ScheduleKinds = new(
        (ScheduleKind.OneTime, ScheduleTypes.Onetime),
        (ScheduleKind.Recurring, ScheduleTypes.Recurring));

    public static readonly WireMap<IntervalUnit> IntervalUnits = new(
        (IntervalUnit.Hour, IntervalTypes.Hour),
        (IntervalUnit.Day, IntervalTypes.Day),
        (IntervalUnit.Week, IntervalTypes.Week),
        (IntervalUnit.Month, IntervalTypes.Month));

    public static readonly WireMap<WorkRequestStatus> Statuses = new(
        (WorkRequestStatus.Accepted, OperationStatus.Accepted),
        (WorkRequestStatus.InProgress, OperationStatus.Inprogress),
        (WorkRequestStatus.Succeeded, OperationStatus.Succeeded),
        (WorkRequestStatus.Failed, OperationStatus.Failed),
        (WorkRequestStatus.Canceling, OperationStatus.Cancelling),
        (WorkRequestStatus.Canceled, OperationStatus.Canceled));

    public static readonly WireMap<JobLifecycleState> JobStates = new(
        (JobLifecycleState.Creating, LifecycleStates.Creating),
        (JobLifecycleState.Updating, LifecycleStates.Updating),
        (JobLifecycleState.Active, LifecycleStates.Active),
        (JobLifecycleState.Deleting, LifecycleStates.Deleting),
        (JobLifecycleState.Deleted, LifecycleStates.Deleted),
        (JobLifecycleState.Failed, LifecycleStates.Failed));

    /// <summary>Whether a Windows update can be installed now (IsEligibleForInstallation); null when the service does not say.</summary>
    public static bool? IsInstallable(string? eligibility) =>
        eligibility is null ? null : eligibility == IsEligibleForInstallation.Installable;
}

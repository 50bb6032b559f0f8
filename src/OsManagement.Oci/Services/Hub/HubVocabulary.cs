using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;
using AdvisorySeverity = OsManagement.Oci.Engine.AdvisorySeverity;
using OsFamily = OsManagement.Oci.Engine.OsFamily;
using OsManagement.Oci.Services.Hub.Models;
using Wire = OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

/// <summary>One of OS Management Hub's operation types (of a job's operation, or of a work request) in the engine's words.</summary>
internal sealed class HubOperation
{
    public HubOperation(string wire, JobOperation operation, UpdateKind? kind, OsFamily? family)
    {
        Wire = wire;
        Operation = operation;
        Kind = kind;
        Family = family;
    }

    public string Wire { get; }
    public JobOperation Operation { get; }

    /// <summary>For UpdateAll: which updates.</summary>
    public UpdateKind? Kind { get; }

    /// <summary>The family it is for; null for both (a reboot).</summary>
    public OsFamily? Family { get; }
}

/// <summary>OS Management Hub's (API 20220901) words for the engine's vocabulary: the one table.</summary>
internal static class HubVocabulary
{
    /// <summary>Hub's detailed families, each as Linux or Windows (the detail is kept beside it in the records).</summary>
    public static readonly WireMap<OsFamily> Families = new(
        (OsFamily.Linux, Wire.OsFamily.OracleLinux9),
        (OsFamily.Linux, Wire.OsFamily.OracleLinux8),
        (OsFamily.Linux, Wire.OsFamily.OracleLinux10),
        (OsFamily.Linux, Wire.OsFamily.OracleLinux7),
        (OsFamily.Linux, Wire.OsFamily.OracleLinux6),
        (OsFamily.Linux, Wire.OsFamily.Ubuntu2004),
        (OsFamily.Linux, Wire.OsFamily.Ubuntu2204),
        (OsFamily.Linux, Wire.OsFamily.Ubuntu2404),
        (OsFamily.Windows, Wire.OsFamily.WindowsServer2022),
        (OsFamily.Windows, Wire.OsFamily.WindowsServer2016),
        (OsFamily.Windows, Wire.OsFamily.WindowsServer2019),
        (OsFamily.Windows, Wire.OsFamily.WindowsServer2025),
        (OsFamily.Windows, Wire.OsFamily.Windows11),
        (OsFamily.All, Wire.OsFamily.All));

    /// <summary>How an available update or an advisory is classified.</summary>
    public static readonly WireMap<UpdateKind> Classifications = new(
        (UpdateKind.Security, ClassificationTypes.Security),
        (UpdateKind.Bugfix, ClassificationTypes.Bugfix),
        (UpdateKind.Enhancement, ClassificationTypes.Enhancement),
        (UpdateKind.Other, ClassificationTypes.Other));

    /// <summary>What a package action installs (its updateTypes); Ksplice is two types, the kernel and user space.</summary>
    public static readonly WireMap<UpdateKind> PackageKinds = new(
        (UpdateKind.Security, UpdateTypes.Security),
        (UpdateKind.Bugfix, UpdateTypes.Bugfix),
        (UpdateKind.Enhancement, UpdateTypes.Enhancement),
        (UpdateKind.Other, UpdateTypes.Other),
        (UpdateKind.Ksplice, UpdateTypes.KspliceKernel),
        (UpdateKind.Ksplice, UpdateTypes.KspliceUserspace),
        (UpdateKind.All, UpdateTypes.All));

    /// <summary>What a Windows update action installs (its windowsUpdateTypes).</summary>
    public static readonly WireMap<UpdateKind> WindowsKinds = new(
        (UpdateKind.Security, WindowsUpdateTypes.Security),
        (UpdateKind.Bugfix, WindowsUpdateTypes.Bugfix),
        (UpdateKind.Enhancement, WindowsUpdateTypes.Enhancement),
        (UpdateKind.Other, WindowsUpdateTypes.Other),
        (UpdateKind.All, WindowsUpdateTypes.All));

    public static readonly WireMap<AdvisorySeverity> Severities = new(
        (AdvisorySeverity.Low, Wire.AdvisorySeverity.Low),
        (AdvisorySeverity.Moderate, Wire.AdvisorySeverity.Moderate),
        (AdvisorySeverity.Important, Wire.AdvisorySeverity.Important),
        (AdvisorySeverity.Critical, Wire.AdvisorySeverity.Critical));

    public static readonly WireMap<ScheduleKind> ScheduleKinds = new(
        (ScheduleKind.OneTime, ScheduleTypes.Onetime),
        (ScheduleKind.Recurring, ScheduleTypes.Recurring));

    public static readonly WireMap<WorkRequestStatus> Statuses = new(
        (WorkRequestStatus.Waiting, OperationStatus.Waiting),
        (WorkRequestStatus.Accepted, OperationStatus.Accepted),
        (WorkRequestStatus.InProgress, OperationStatus.InProgress),
        (WorkRequestStatus.Succeeded, OperationStatus.Succeeded),
        (WorkRequestStatus.Failed, OperationStatus.Failed),
        (WorkRequestStatus.Canceling, OperationStatus.Canceling),
        (WorkRequestStatus.Canceled, OperationStatus.Canceled),
        (WorkRequestStatus.Skipped, OperationStatus.Skipped));

    public static readonly WireMap<JobLifecycleState> JobStates = new(
        (JobLifecycleState.Creating, ScheduledJobLifecycleState.Creating),
        (JobLifecycleState.Updating, ScheduledJobLifecycleState.Updating),
        (JobLifecycleState.Active, ScheduledJobLifecycleState.Active),
        (JobLifecycleState.Inactive, ScheduledJobLifecycleState.Inactive),
        (JobLifecycleState.Deleting, ScheduledJobLifecycleState.Deleting),
        (JobLifecycleState.Deleted, ScheduledJobLifecycleState.Deleted),
        (JobLifecycleState.Failed, ScheduledJobLifecycleState.Failed));

    /// <summary>The analytics' metric names (summarizeManagedInstanceAnalytics) for the engine's counts.</summary>
    public static readonly WireMap<InstanceMetric> Metrics = new(
        (InstanceMetric.Total, Wire.MetricName.TotalInstanceCount),
        (InstanceMetric.WithSecurityUpdates, Wire.MetricName.InstanceWithAvailableSecurityUpdatesCount),
        (InstanceMetric.WithBugfixUpdates, Wire.MetricName.InstanceWithAvailableBugfixUpdatesCount),
        (InstanceMetric.WithOtherUpdates, Wire.MetricName.InstanceWithAvailableOtherUpdatesCount),
        (InstanceMetric.SecurityUpdates, Wire.MetricName.InstanceSecurityUpdatesCount),
        (InstanceMetric.BugfixUpdates, Wire.MetricName.InstanceBugfixUpdatesCount),
        (InstanceMetric.OtherUpdates, Wire.MetricName.InstanceOtherUpdatesCount),
        (InstanceMetric.Unreachable, Wire.MetricName.UnreachableInstanceCount),
        (InstanceMetric.Warning, Wire.MetricName.WarningInstanceCount),
        (InstanceMetric.NeedsReboot, Wire.MetricName.NeedsRebootingInstanceCount));

    /// <summary>
    /// Job operation types and work request operation types, in the engine's words. The first row for an operation,
    /// kind and family is what a new job sends (UPDATE_ALL; a work request says UPDATE_ALL_PACKAGES for the same).
    /// </summary>
    public static readonly IReadOnlyList<HubOperation> Operations = new[]
    {
        new HubOperation(OperationTypes.InstallPackages, JobOperation.Install, null, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdatePackages, JobOperation.Update, null, OsFamily.Linux),
        new HubOperation(OperationTypes.RemovePackages, JobOperation.Remove, null, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateAll, JobOperation.UpdateAll, UpdateKind.All, OsFamily.Linux),
        new HubOperation(WorkRequestOperationType.UpdateAllPackages, JobOperation.UpdateAll, UpdateKind.All, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateSecurity, JobOperation.UpdateAll, UpdateKind.Security, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateBugfix, JobOperation.UpdateAll, UpdateKind.Bugfix, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateEnhancement, JobOperation.UpdateAll, UpdateKind.Enhancement, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateOther, JobOperation.UpdateAll, UpdateKind.Other, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateKspliceKernel, JobOperation.UpdateAll, UpdateKind.Ksplice, OsFamily.Linux),
        new HubOperation(OperationTypes.UpdateKspliceUserspace, JobOperation.UpdateAll, UpdateKind.Ksplice, OsFamily.Linux),
        new HubOperation(OperationTypes.InstallWindowsUpdates, JobOperation.Install, null, OsFamily.Windows),
        new HubOperation(OperationTypes.InstallAllWindowsUpdates, JobOperation.UpdateAll, UpdateKind.All, OsFamily.Windows),
        new HubOperation(OperationTypes.InstallSecurityWindowsUpdates, JobOperation.UpdateAll, UpdateKind.Security, OsFamily.Windows),
        new HubOperation(OperationTypes.InstallBugfixWindowsUpdates, JobOperation.UpdateAll, UpdateKind.Bugfix, OsFamily.Windows),
        new HubOperation(OperationTypes.InstallEnhancementWindowsUpdates, JobOperation.UpdateAll, UpdateKind.Enhancement, OsFamily.Windows),
        new HubOperation(OperationTypes.InstallOtherWindowsUpdates, JobOperation.UpdateAll, UpdateKind.Other, OsFamily.Windows),
        new HubOperation(OperationTypes.Reboot, JobOperation.Reboot, null, null),
        new HubOperation(OperationTypes.PromoteLifecycle, JobOperation.Promote, null, null),
        new HubOperation(WorkRequestOperationType.LifecyclePromotion, JobOperation.Promote, null, null),
    };

    /// <summary>What an operation type means; null for one the engine has no word for (module streams, software sources...).</summary>
    public static HubOperation? OperationOf(string? wire) =>
        Operations.FirstOrDefault(o => string.Equals(o.Wire, wire, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The job operation types for what a job does: one, or for Ksplice on Linux the kernel and the user-space types.
    /// <paramref name="family"/> says whether named or UpdateAll work is Linux packages or Windows updates.
    /// </summary>
    public static IReadOnlyList<string> OperationTypesFor(JobOperation operation, UpdateKind? kind, OsFamily family)
    {
        var wanted = operation == JobOperation.UpdateAll ? kind ?? UpdateKind.All : (UpdateKind?)null;
        var matches = Operations.Where(o => o.Operation == operation && o.Kind == wanted
            && (o.Family is null || o.Family == (family == OsFamily.Windows ? OsFamily.Windows : OsFamily.Linux))
            && o.Wire != WorkRequestOperationType.UpdateAllPackages && o.Wire != WorkRequestOperationType.LifecyclePromotion).Select(o => o.Wire).ToList();
        return matches.Count > 0 ? matches
            : throw new System.NotSupportedException($"OS Management Hub has no operation for {operation} {kind} on {family}.");
    }

    /// <summary>Reported values of an operation type (unknown types kept as text).</summary>
    public static (Reported<JobOperation> Operation, Reported<UpdateKind> Kind, OsFamily? Family) Describe(string? wire)
    {
        if (OperationOf(wire) is not { } known)
        {
            return (Reported<JobOperation>.Unknown(wire), Reported<UpdateKind>.Unknown(null), null);
        }
        var kind = known.Kind is { } k ? new Reported<UpdateKind>(k, wire!) : Reported<UpdateKind>.Unknown(null);
        return (new Reported<JobOperation>(known.Operation, wire!), kind, known.Family);
    }
}

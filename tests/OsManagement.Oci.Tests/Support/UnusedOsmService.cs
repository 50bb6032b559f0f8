using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Support;

/// <summary>
/// A service whose every operation fails as not used by the test: an engine test's fake overrides only what the code
/// under test may call, so a call it should not make fails the test instead of answering.
/// </summary>
internal abstract class UnusedOsmService : IOsmService
{
    public abstract ServiceCapabilities Capabilities { get; }

    private static NotSupportedException Unused(string operation) => new($"{operation} is not used by this test.");

    public virtual IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListCompartmentsAsync));

    public virtual Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        throw Unused(nameof(GetManagedInstanceAsync));

    public virtual IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListManagedInstancesAsync));

    public virtual Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
        throw Unused(nameof(GetManagedInstanceGroupAsync));

    public virtual IAsyncEnumerable<InstanceGroupRecord> ListManagedInstanceGroupsAsync(string compartmentId, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListManagedInstanceGroupsAsync));

    public virtual IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListAvailableUpdatesAsync));

    public virtual Task<AffectedInstanceFinder?> FindAffectedInstancesAsync(IReadOnlyCollection<UpdateKind> kinds, CancellationToken cancellationToken) =>
        throw Unused(nameof(FindAffectedInstancesAsync));

    public virtual Task<IReadOnlyDictionary<InstanceMetric, long>> SummarizeInstancesAsync(InstanceAnalyticsQuery query,
        IReadOnlyCollection<InstanceMetric> metrics, CancellationToken cancellationToken) => throw Unused(nameof(SummarizeInstancesAsync));

    public virtual Task<Exposure> FindExposedInstancesAsync(ExposureQuery query, CancellationToken cancellationToken) =>
        throw Unused(nameof(FindExposedInstancesAsync));

    public virtual IAsyncEnumerable<string> StartActionAsync(ImmediateAction action, CancellationToken cancellationToken) =>
        throw Unused(nameof(StartActionAsync));

    public virtual Task<ScheduledJobRecord> CreateScheduledJobAsync(NewScheduledJob job, CancellationToken cancellationToken) =>
        throw Unused(nameof(CreateScheduledJobAsync));

    public virtual Task<ScheduledJobRecord> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        throw Unused(nameof(GetScheduledJobAsync));

    public virtual IAsyncEnumerable<ScheduledJobRecord> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListScheduledJobsAsync));

    public virtual Task<ScheduledJobRecord> UpdateScheduledJobAsync(string scheduledJobId, ScheduledJobChange change, string? etag, CancellationToken cancellationToken) =>
        throw Unused(nameof(UpdateScheduledJobAsync));

    public virtual Task DeleteScheduledJobAsync(string scheduledJobId, string? etag, CancellationToken cancellationToken) =>
        throw Unused(nameof(DeleteScheduledJobAsync));

    public virtual Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        throw Unused(nameof(RunScheduledJobNowAsync));

    public virtual Task SkipNextRunAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        throw Unused(nameof(SkipNextRunAsync));

    public virtual Task<WorkRequestRecord> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        throw Unused(nameof(GetWorkRequestAsync));

    public virtual IAsyncEnumerable<WorkRequestRecord> ListWorkRequestsAsync(WorkRequestQuery query, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListWorkRequestsAsync));

    public virtual IAsyncEnumerable<WorkRequestLogLine> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListWorkRequestLogsAsync));

    public virtual IAsyncEnumerable<WorkRequestErrorLine> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken) =>
        throw Unused(nameof(ListWorkRequestErrorsAsync));

    public virtual Task<string> RerunWorkRequestAsync(string workRequestId, IReadOnlyCollection<string>? managedInstanceIds, CancellationToken cancellationToken) =>
        throw Unused(nameof(RerunWorkRequestAsync));
}

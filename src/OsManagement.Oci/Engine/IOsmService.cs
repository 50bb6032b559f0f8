using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// What a user can do with OS Management, whichever generation of the service answers: targets, updates, actions,
/// scheduled jobs, work requests and compartments, in the engine's vocabulary. An implementation maps it to one
/// service's wire (see <c>Services/Hub/HubService</c>, and src/OsManagement.Oci/README.md for adding one), turns that
/// service's errors into <see cref="OsmServiceException"/>s, and says in <see cref="Capabilities"/> what it cannot do;
/// callers judge requests against those before sending anything (<see cref="NewScheduledJob.Validate"/>).
/// </summary>
/// <remarks>
/// Lists yield what the service lists, in its order (oldest first where it can sort), as summaries
/// (<c>IsDetailed</c> false); a Get returns the resource in full. Lists of one compartment: the fan-out in
/// <see cref="FanOut"/> covers a compartment's subtree.
/// </remarks>
public interface IOsmService
{
    /// <summary>What this service can do beyond what both generations can.</summary>
    ServiceCapabilities Capabilities { get; }

    // Compartments

    /// <summary>
    /// The ACTIVE compartments under <paramref name="parentId"/>: its children, or with <paramref name="recurse"/> the
    /// whole subtree, breadth-first with siblings by name (an inactive compartment's subtree is not entered). At most
    /// <paramref name="throttleLimit"/> listings run at once.
    /// </summary>
    IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken);

    // Targets

    /// <summary>A managed instance in full.</summary>
    Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken);

    /// <summary>The managed instances of one compartment (summaries), of one OS family when given.</summary>
    IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily, CancellationToken cancellationToken);

    /// <summary>A group in full, with its members.</summary>
    Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>The groups of one compartment (summaries).</summary>
    IAsyncEnumerable<InstanceGroupRecord> ListManagedInstanceGroupsAsync(string compartmentId, CancellationToken cancellationToken);

    /// <summary>The updates available to an instance of <paramref name="osFamily"/>, Linux packages and Windows updates alike.</summary>
    IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily, CancellationToken cancellationToken);

    /// <summary>
    /// A way to find, a compartment at a time, the instances that miss an advisory of <paramref name="kinds"/> without
    /// reading each one; null when the service has none cheaper than reading each instance with updates.
    /// </summary>
    Task<AffectedInstanceFinder?> FindAffectedInstancesAsync(IReadOnlyCollection<UpdateKind> kinds, CancellationToken cancellationToken);

    /// <summary>
    /// The service's own counts of <paramref name="metrics"/> over the instances <paramref name="query"/> selects, without
    /// reading them (<see cref="ServiceFeature.InstanceAnalytics"/>); a metric the service does not give is left out.
    /// </summary>
    /// <exception cref="NotSupportedException">The service keeps no such counts.</exception>
    Task<IReadOnlyDictionary<InstanceMetric, long>> SummarizeInstancesAsync(InstanceAnalyticsQuery query, IReadOnlyCollection<InstanceMetric> metrics,
        CancellationToken cancellationToken);

    /// <summary>
    /// What the service can tell beforehand about the advisories <paramref name="query"/> names (which advisories match,
    /// with their CVEs) and a way to find, a compartment at a time, the instances that miss one; <see cref="Exposure.Unknown"/>
    /// when it can tell nothing cheaper than reading each instance with updates.
    /// </summary>
    Task<Exposure> FindExposedInstancesAsync(ExposureQuery query, CancellationToken cancellationToken);

    // Actions

    /// <summary>
    /// Starts an action now and yields the id of each work request it starts, as it starts it (the retired service
    /// starts one per name; Hub one per action). The action must have no problems (<see cref="ImmediateAction.Validate"/>).
    /// </summary>
    IAsyncEnumerable<string> StartActionAsync(ImmediateAction action, CancellationToken cancellationToken);

    // Scheduled jobs

    /// <summary>Creates a job that has no problems (<see cref="NewScheduledJob.Validate"/>); returns it in full.</summary>
    Task<ScheduledJobRecord> CreateScheduledJobAsync(NewScheduledJob job, CancellationToken cancellationToken);

    /// <summary>A job in full, with its etag.</summary>
    Task<ScheduledJobRecord> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken);

    /// <summary>The jobs of one compartment (summaries); with <see cref="ScheduledJobQuery.RunningBefore"/>, the upcoming ones.</summary>
    IAsyncEnumerable<ScheduledJobRecord> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken);

    /// <summary>Applies a change; with <paramref name="etag"/>, only if the job is as read (else <see cref="ChangedSinceReadException"/>).</summary>
    Task<ScheduledJobRecord> UpdateScheduledJobAsync(string scheduledJobId, ScheduledJobChange change, string? etag, CancellationToken cancellationToken);

    /// <summary>Deletes (cancels) a job.</summary>
    Task DeleteScheduledJobAsync(string scheduledJobId, string? etag, CancellationToken cancellationToken);

    /// <summary>Runs a job now, leaving its schedule as it is.</summary>
    Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken);

    /// <summary>Skips the next run of a recurring job: its next run moves to the following occurrence.</summary>
    Task SkipNextRunAsync(string scheduledJobId, CancellationToken cancellationToken);

    // Work requests

    /// <summary>A work request in full.</summary>
    Task<WorkRequestRecord> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken);

    /// <summary>The work requests of one compartment that match the query (summaries).</summary>
    IAsyncEnumerable<WorkRequestRecord> ListWorkRequestsAsync(WorkRequestQuery query, CancellationToken cancellationToken);

    /// <summary>What a work request logged, oldest first.</summary>
    IAsyncEnumerable<WorkRequestLogLine> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken);

    /// <summary>The errors a work request reported, oldest first.</summary>
    IAsyncEnumerable<WorkRequestErrorLine> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a failed work request again, on all of its instances or on <paramref name="managedInstanceIds"/>; returns the
    /// new work request's id. Needs <see cref="ServiceFeature.Rerun"/> (callers check <see cref="Capabilities"/> first).
    /// </summary>
    Task<string> RerunWorkRequestAsync(string workRequestId, IReadOnlyCollection<string>? managedInstanceIds, CancellationToken cancellationToken);
}

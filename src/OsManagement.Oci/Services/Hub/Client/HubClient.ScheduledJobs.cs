using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

// Scheduled jobs (the SDK's ScheduledJobClient). Hub has no skipNextExecution: a skip is a read, then an update of
// timeNextExecution with the etag read.
internal sealed partial class HubClient
{
    public Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, string? opcRetryToken, CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Post, Version + "/scheduledJobs", Required(details, nameof(details)), null, opcRetryToken, cancellationToken);

    public Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        Get<ScheduledJob>(new OciQuery(PathOf("/scheduledJobs/{0}", scheduledJobId)), cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ListScheduledJobsRequest request, CancellationToken cancellationToken) =>
        List<ScheduledJobSummary>(new OciQuery(Version + "/scheduledJobs")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("lifecycleState", request.LifecycleState)
            .Add("managedInstanceId", request.ManagedInstanceId)
            .Add("managedInstanceGroupId", request.ManagedInstanceGroupId)
            .Add("managedCompartmentId", request.ManagedCompartmentId)
            .Add("lifecycleStageId", request.LifecycleStageId)
            .Add("operationType", request.OperationType)
            .Add("scheduleType", request.ScheduleType)
            .Add("timeStart", request.TimeStart)
            .Add("timeEnd", request.TimeEnd)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy)
            .Add("isRestricted", request.IsRestricted)
            .Add("id", request.Id)
            .Add("compartmentIdInSubtree", request.CompartmentIdInSubtree)
            .Add("location", request.Location)
            .Add("locationNotEqualTo", request.LocationNotEqualTo)
            .Add("isManagedByAutonomousLinux", request.IsManagedByAutonomousLinux)
            .Add("dynamicSetId", request.DynamicSetId), cancellationToken);

    /// <summary>Changes a job; with ifMatch (the etag read with the job) a job changed since gives 412 instead of being overwritten.</summary>
    public Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch,
        CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Put, PathOf("/scheduledJobs/{0}", scheduledJobId), Required(details, nameof(details)), ifMatch, null, cancellationToken);

    public Task<OciResponse<OciEmpty>> DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Delete, PathOf("/scheduledJobs/{0}", scheduledJobId), null, ifMatch, null, cancellationToken);

    /// <summary>
    /// Runs a recurring job now (the service refuses one-time jobs). The answer has no body and no work request id: the
    /// run's work requests are found with ListWorkRequests by initiatorId (the job) or in the job's workRequestIds.
    /// </summary>
    public Task<OciResponse<OciEmpty>> RunScheduledJobNowAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/scheduledJobs/{0}/actions/runNow", scheduledJobId), null, ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> ChangeScheduledJobCompartmentAsync(string scheduledJobId, ChangeScheduledJobCompartmentDetails details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/scheduledJobs/{0}/actions/changeCompartment", scheduledJobId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);
}

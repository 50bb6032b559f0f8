using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Classic.Models;

namespace OsManagement.Oci.Services.Classic;

/// <summary>
/// OS Management, API 20190801: one async method per operation the module uses, named after the operation.
/// Lists stream every item across pages; actions return the work request id in <see cref="OciResponse{T}.OpcWorkRequestId"/>.
/// </summary>
internal sealed class ClassicClient : ServiceClient
{
    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host, e.g. https://osms.us-ashburn-1.oci.oraclecloud.com (the registry's <c>ServiceRegistry.Classic.EndpointFor</c>).</param>
    public ClassicClient(OciHttpPipeline pipeline, Uri endpoint)
        : base(pipeline, endpoint, ServiceRegistry.Classic.ApiVersion)
    {
    }

    // Scheduled jobs

    public Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Post, PathOf("/scheduledJobs"), details, null, opcRetryToken, cancellationToken);

    public Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        Get<ScheduledJob>(Query(PathOf("/scheduledJobs/{0}", scheduledJobId)), cancellationToken);

    public Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch,
        CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Put, PathOf("/scheduledJobs/{0}", scheduledJobId), details, ifMatch, null, cancellationToken);

    public Task<OciResponse<OciEmpty>> DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Delete, PathOf("/scheduledJobs/{0}", scheduledJobId), null, ifMatch, null, cancellationToken);

    public Task<OciResponse<OciEmpty>> RunScheduledJobNowAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Action(PathOf("/scheduledJobs/{0}/actions/runNow", scheduledJobId), null, ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> SkipNextScheduledJobExecutionAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Action(PathOf("/scheduledJobs/{0}/actions/skipNextExecution", scheduledJobId), null, ifMatch, opcRetryToken, cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ListScheduledJobsRequest request, CancellationToken cancellationToken) =>
        List<ScheduledJobSummary>(Query(PathOf("/scheduledJobs"), request), cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListUpcomingScheduledJobsAsync(ListUpcomingScheduledJobsRequest request,
        CancellationToken cancellationToken) =>
        List<ScheduledJobSummary>(Query(PathOf("/scheduledJobs/upcomingSchedules"), request), cancellationToken);

    // Work requests

    public Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Get<WorkRequest>(Query(PathOf("/workRequests/{0}", workRequestId)), cancellationToken);

    public IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(ListWorkRequestsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestSummary>(Query(PathOf("/workRequests"), request), cancellationToken);

    public IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(ListWorkRequestLogsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestLogEntry>(Query(PathOf("/workRequests/{0}/logs", request.WorkRequestId), request, nameof(request.WorkRequestId)), cancellationToken);

    public IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(ListWorkRequestErrorsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestError>(Query(PathOf("/workRequests/{0}/errors", request.WorkRequestId), request, nameof(request.WorkRequestId)), cancellationToken);

    // Managed instances and groups

    public Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Get<ManagedInstance>(Query(PathOf("/managedInstances/{0}", managedInstanceId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(ListManagedInstancesRequest request, CancellationToken cancellationToken) =>
        List<ManagedInstanceSummary>(Query(PathOf("/managedInstances"), request), cancellationToken);

    public Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string managedInstanceGroupId, CancellationToken cancellationToken) =>
        Get<ManagedInstanceGroup>(Query(PathOf("/managedInstanceGroups/{0}", managedInstanceGroupId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(ListManagedInstanceGroupsRequest request,
        CancellationToken cancellationToken) =>
        List<ManagedInstanceGroupSummary>(Query(PathOf("/managedInstanceGroups"), request), cancellationToken);

    public IAsyncEnumerable<AvailableUpdateSummary> ListAvailableUpdatesForManagedInstanceAsync(ListAvailableUpdatesForManagedInstanceRequest request,
        CancellationToken cancellationToken) =>
        List<AvailableUpdateSummary>(OfInstance("/managedInstances/{0}/packages/updates", request), cancellationToken);

    public IAsyncEnumerable<AvailableWindowsUpdateSummary> ListAvailableWindowsUpdatesForManagedInstanceAsync(
        ListAvailableWindowsUpdatesForManagedInstanceRequest request, CancellationToken cancellationToken) =>
        List<AvailableWindowsUpdateSummary>(OfInstance("/managedInstances/{0}/updates/available", request), cancellationToken);

    // Immediate actions: the name or update type in the query, no body; each answers with the work request it created.

    public Task<OciResponse<OciEmpty>> InstallAllPackageUpdatesOnManagedInstanceAsync(string managedInstanceId, string? updateType, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/packages/updateAll", managedInstanceId), "updateType", updateType, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllWindowsUpdatesOnManagedInstanceAsync(string managedInstanceId, string? updateType, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/updates/installAll", managedInstanceId), "updateType", updateType, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllUpdatesOnManagedInstanceGroupAsync(string managedInstanceGroupId, string? updateType, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstanceGroups/{0}/actions/updates/installAll", managedInstanceGroupId), "updateType", updateType, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackageOnManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/packages/install", managedInstanceId), "softwarePackageName", softwarePackageName, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackageUpdateOnManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/packages/update", managedInstanceId), "softwarePackageName", softwarePackageName, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallWindowsUpdateOnManagedInstanceAsync(string managedInstanceId, string windowsUpdateName, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/updates/install", managedInstanceId), "windowsUpdateName", windowsUpdateName, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackageFromManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Act(PathOf("/managedInstances/{0}/actions/packages/remove", managedInstanceId), "softwarePackageName", softwarePackageName, opcRetryToken,
            cancellationToken);

    // The retired service's lists are bare arrays, page after page.
    private IAsyncEnumerable<T> List<T>(OciQuery query, CancellationToken cancellationToken) => Pipeline.ListAsync<T>(Endpoint, query, cancellationToken);

    private OciQuery OfInstance(string pathFormat, ManagedInstanceListRequest request) =>
        Query(PathOf(pathFormat, request.ManagedInstanceId), request, nameof(request.ManagedInstanceId));

    private Task<OciResponse<OciEmpty>> Act(string path, string name, string? value, string? retryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(path).Add(name, value).ToString(), null, null, retryToken, cancellationToken);
}

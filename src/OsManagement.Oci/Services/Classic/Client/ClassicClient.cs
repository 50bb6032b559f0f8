using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Oci.Services.Classic;

/// <summary>
/// OS Management, API 20190801: one async method per operation the module uses, named after the operation.
/// Lists stream every item across pages; actions return the work request id in <see cref="OciResponse{T}.OpcWorkRequestId"/>.
/// </summary>
internal sealed class ClassicClient
{
    private const string Version = "/20190801";
    private static readonly HttpMethod Put = HttpMethod.Put;
    private readonly OciHttpPipeline _pipeline;

    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host, e.g. https://osms.us-ashburn-1.oci.oraclecloud.com.</param>
    public ClassicClient(OciHttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    // Scheduled jobs

    public Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, string? opcRetryToken, CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Post, Version + "/scheduledJobs", details, null, opcRetryToken, cancellationToken);

    public Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Get, OciQuery.Path(Version + "/scheduledJobs/{0}", scheduledJobId), null, null, null, cancellationToken);

    public Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch, CancellationToken cancellationToken) =>
        Send<ScheduledJob>(Put, OciQuery.Path(Version + "/scheduledJobs/{0}", scheduledJobId), details, IfMatch(ifMatch), null, cancellationToken);

    public Task<OciResponse<OciEmpty>> DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Delete, OciQuery.Path(Version + "/scheduledJobs/{0}", scheduledJobId), null, IfMatch(ifMatch), null, cancellationToken);

    public Task<OciResponse<OciEmpty>> RunScheduledJobNowAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Post, OciQuery.Path(Version + "/scheduledJobs/{0}/actions/runNow", scheduledJobId), null, IfMatch(ifMatch), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> SkipNextScheduledJobExecutionAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Post, OciQuery.Path(Version + "/scheduledJobs/{0}/actions/skipNextExecution", scheduledJobId), null, IfMatch(ifMatch), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> ChangeScheduledJobCompartmentAsync(string scheduledJobId, ChangeScheduledJobCompartmentDetails details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Post, OciQuery.Path(Version + "/scheduledJobs/{0}/actions/changeCompartment", scheduledJobId), details, IfMatch(ifMatch), opcRetryToken, cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ListScheduledJobsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ScheduledJobSummary>(Endpoint, Paged(new OciQuery(Version + "/scheduledJobs")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("managedInstanceId", request.ManagedInstanceId)
            .Add("managedInstanceGroupId", request.ManagedInstanceGroupId)
            .Add("operationType", request.OperationType)
            .Add("lifecycleState", request.LifecycleState)
            .Add("osFamily", request.OsFamily)
            .Add("isRestricted", request.IsRestricted), request), cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListUpcomingScheduledJobsAsync(ListUpcomingScheduledJobsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ScheduledJobSummary>(Endpoint, Paged(new OciQuery(Version + "/scheduledJobs/upcomingSchedules")
            .Add("compartmentId", request.CompartmentId)
            .Add("timeEnd", request.TimeEnd)
            .Add("displayName", request.DisplayName)
            .Add("tagName", request.TagName)
            .Add("tagValue", request.TagValue)
            .Add("lifecycleState", request.LifecycleState)
            .Add("osFamily", request.OsFamily), request), cancellationToken);

    // Work requests

    public Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Send<WorkRequest>(HttpMethod.Get, OciQuery.Path(Version + "/workRequests/{0}", workRequestId), null, null, null, cancellationToken);

    public IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(ListWorkRequestsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<WorkRequestSummary>(Endpoint, Paged(new OciQuery(Version + "/workRequests")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("managedInstanceId", request.ManagedInstanceId)
            .Add("osFamily", request.OsFamily), request), cancellationToken);

    public IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(ListWorkRequestLogsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<WorkRequestLogEntry>(Endpoint, Paged(new OciQuery(OciQuery.Path(Version + "/workRequests/{0}/logs", request.WorkRequestId)), request), cancellationToken);

    public IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(ListWorkRequestErrorsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<WorkRequestError>(Endpoint, Paged(new OciQuery(OciQuery.Path(Version + "/workRequests/{0}/errors", request.WorkRequestId)), request), cancellationToken);

    // Managed instances and groups

    public Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Send<ManagedInstance>(HttpMethod.Get, OciQuery.Path(Version + "/managedInstances/{0}", managedInstanceId), null, null, null, cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(ListManagedInstancesRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ManagedInstanceSummary>(Endpoint, Paged(new OciQuery(Version + "/managedInstances")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("osFamily", request.OsFamily), request), cancellationToken);

    public Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string managedInstanceGroupId, CancellationToken cancellationToken) =>
        Send<ManagedInstanceGroup>(HttpMethod.Get, OciQuery.Path(Version + "/managedInstanceGroups/{0}", managedInstanceGroupId), null, null, null, cancellationToken);

    public IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(ListManagedInstanceGroupsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ManagedInstanceGroupSummary>(Endpoint, Paged(new OciQuery(Version + "/managedInstanceGroups")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("lifecycleState", request.LifecycleState)
            .Add("osFamily", request.OsFamily), request), cancellationToken);

    public IAsyncEnumerable<AvailableUpdateSummary> ListAvailableUpdatesForManagedInstanceAsync(ListAvailableUpdatesForManagedInstanceRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<AvailableUpdateSummary>(Endpoint, InstanceList("/managedInstances/{0}/packages/updates", request), cancellationToken);

    public IAsyncEnumerable<AvailableWindowsUpdateSummary> ListAvailableWindowsUpdatesForManagedInstanceAsync(ListAvailableWindowsUpdatesForManagedInstanceRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<AvailableWindowsUpdateSummary>(Endpoint, InstanceList("/managedInstances/{0}/updates/available", request)
            .Add("isEligibleForInstallation", request.IsEligibleForInstallation), cancellationToken);

    public IAsyncEnumerable<ErratumSummary> ListManagedInstanceErrataAsync(ListManagedInstanceErrataRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ErratumSummary>(Endpoint, InstanceList("/managedInstances/{0}/errata", request), cancellationToken);

    public IAsyncEnumerable<InstalledPackageSummary> ListPackagesInstalledOnManagedInstanceAsync(ListPackagesInstalledOnManagedInstanceRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<InstalledPackageSummary>(Endpoint, InstanceList("/managedInstances/{0}/packages", request), cancellationToken);

    public Task<OciResponse<Erratum>> GetErratumAsync(string erratumId, CancellationToken cancellationToken) =>
        Send<Erratum>(HttpMethod.Get, OciQuery.Path(Version + "/errata/{0}", erratumId), null, null, null, cancellationToken);

    // Immediate actions: each answers with the work request it created.

    public Task<OciResponse<OciEmpty>> InstallAllPackageUpdatesOnManagedInstanceAsync(string managedInstanceId, string? updateType, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/packages/updateAll", managedInstanceId)).Add("updateType", updateType), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllWindowsUpdatesOnManagedInstanceAsync(string managedInstanceId, string? updateType, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/updates/installAll", managedInstanceId)).Add("updateType", updateType), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllUpdatesOnManagedInstanceGroupAsync(string managedInstanceGroupId, string? updateType, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstanceGroups/{0}/actions/updates/installAll", managedInstanceGroupId)).Add("updateType", updateType), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackageOnManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/packages/install", managedInstanceId)).Add("softwarePackageName", softwarePackageName), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackageUpdateOnManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/packages/update", managedInstanceId)).Add("softwarePackageName", softwarePackageName), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallWindowsUpdateOnManagedInstanceAsync(string managedInstanceId, string windowsUpdateName, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/updates/install", managedInstanceId)).Add("windowsUpdateName", windowsUpdateName), opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackageFromManagedInstanceAsync(string managedInstanceId, string softwarePackageName, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(OciQuery.Path(Version + "/managedInstances/{0}/actions/packages/remove", managedInstanceId)).Add("softwarePackageName", softwarePackageName), opcRetryToken, cancellationToken);

    private Task<OciResponse<T>> Send<T>(HttpMethod method, string pathAndQuery, object? body, IReadOnlyDictionary<string, string>? headers, string? retryToken, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<T>(method, Endpoint, pathAndQuery, body, headers, retryToken, cancellationToken);

    private Task<OciResponse<OciEmpty>> Action(OciQuery query, string? retryToken, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<OciEmpty>(HttpMethod.Post, Endpoint, query.ToString(), null, null, retryToken, cancellationToken);

    private static OciQuery Paged(OciQuery query, ListRequest request) =>
        query.Add("limit", request.Limit).Add("sortBy", request.SortBy).Add("sortOrder", request.SortOrder);

    private static OciQuery InstanceList(string pathFormat, ManagedInstanceListRequest request) =>
        Paged(new OciQuery(OciQuery.Path(Version + pathFormat, request.ManagedInstanceId))
            .Add("displayName", request.DisplayName)
            .Add("compartmentId", request.CompartmentId), request);

    private static IReadOnlyDictionary<string, string>? IfMatch(string? etag) =>
        etag is null ? null : new Dictionary<string, string> { ["if-match"] = etag };
}

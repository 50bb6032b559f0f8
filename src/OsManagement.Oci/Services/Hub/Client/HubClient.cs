using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

/// <summary>
/// OS Management Hub, API 20220901: one async method per operation the engine uses, named after the operation of
/// oci-osmanagementhub (whose clients split them by resource: ManagedInstanceClient, ManagedInstanceGroupClient,
/// ScheduledJobClient, WorkRequestClient, SoftwareSourceClient). A list's filters are its request's properties; lists
/// stream every item across pages, unwrapping each page's <c>{"items": [...]}</c>; actions return the work request they
/// created in <see cref="OciResponse{T}.OpcWorkRequestId"/> (except RunScheduledJobNow, which answers with nothing).
/// </summary>
internal sealed class HubClient : ServiceClient
{
    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host, e.g. https://osmh.us-ashburn-1.oci.oraclecloud.com (the registry's <c>ServiceRegistry.Hub.EndpointFor</c>).</param>
    public HubClient(OciHttpPipeline pipeline, Uri endpoint)
        : base(pipeline, endpoint, ServiceRegistry.Hub.ApiVersion)
    {
    }

    /// <summary>The pipeline this client sends on, for a client of the same service beside it (<see cref="HubUnitClient"/>).</summary>
    internal OciHttpPipeline SharedPipeline => Pipeline;

    // Managed instances (the SDK's ManagedInstanceClient).

    public Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Get<ManagedInstance>(Query(PathOf("/managedInstances/{0}", managedInstanceId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(ListManagedInstancesRequest request, CancellationToken cancellationToken) =>
        List<ManagedInstanceSummary>(Query(PathOf("/managedInstances"), request), cancellationToken);

    public IAsyncEnumerable<UpdatablePackageSummary> ListManagedInstanceUpdatablePackagesAsync(ListManagedInstanceUpdatablePackagesRequest request,
        CancellationToken cancellationToken) =>
        List<UpdatablePackageSummary>(Query(PathOf("/managedInstances/{0}/updatablePackages", request.ManagedInstanceId), request,
            nameof(request.ManagedInstanceId)),
            cancellationToken);

    public IAsyncEnumerable<AvailableWindowsUpdateSummary> ListManagedInstanceAvailableWindowsUpdatesAsync(
        ListManagedInstanceAvailableWindowsUpdatesRequest request, CancellationToken cancellationToken) =>
        List<AvailableWindowsUpdateSummary>(Query(PathOf("/managedInstances/{0}/availableWindowsUpdates", request.ManagedInstanceId), request,
            nameof(request.ManagedInstanceId)), cancellationToken);

    // Actions on one instance. Each answers with no body and the work request it created (opc-work-request-id).

    /// <summary>Updates the named packages, or every package of the given update types.</summary>
    public Task<OciResponse<OciEmpty>> UpdatePackagesOnManagedInstanceAsync(string managedInstanceId, UpdatePackagesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/updatePackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackagesOnManagedInstanceAsync(string managedInstanceId, InstallPackagesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/installPackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackagesFromManagedInstanceAsync(string managedInstanceId, RemovePackagesFromManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/removePackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken,
            cancellationToken);

    /// <summary>Installs the named Windows updates (windowsUpdateName: Microsoft's update ids), or every update of the given types.</summary>
    public Task<OciResponse<OciEmpty>> InstallWindowsUpdatesOnManagedInstanceAsync(string managedInstanceId,
        InstallWindowsUpdatesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/installWindowsUpdates", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken,
            cancellationToken);

    /// <summary>Reboots the instance; details (the reboot timeout, the work request's name) may be null: no body, the service's defaults.</summary>
    public Task<OciResponse<OciEmpty>> RebootManagedInstanceAsync(string managedInstanceId, RebootManagedInstanceDetails? details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/reboot", managedInstanceId), details, ifMatch, opcRetryToken, cancellationToken);

    // Actions on every standalone instance of a compartment (instances in a group are left to the group).

    public Task<OciResponse<OciEmpty>> UpdateAllPackagesOnManagedInstancesInCompartmentAsync(UpdateAllPackagesOnManagedInstancesInCompartmentDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/actions/updatePackages"), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllWindowsUpdatesOnManagedInstancesInCompartmentAsync(
        InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/actions/installWindowsUpdates"), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    // Managed instance groups (the SDK's ManagedInstanceGroupClient). An action on a group is one parent work request
    // (opc-work-request-id) with a child per instance.

    public Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string managedInstanceGroupId, CancellationToken cancellationToken) =>
        Get<ManagedInstanceGroup>(Query(PathOf("/managedInstanceGroups/{0}", managedInstanceGroupId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(ListManagedInstanceGroupsRequest request,
        CancellationToken cancellationToken) =>
        List<ManagedInstanceGroupSummary>(Query(PathOf("/managedInstanceGroups"), request), cancellationToken);

    public Task<OciResponse<OciEmpty>> UpdateAllPackagesOnManagedInstanceGroupAsync(string managedInstanceGroupId,
        UpdateAllPackagesOnManagedInstanceGroupDetails? details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/updateAllPackages", managedInstanceGroupId), details, ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallWindowsUpdatesOnManagedInstanceGroupAsync(string managedInstanceGroupId,
        InstallWindowsUpdatesOnManagedInstanceGroupDetails details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/installWindowsUpdates", managedInstanceGroupId), Required(details, nameof(details)), ifMatch,
            opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> RebootManagedInstanceGroupAsync(string managedInstanceGroupId, RebootManagedInstanceGroupDetails? details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/reboot", managedInstanceGroupId), details, ifMatch, opcRetryToken, cancellationToken);

    // Errata (the SDK's SoftwareSourceClient): the advisories' severity, issue date, CVEs and solution.

    /// <summary>The errata the service knows, as seen from a compartment (required: the tenancy's OCID will do).</summary>
    public IAsyncEnumerable<ErratumSummary> ListErrataAsync(ListErrataRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(request.CompartmentId)
            ? throw new ArgumentException(
                "ListErrata needs a compartment id: the service reads errata as seen from a compartment (the tenancy's OCID will do).")
            : List<ErratumSummary>(Query(PathOf("/errata"), request), cancellationToken);

    // Scheduled jobs (the SDK's ScheduledJobClient). Hub has no skipNextExecution: a skip is a read, then an update of
    // timeNextExecution with the etag read.

    public Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Post, PathOf("/scheduledJobs"), Required(details, nameof(details)), null, opcRetryToken, cancellationToken);

    public Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        Get<ScheduledJob>(Query(PathOf("/scheduledJobs/{0}", scheduledJobId)), cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ListScheduledJobsRequest request, CancellationToken cancellationToken) =>
        List<ScheduledJobSummary>(Query(PathOf("/scheduledJobs"), request), cancellationToken);

    public Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch,
        CancellationToken cancellationToken) =>
        Send<ScheduledJob>(HttpMethod.Put, PathOf("/scheduledJobs/{0}", scheduledJobId), Required(details, nameof(details)), ifMatch, null, cancellationToken);

    public Task<OciResponse<OciEmpty>> DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Delete, PathOf("/scheduledJobs/{0}", scheduledJobId), null, ifMatch, null, cancellationToken);

    public Task<OciResponse<OciEmpty>> RunScheduledJobNowAsync(string scheduledJobId, string? ifMatch, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Action(PathOf("/scheduledJobs/{0}/actions/runNow", scheduledJobId), null, ifMatch, opcRetryToken, cancellationToken);

    // Work requests (the SDK's WorkRequestClient). They form trees: parentId and childrenId; a group action has a child
    // per instance, and children live in each instance's compartment.

    public Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Get<WorkRequest>(Query(PathOf("/workRequests/{0}", workRequestId)), cancellationToken);

    public IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(ListWorkRequestsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestSummary>(Query(PathOf("/workRequests"), request), cancellationToken);

    public IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(ListWorkRequestErrorsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestError>(Query(PathOf("/workRequests/{0}/errors", request.WorkRequestId), request, nameof(request.WorkRequestId)), cancellationToken);

    public IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(ListWorkRequestLogsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestLogEntry>(Query(PathOf("/workRequests/{0}/logs", request.WorkRequestId), request, nameof(request.WorkRequestId)), cancellationToken);

    public Task<OciResponse<OciEmpty>> RerunWorkRequestAsync(string workRequestId, RerunWorkRequestDetails? details, string? ifMatch, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Action(PathOf("/workRequests/{0}/actions/rerun", workRequestId), details, ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Counts over the instances a filter selects, one item per metric asked (a managed instance analytic collection).</summary>
    public IAsyncEnumerable<ManagedInstanceAnalyticSummary> SummarizeManagedInstanceAnalyticsAsync(SummarizeManagedInstanceAnalyticsRequest request,
        CancellationToken cancellationToken) =>
        List<ManagedInstanceAnalyticSummary>(Query(PathOf("/managedInstanceAnalytics"), request), cancellationToken);

    // Hub's lists wrap each page's items: {"items": [...]}.
    private IAsyncEnumerable<T> List<T>(OciQuery query, CancellationToken cancellationToken) =>
        Pipeline.ListAsync<ItemCollection<T>, T>(Endpoint, query, page => page.Items, cancellationToken);
}

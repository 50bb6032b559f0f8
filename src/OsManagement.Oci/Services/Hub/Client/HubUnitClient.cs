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
/// OS Management Hub's units, API 20220901: the operations on groups one manages (the SDK's ManagedInstanceGroupClient),
/// lifecycle environments and stages (LifecycleEnvironmentClient) and dynamic sets (DynamicSetClient) the engine uses,
/// each named after its SDK operation. Beside <see cref="HubClient"/> on the same pipeline; lists unwrap
/// <c>{"items": [...]}</c>, actions return their work request in <see cref="OciResponse{T}.OpcWorkRequestId"/>.
/// </summary>
internal sealed class HubUnitClient : ServiceClient
{
    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host (the registry's <c>ServiceRegistry.Hub.EndpointFor</c>).</param>
    public HubUnitClient(OciHttpPipeline pipeline, Uri endpoint)
        : base(pipeline, endpoint, ServiceRegistry.Hub.ApiVersion)
    {
    }

    // Groups one manages (ManagedInstanceGroupClient).

    public Task<OciResponse<ManagedInstanceGroup>> CreateManagedInstanceGroupAsync(CreateManagedInstanceGroupDetails details, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Send<ManagedInstanceGroup>(HttpMethod.Post, PathOf("/managedInstanceGroups"), Required(details, nameof(details)), null, opcRetryToken, cancellationToken);

    public Task<OciResponse<ManagedInstanceGroup>> UpdateManagedInstanceGroupAsync(string managedInstanceGroupId, UpdateManagedInstanceGroupDetails details,
        string? ifMatch, CancellationToken cancellationToken) =>
        Send<ManagedInstanceGroup>(HttpMethod.Put, PathOf("/managedInstanceGroups/{0}", managedInstanceGroupId), Required(details, nameof(details)), ifMatch,
            null, cancellationToken);

    public Task<OciResponse<OciEmpty>> DeleteManagedInstanceGroupAsync(string managedInstanceGroupId, string? ifMatch, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Delete, PathOf("/managedInstanceGroups/{0}", managedInstanceGroupId), null, ifMatch, null, cancellationToken);

    /// <summary>Attaches instances; answers with the work request that attaches them.</summary>
    public Task<OciResponse<OciEmpty>> AttachManagedInstancesToManagedInstanceGroupAsync(string managedInstanceGroupId,
        AttachManagedInstancesToManagedInstanceGroupDetails details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/attachManagedInstances", managedInstanceGroupId), Required(details, nameof(details)), ifMatch,
            opcRetryToken, cancellationToken);

    /// <summary>Detaches instances at once (no work request).</summary>
    public Task<OciResponse<OciEmpty>> DetachManagedInstancesFromManagedInstanceGroupAsync(string managedInstanceGroupId,
        DetachManagedInstancesFromManagedInstanceGroupDetails details, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/detachManagedInstances", managedInstanceGroupId), Required(details, nameof(details)), ifMatch,
            opcRetryToken, cancellationToken);

    // Lifecycle environments and stages (LifecycleEnvironmentClient).

    public Task<OciResponse<LifecycleEnvironment>> GetLifecycleEnvironmentAsync(string lifecycleEnvironmentId, CancellationToken cancellationToken) =>
        Get<LifecycleEnvironment>(Query(PathOf("/lifecycleEnvironments/{0}", lifecycleEnvironmentId)), cancellationToken);

    public IAsyncEnumerable<LifecycleEnvironmentSummary> ListLifecycleEnvironmentsAsync(ListLifecycleEnvironmentsRequest request, CancellationToken cancellationToken) =>
        List<LifecycleEnvironmentSummary>(Query(PathOf("/lifecycleEnvironments"), request), cancellationToken);

    public Task<OciResponse<LifecycleStage>> GetLifecycleStageAsync(string lifecycleStageId, CancellationToken cancellationToken) =>
        Get<LifecycleStage>(Query(PathOf("/lifecycleStages/{0}", lifecycleStageId)), cancellationToken);

    public IAsyncEnumerable<LifecycleStageSummary> ListLifecycleStagesAsync(ListLifecycleStagesRequest request, CancellationToken cancellationToken) =>
        List<LifecycleStageSummary>(Query(PathOf("/lifecycleStages"), request), cancellationToken);

    /// <summary>
    /// Promotes <paramref name="softwareSourceId"/> (the first stage), or else the previous stage's content; details (the
    /// work request's name) may be null: no body, as Oracle's SDKs send an empty one.
    /// </summary>
    public Task<OciResponse<OciEmpty>> PromoteSoftwareSourceToLifecycleStageAsync(string lifecycleStageId, PromoteSoftwareSourceToLifecycleStageDetails? details,
        string? softwareSourceId, string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(new OciQuery(PathOf("/lifecycleStages/{0}/actions/promoteSoftwareSource", lifecycleStageId)).Add("softwareSourceId", softwareSourceId).ToString(),
            details, ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> AttachManagedInstancesToLifecycleStageAsync(string lifecycleStageId,
        AttachManagedInstancesToLifecycleStageDetails details, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/lifecycleStages/{0}/actions/attachManagedInstances", lifecycleStageId), Required(details, nameof(details)), null, opcRetryToken,
            cancellationToken);

    public Task<OciResponse<OciEmpty>> DetachManagedInstancesFromLifecycleStageAsync(string lifecycleStageId,
        DetachManagedInstancesFromLifecycleStageDetails details, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/lifecycleStages/{0}/actions/detachManagedInstances", lifecycleStageId), Required(details, nameof(details)), null, opcRetryToken,
            cancellationToken);

    /// <summary>Reboots every member of the stage; details may be null (the service's defaults).</summary>
    public Task<OciResponse<OciEmpty>> RebootLifecycleStageAsync(string lifecycleStageId, RebootLifecycleStageDetails? details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/lifecycleStages/{0}/actions/reboot", lifecycleStageId), details, ifMatch, opcRetryToken, cancellationToken);

    // Dynamic sets (DynamicSetClient).

    public Task<OciResponse<DynamicSet>> GetDynamicSetAsync(string dynamicSetId, CancellationToken cancellationToken) =>
        Get<DynamicSet>(Query(PathOf("/dynamicSets/{0}", dynamicSetId)), cancellationToken);

    public IAsyncEnumerable<DynamicSetSummary> ListDynamicSetsAsync(ListDynamicSetsRequest request, CancellationToken cancellationToken) =>
        List<DynamicSetSummary>(Query(PathOf("/dynamicSets"), request), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesInDynamicSetAsync(ListManagedInstancesInDynamicSetRequest request,
        CancellationToken cancellationToken) =>
        List<ManagedInstanceSummary>(Query(PathOf("/dynamicSets/{0}/managedInstances", request.DynamicSetId), request, nameof(request.DynamicSetId)),
            cancellationToken);

    public Task<OciResponse<OciEmpty>> UpdatePackagesOnDynamicSetAsync(string dynamicSetId, UpdatePackagesOnDynamicSetDetails details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/dynamicSets/{0}/actions/updatePackages", dynamicSetId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackagesOnDynamicSetAsync(string dynamicSetId, InstallPackagesOnDynamicSetDetails details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/dynamicSets/{0}/actions/installPackages", dynamicSetId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackagesFromDynamicSetAsync(string dynamicSetId, RemovePackagesFromDynamicSetDetails details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/dynamicSets/{0}/actions/removePackages", dynamicSetId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Reboots the set's members (or those named); details may be null (the service's defaults).</summary>
    public Task<OciResponse<OciEmpty>> RebootDynamicSetAsync(string dynamicSetId, RebootDynamicSetDetails? details, string? ifMatch,
        string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/dynamicSets/{0}/actions/reboot", dynamicSetId), details, ifMatch, opcRetryToken, cancellationToken);

    // Hub's lists wrap each page's items: {"items": [...]}.
    private IAsyncEnumerable<T> List<T>(OciQuery query, CancellationToken cancellationToken) =>
        Pipeline.ListAsync<ItemCollection<T>, T>(Endpoint, query, page => page.Items, cancellationToken);
}

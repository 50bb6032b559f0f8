using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

// Managed instances (the SDK's ManagedInstanceClient) and their analytics (ReportingManagedInstanceClient).
internal sealed partial class HubClient
{
    public Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Get<ManagedInstance>(new OciQuery(PathOf("/managedInstances/{0}", managedInstanceId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(ListManagedInstancesRequest request, CancellationToken cancellationToken) =>
        List<ManagedInstanceSummary>(ManagedInstancesQuery(request), cancellationToken);

    /// <summary>One page of ListManagedInstances, with <see cref="OciResponse{T}.TotalItems"/> (opc-total-items): how many instances match in all.</summary>
    public Task<OciResponse<ItemCollection<ManagedInstanceSummary>>> ListManagedInstancesPageAsync(ListManagedInstancesRequest request, string? page,
        CancellationToken cancellationToken) =>
        _pipeline.SendAsync<ItemCollection<ManagedInstanceSummary>>(HttpMethod.Get, Endpoint, ManagedInstancesQuery(request).WithPage(page), null, null, null,
            cancellationToken);

    public IAsyncEnumerable<UpdatablePackageSummary> ListManagedInstanceUpdatablePackagesAsync(ListManagedInstanceUpdatablePackagesRequest request,
        CancellationToken cancellationToken) =>
        List<UpdatablePackageSummary>(new OciQuery(PathOf("/managedInstances/{0}/updatablePackages", request.ManagedInstanceId))
            .Add("classificationType", request.ClassificationType)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("advisoryName", request.AdvisoryName)
            .Add("advisorySeverity", request.AdvisorySeverity)
            .Add("compartmentId", request.CompartmentId)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceErratumSummary> ListManagedInstanceErrataAsync(ListManagedInstanceErrataRequest request, CancellationToken cancellationToken) =>
        List<ManagedInstanceErratumSummary>(new OciQuery(PathOf("/managedInstances/{0}/errata", request.ManagedInstanceId))
            .Add("classificationType", request.ClassificationType)
            .Add("name", request.Name)
            .Add("nameContains", request.NameContains)
            .Add("compartmentId", request.CompartmentId)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    public IAsyncEnumerable<AvailableWindowsUpdateSummary> ListManagedInstanceAvailableWindowsUpdatesAsync(ListManagedInstanceAvailableWindowsUpdatesRequest request,
        CancellationToken cancellationToken) =>
        List<AvailableWindowsUpdateSummary>(new OciQuery(PathOf("/managedInstances/{0}/availableWindowsUpdates", request.ManagedInstanceId))
            .Add("classificationType", request.ClassificationType)
            .Add("name", request.Name)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("isInstallable", request.IsInstallable)
            .Add("compartmentId", request.CompartmentId)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    /// <summary>The counts named by <see cref="SummarizeManagedInstanceAnalyticsRequest.MetricNames"/> over the instances in scope, one item per metric (and dimension).</summary>
    public IAsyncEnumerable<ManagedInstanceAnalyticSummary> SummarizeManagedInstanceAnalyticsAsync(SummarizeManagedInstanceAnalyticsRequest request,
        CancellationToken cancellationToken)
    {
        if (request.MetricNames is null || request.MetricNames.Count == 0)
        {
            throw new ArgumentException("SummarizeManagedInstanceAnalytics needs at least one metric name, e.g. MetricName.TotalInstanceCount.", nameof(request));
        }
        return List<ManagedInstanceAnalyticSummary>(new OciQuery(Version + "/managedInstanceAnalytics")
            .Add("metricNames", request.MetricNames)
            .Add("compartmentId", request.CompartmentId)
            .Add("compartmentIdInSubtree", request.CompartmentIdInSubtree)
            .Add("managedInstanceGroupId", request.ManagedInstanceGroupId)
            .Add("dynamicSetId", request.DynamicSetId)
            .Add("lifecycleEnvironmentId", request.LifecycleEnvironmentId)
            .Add("lifecycleStageId", request.LifecycleStageId)
            .Add("status", request.Status)
            .Add("location", request.Location)
            .Add("locationNotEqualTo", request.LocationNotEqualTo)
            .Add("osFamily", request.OsFamily)
            .Add("isManagedByAutonomousLinux", request.IsManagedByAutonomousLinux)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("limit", request.Limit)
            .Add("sortBy", request.SortBy)
            .Add("sortOrder", request.SortOrder), cancellationToken);
    }

    // Actions on one instance. Each answers with no body and the work request it created (opc-work-request-id).

    /// <summary>Updates the named packages, or every package of the given update types.</summary>
    public Task<OciResponse<OciEmpty>> UpdatePackagesOnManagedInstanceAsync(string managedInstanceId, UpdatePackagesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/updatePackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackagesOnManagedInstanceAsync(string managedInstanceId, InstallPackagesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/installPackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackagesFromManagedInstanceAsync(string managedInstanceId, RemovePackagesFromManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/removePackages", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Installs the named Windows updates (windowsUpdateName: Microsoft's update ids), or every update of the given types.</summary>
    public Task<OciResponse<OciEmpty>> InstallWindowsUpdatesOnManagedInstanceAsync(string managedInstanceId, InstallWindowsUpdatesOnManagedInstanceDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/installWindowsUpdates", managedInstanceId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Reboots the instance; details (the reboot timeout, the work request's name) may be null: no body, the service's defaults.</summary>
    public Task<OciResponse<OciEmpty>> RebootManagedInstanceAsync(string managedInstanceId, RebootManagedInstanceDetails? details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstances/{0}/actions/reboot", managedInstanceId), details, ifMatch, opcRetryToken, cancellationToken);

    // Actions on every standalone instance of a compartment (instances in a group are left to the group).

    public Task<OciResponse<OciEmpty>> UpdateAllPackagesOnManagedInstancesInCompartmentAsync(UpdateAllPackagesOnManagedInstancesInCompartmentDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(Version + "/managedInstances/actions/updatePackages", Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallAllWindowsUpdatesOnManagedInstancesInCompartmentAsync(InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(Version + "/managedInstances/actions/installWindowsUpdates", Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    private static OciQuery ManagedInstancesQuery(ListManagedInstancesRequest request) =>
        new OciQuery(Version + "/managedInstances")
            .Add("compartmentId", request.CompartmentId)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("managedInstanceId", request.ManagedInstanceId)
            .Add("status", request.Status)
            .Add("archType", request.ArchType)
            .Add("osFamily", request.OsFamily)
            .Add("isManagementStation", request.IsManagementStation)
            .Add("group", request.Group)
            .Add("groupNotEqualTo", request.GroupNotEqualTo)
            .Add("lifecycleStage", request.LifecycleStage)
            .Add("lifecycleStageNotEqualTo", request.LifecycleStageNotEqualTo)
            .Add("isAttachedToGroupOrLifecycleStage", request.IsAttachedToGroupOrLifecycleStage)
            .Add("softwareSourceId", request.SoftwareSourceId)
            .Add("advisoryName", request.AdvisoryName)
            .Add("lifecycleEnvironment", request.LifecycleEnvironment)
            .Add("lifecycleEnvironmentNotEqualTo", request.LifecycleEnvironmentNotEqualTo)
            .Add("location", request.Location)
            .Add("locationNotEqualTo", request.LocationNotEqualTo)
            .Add("profile", request.Profile)
            .Add("profileNotEqualTo", request.ProfileNotEqualTo)
            .Add("isProfileAttached", request.IsProfileAttached)
            .Add("isManagedByAutonomousLinux", request.IsManagedByAutonomousLinux)
            .Add("agentVersion", request.AgentVersion)
            .Add("managementStation", request.ManagementStation)
            .Add("managementStationNotEqualTo", request.ManagementStationNotEqualTo)
            .Add("isRebootRequired", request.IsRebootRequired)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy);
}

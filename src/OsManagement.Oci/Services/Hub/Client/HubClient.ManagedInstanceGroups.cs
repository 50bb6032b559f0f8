using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

// Managed instance groups (the SDK's ManagedInstanceGroupClient).
internal sealed partial class HubClient
{
    public Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string managedInstanceGroupId, CancellationToken cancellationToken) =>
        Get<ManagedInstanceGroup>(new OciQuery(PathOf("/managedInstanceGroups/{0}", managedInstanceGroupId)), cancellationToken);

    public IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(ListManagedInstanceGroupsRequest request, CancellationToken cancellationToken) =>
        List<ManagedInstanceGroupSummary>(new OciQuery(Version + "/managedInstanceGroups")
            .Add("compartmentId", request.CompartmentId)
            .Add("managedInstanceGroupId", request.ManagedInstanceGroupId)
            .Add("softwareSourceId", request.SoftwareSourceId)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("archType", request.ArchType)
            .Add("osFamily", request.OsFamily)
            .Add("limit", request.Limit)
            .Add("lifecycleState", request.LifecycleState)
            .Add("location", request.Location)
            .Add("locationNotEqualTo", request.LocationNotEqualTo)
            .Add("isManagedByAutonomousLinux", request.IsManagedByAutonomousLinux)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    /// <summary>The group's members, as instance summaries.</summary>
    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstanceGroupManagedInstancesAsync(ListManagedInstanceGroupManagedInstancesRequest request,
        CancellationToken cancellationToken) =>
        List<ManagedInstanceSummary>(new OciQuery(PathOf("/managedInstanceGroups/{0}/managedInstances", request.ManagedInstanceGroupId))
            .Add("managedInstanceId", request.ManagedInstanceId)
            .Add("compartmentIdInSubtree", request.CompartmentIdInSubtree)
            .Add("displayName", request.DisplayName)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("compartmentId", request.CompartmentId)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    // Actions on every member of a group: one parent work request (opc-work-request-id) with a child per instance.

    /// <summary>Updates the packages of the given types (none: all) on every member; details may be null: no body.</summary>
    public Task<OciResponse<OciEmpty>> UpdateAllPackagesOnManagedInstanceGroupAsync(string managedInstanceGroupId, UpdateAllPackagesOnManagedInstanceGroupDetails? details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/updateAllPackages", managedInstanceGroupId), details, ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> InstallPackagesOnManagedInstanceGroupAsync(string managedInstanceGroupId, InstallPackagesOnManagedInstanceGroupDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/installPackages", managedInstanceGroupId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    public Task<OciResponse<OciEmpty>> RemovePackagesFromManagedInstanceGroupAsync(string managedInstanceGroupId, RemovePackagesFromManagedInstanceGroupDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/removePackages", managedInstanceGroupId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Installs Windows updates by type on every member (a group takes types only, never update names).</summary>
    public Task<OciResponse<OciEmpty>> InstallWindowsUpdatesOnManagedInstanceGroupAsync(string managedInstanceGroupId, InstallWindowsUpdatesOnManagedInstanceGroupDetails details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/installWindowsUpdates", managedInstanceGroupId), Required(details, nameof(details)), ifMatch, opcRetryToken, cancellationToken);

    /// <summary>Reboots every member; details (the reboot timeout, the work request's name) may be null: no body.</summary>
    public Task<OciResponse<OciEmpty>> RebootManagedInstanceGroupAsync(string managedInstanceGroupId, RebootManagedInstanceGroupDetails? details,
        string? ifMatch, string? opcRetryToken, CancellationToken cancellationToken) =>
        Action(PathOf("/managedInstanceGroups/{0}/actions/reboot", managedInstanceGroupId), details, ifMatch, opcRetryToken, cancellationToken);
}

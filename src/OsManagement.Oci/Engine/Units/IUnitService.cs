using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The units a fleet is patched by beyond one instance: groups one manages, lifecycle environments and their stages,
/// dynamic sets. A service that has them (OS Management Hub) implements this beside <see cref="IOsmService"/>; callers
/// judge a request against <see cref="ServiceCapabilities"/> and the rules (<see cref="NewInstanceGroup.Validate"/>,
/// <see cref="UnitRules"/>) first, then reach it with <see cref="UnitServices.Units"/>. Actions on a stage or a set
/// (reboots, updates) are <see cref="ImmediateAction"/>s, started by <see cref="IOsmService.StartActionAsync"/>.
/// </summary>
public interface IUnitService
{
    // Groups one manages

    /// <summary>Creates a group that has no problems (<see cref="NewInstanceGroup.Validate"/>), with its first members; returns it in full.</summary>
    Task<InstanceGroupRecord> CreateGroupAsync(NewInstanceGroup group, CancellationToken cancellationToken);

    /// <summary>Renames or redescribes a group; with <paramref name="etag"/>, only if it is as read (else <see cref="ChangedSinceReadException"/>).</summary>
    Task<InstanceGroupRecord> UpdateGroupAsync(string groupId, string? displayName, string? description, string? etag, CancellationToken cancellationToken);

    /// <summary>Deletes a group (its members first detached by the caller).</summary>
    Task DeleteGroupAsync(string groupId, string? etag, CancellationToken cancellationToken);

    /// <summary>Attaches instances to a group; returns the work request that attaches them.</summary>
    Task<string> AttachToGroupAsync(string groupId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken);

    /// <summary>Detaches instances from a group (the service does it at once: no work request).</summary>
    Task DetachFromGroupAsync(string groupId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken);

    // Lifecycle environments and stages

    /// <summary>A lifecycle environment in full: its stages by rank, with their members.</summary>
    Task<LifecycleEnvironmentRecord> GetLifecycleEnvironmentAsync(string lifecycleEnvironmentId, CancellationToken cancellationToken);

    /// <summary>The lifecycle environments of one compartment (summaries: stages without members), oldest first.</summary>
    IAsyncEnumerable<LifecycleEnvironmentRecord> ListLifecycleEnvironmentsAsync(string compartmentId, CancellationToken cancellationToken);

    /// <summary>A lifecycle stage in full, with its members' names.</summary>
    Task<LifecycleStageRecord> GetLifecycleStageAsync(string lifecycleStageId, CancellationToken cancellationToken);

    /// <summary>The lifecycle stages of one compartment, oldest first.</summary>
    IAsyncEnumerable<LifecycleStageRecord> ListLifecycleStagesAsync(string compartmentId, CancellationToken cancellationToken);

    /// <summary>
    /// Promotes content into a stage: <paramref name="softwareSourceId"/> (a versioned software source; needed for the
    /// first stage), or else the previous stage's. Returns the work request that promotes it.
    /// </summary>
    Task<string> PromoteAsync(string lifecycleStageId, string? softwareSourceId, CancellationToken cancellationToken);

    /// <summary>Attaches instances to a stage; returns the work request that attaches them.</summary>
    Task<string> AttachToStageAsync(string lifecycleStageId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken);

    /// <summary>Detaches instances from a stage; returns the work request that detaches them.</summary>
    Task<string> DetachFromStageAsync(string lifecycleStageId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken);

    // Dynamic sets

    /// <summary>A dynamic set in full, with its rule.</summary>
    Task<DynamicSetRecord> GetDynamicSetAsync(string dynamicSetId, CancellationToken cancellationToken);

    /// <summary>The dynamic sets of one compartment (summaries), oldest first.</summary>
    IAsyncEnumerable<DynamicSetRecord> ListDynamicSetsAsync(string compartmentId, CancellationToken cancellationToken);

    /// <summary>The instances a dynamic set's rule matches now (summaries), oldest first.</summary>
    IAsyncEnumerable<ManagedInstanceRecord> ListDynamicSetMembersAsync(string dynamicSetId, CancellationToken cancellationToken);
}

/// <summary>How a caller reaches a service's units.</summary>
public static class UnitServices
{
    /// <summary>
    /// The units of <paramref name="service"/>. Callers have judged the request against its capabilities first, so a
    /// service without them is a mistake in the caller.
    /// </summary>
    /// <exception cref="NotSupportedException">The service has no units.</exception>
    public static IUnitService Units(this IOsmService service) =>
        service as IUnitService ?? throw new NotSupportedException($"{service.Capabilities.ServiceName} has no groups to manage, lifecycle stages or dynamic sets.");
}

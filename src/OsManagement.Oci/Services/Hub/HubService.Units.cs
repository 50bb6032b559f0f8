using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Services.Hub.Models;
using OsFamily = OsManagement.Oci.Engine.OsFamily;
using static OsManagement.Oci.Services.Hub.HubVocabulary;

namespace OsManagement.Oci.Services.Hub;

/// <summary>
/// The units of OS Management Hub (<see cref="IUnitService"/>) on <see cref="HubUnitClient"/>, beside the rest of the
/// service: groups one manages, lifecycle environments and stages, dynamic sets, and actions on stages and sets. Hub
/// has no immediate update for a lifecycle stage: such an action is a one-time job due now (what the console's "run
/// now" makes), and its work request is the one the job starts.
/// </summary>
internal sealed partial class HubService : IUnitService
{
    /// <summary>How long a job due now may take to start its work request before the action is reported as not started.</summary>
    internal static TimeSpan JobStartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a job due now is read to find its work request.</summary>
    internal static TimeSpan JobStartPoll { get; set; } = TimeSpan.FromSeconds(2);

    private HubUnitClient? _units;

    private HubUnitClient UnitClient => _units ??= new HubUnitClient(_client.SharedPipeline, _client.Endpoint);

    /// <inheritdoc />
    public Task<InstanceGroupRecord> CreateGroupAsync(NewInstanceGroup group, CancellationToken cancellationToken)
    {
        var os = group.EffectiveOsFamilyDetail ?? throw new ArgumentException("A group needs the OS its members run.", nameof(group));
        var details = new CreateManagedInstanceGroupDetails
        {
            CompartmentId = group.CompartmentId,
            DisplayName = group.DisplayName,
            Description = group.Description,
            OsFamily = os,
            ArchType = group.EffectiveArchitecture,
            VendorName = Families.FromWire(os).Value == OsFamily.Windows ? VendorName.Microsoft : VendorName.Oracle,
            Location = group.EffectiveLocation,
            ManagedInstanceIds = group.Members.Count > 0 ? group.Members.Select(m => m.Id).ToList() : null,
        };
        return ReadWithETag(() => UnitClient.CreateManagedInstanceGroupAsync(details, NewRetryToken(), cancellationToken), GroupWithETag);
    }

    /// <inheritdoc />
    public Task<InstanceGroupRecord> UpdateGroupAsync(string groupId, string? displayName, string? description, string? etag, CancellationToken cancellationToken) =>
        ReadWithETag(() => UnitClient.UpdateManagedInstanceGroupAsync(groupId,
            new UpdateManagedInstanceGroupDetails { DisplayName = displayName, Description = description }, etag, cancellationToken), GroupWithETag);

    /// <inheritdoc />
    public Task DeleteGroupAsync(string groupId, string? etag, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => UnitClient.DeleteManagedInstanceGroupAsync(groupId, etag, cancellationToken));

    /// <inheritdoc />
    public Task<string> AttachToGroupAsync(string groupId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken) =>
        StartAsync(token => UnitClient.AttachManagedInstancesToManagedInstanceGroupAsync(groupId,
            new AttachManagedInstancesToManagedInstanceGroupDetails { ManagedInstances = managedInstanceIds.ToList() }, null, token, cancellationToken));

    /// <inheritdoc />
    public Task DetachFromGroupAsync(string groupId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => UnitClient.DetachManagedInstancesFromManagedInstanceGroupAsync(groupId,
            new DetachManagedInstancesFromManagedInstanceGroupDetails { ManagedInstances = managedInstanceIds.ToList() }, null, NewRetryToken(),
            cancellationToken));

    /// <inheritdoc />
    public Task<LifecycleEnvironmentRecord> GetLifecycleEnvironmentAsync(string lifecycleEnvironmentId, CancellationToken cancellationToken) =>
        Read(() => UnitClient.GetLifecycleEnvironmentAsync(lifecycleEnvironmentId, cancellationToken), HubUnitRecords.Environment);

    /// <inheritdoc />
    public IAsyncEnumerable<LifecycleEnvironmentRecord> ListLifecycleEnvironmentsAsync(string compartmentId, CancellationToken cancellationToken) =>
        List(UnitClient.ListLifecycleEnvironmentsAsync(new ListLifecycleEnvironmentsRequest { CompartmentId = compartmentId }.OldestFirst(), cancellationToken),
            HubUnitRecords.Environment, cancellationToken);

    /// <inheritdoc />
    public Task<LifecycleStageRecord> GetLifecycleStageAsync(string lifecycleStageId, CancellationToken cancellationToken) =>
        ReadWithETag(() => UnitClient.GetLifecycleStageAsync(lifecycleStageId, cancellationToken), (stage, etag) => HubUnitRecords.Stage(stage, etag));

    /// <inheritdoc />
    public IAsyncEnumerable<LifecycleStageRecord> ListLifecycleStagesAsync(string compartmentId, CancellationToken cancellationToken) =>
        List(UnitClient.ListLifecycleStagesAsync(new ListLifecycleStagesRequest { CompartmentId = compartmentId }.OldestFirst(), cancellationToken),
            HubUnitRecords.Stage, cancellationToken);

    /// <inheritdoc />
    public Task<string> PromoteAsync(string lifecycleStageId, string? softwareSourceId, CancellationToken cancellationToken) =>
        StartAsync(token => UnitClient.PromoteSoftwareSourceToLifecycleStageAsync(lifecycleStageId, null, softwareSourceId, null, token, cancellationToken));

    /// <inheritdoc />
    public Task<string> AttachToStageAsync(string lifecycleStageId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken) =>
        StartAsync(token => UnitClient.AttachManagedInstancesToLifecycleStageAsync(lifecycleStageId, new AttachManagedInstancesToLifecycleStageDetails
        {
            ManagedInstanceDetails = new ManagedInstancesDetails { ManagedInstances = managedInstanceIds.ToList() },
        }, token, cancellationToken));

    /// <inheritdoc />
    public Task<string> DetachFromStageAsync(string lifecycleStageId, IReadOnlyCollection<string> managedInstanceIds, CancellationToken cancellationToken) =>
        StartAsync(token => UnitClient.DetachManagedInstancesFromLifecycleStageAsync(lifecycleStageId, new DetachManagedInstancesFromLifecycleStageDetails
        {
            ManagedInstanceDetails = new ManagedInstancesDetails { ManagedInstances = managedInstanceIds.ToList() },
        }, token, cancellationToken));

    /// <inheritdoc />
    public Task<DynamicSetRecord> GetDynamicSetAsync(string dynamicSetId, CancellationToken cancellationToken) =>
        Read(() => UnitClient.GetDynamicSetAsync(dynamicSetId, cancellationToken), HubUnitRecords.Set);

    /// <inheritdoc />
    public IAsyncEnumerable<DynamicSetRecord> ListDynamicSetsAsync(string compartmentId, CancellationToken cancellationToken) =>
        List(UnitClient.ListDynamicSetsAsync(new ListDynamicSetsRequest { CompartmentId = compartmentId }.OldestFirst(), cancellationToken),
            HubUnitRecords.Set, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ManagedInstanceRecord> ListDynamicSetMembersAsync(string dynamicSetId, CancellationToken cancellationToken) =>
        List(UnitClient.ListManagedInstancesInDynamicSetAsync(new ListManagedInstancesInDynamicSetRequest { DynamicSetId = dynamicSetId }.OldestFirst(),
            cancellationToken), HubRecords.Instance, cancellationToken);

    /// <summary>An action on a lifecycle stage or a dynamic set.</summary>
    private Task<string> StartOnUnitAsync(ImmediateAction action, CancellationToken cancellationToken)
    {
        var id = action.TargetId;
        var names = action.Names.Count > 0 ? action.Names.ToList() : null;
        return (action.TargetKind, action.Operation) switch
        {
            (ActionTargetKind.LifecycleStage, JobOperation.Reboot) => StartAsync(token => UnitClient.RebootLifecycleStageAsync(id,
                action.RebootTimeoutInMinutes is { } minutes ? new RebootLifecycleStageDetails { RebootTimeoutInMins = minutes } : null, null, token,
                cancellationToken)),
            (ActionTargetKind.DynamicSet, JobOperation.Reboot) => StartAsync(token => UnitClient.RebootDynamicSetAsync(id,
                action.RebootTimeoutInMinutes is { } minutes ? new RebootDynamicSetDetails { RebootTimeoutInMins = minutes } : null, null, token,
                cancellationToken)),
            (ActionTargetKind.DynamicSet, JobOperation.UpdateAll) => StartAsync(token => UnitClient.UpdatePackagesOnDynamicSetAsync(id,
                new UpdatePackagesOnDynamicSetDetails { UpdateTypes = PackageKinds.WiresOf(action.UpdateKind).ToList() }, null, token, cancellationToken)),
            (ActionTargetKind.DynamicSet, JobOperation.Install) => StartAsync(token => UnitClient.InstallPackagesOnDynamicSetAsync(id,
                new InstallPackagesOnDynamicSetDetails { PackageNames = names }, null, token, cancellationToken)),
            (ActionTargetKind.DynamicSet, JobOperation.Remove) => StartAsync(token => UnitClient.RemovePackagesFromDynamicSetAsync(id,
                new RemovePackagesFromDynamicSetDetails { PackageNames = names }, null, token, cancellationToken)),
            (ActionTargetKind.LifecycleStage, JobOperation.UpdateAll or JobOperation.Install or JobOperation.Remove or JobOperation.Update) =>
                RunOnStageNowAsync(action, cancellationToken),
            _ => throw new NotSupportedException($"{Capabilities.ServiceName} cannot {action.Operation} on a {action.TargetKind}."),
        };
    }

    /// <summary>
    /// Hub acts on a stage's members by a job only: a one-time job due now on the stage, and the work request it starts
    /// (read from the job until it has one).
    /// </summary>
    private async Task<string> RunOnStageNowAsync(ImmediateAction action, CancellationToken cancellationToken)
    {
        var stage = await GetLifecycleStageAsync(action.TargetId, cancellationToken).ConfigureAwait(false);
        var details = new CreateScheduledJobDetails
        {
            CompartmentId = stage.CompartmentId,
            DisplayName = $"{action.Operation} on lifecycle stage {stage.DisplayName}",
            Description = "Run now by OsManagement: OS Management Hub acts on a lifecycle stage's members by a job.",
            ScheduleType = ScheduleKinds.ToWire(ScheduleKind.OneTime),
            TimeNextExecution = DateTimeOffset.UtcNow,
            LifecycleStageIds = new List<string> { stage.Id },
            Operations = JobOperations(action.Operation, action.Operation == JobOperation.UpdateAll ? action.UpdateKind : null, OsFamily.Linux,
                action.Names, Array.Empty<string>()),
        };
        var job = await ReadWithETag(() => _client.CreateScheduledJobAsync(details, NewRetryToken(), cancellationToken), HubRecords.Job).ConfigureAwait(false);
        var deadline = DateTimeOffset.UtcNow + JobStartTimeout;
        while (true)
        {
            if (job.WorkRequestIds.FirstOrDefault() is { } started)
            {
                return started;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Scheduled job {job.DisplayName} ({job.Id}) was made to run now on lifecycle stage {stage.DisplayName} but started no work request within {JobStartTimeout}. Follow it with Get-OsmScheduledJob -Id {job.Id}.");
            }
            await Task.Delay(JobStartPoll, cancellationToken).ConfigureAwait(false);
            job = await ReadWithETag(() => _client.GetScheduledJobAsync(job.Id, cancellationToken), HubRecords.Job).ConfigureAwait(false);
        }
    }

    private static InstanceGroupRecord GroupWithETag(ManagedInstanceGroup group, string? etag)
    {
        var record = HubRecords.Group(group);
        record.ETag = etag;
        return record;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using Recurrence = OsManagement.Oci.Engine.Recurrence;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Classic.Models;
using static OsManagement.Oci.Services.Classic.ClassicVocabulary;

namespace OsManagement.Oci.Services.Classic;

/// <summary>
/// <see cref="IOsmService"/> on the retired OS Management service, API 20190801 (<see cref="ClassicClient"/>).
/// It has none of the <see cref="ServiceFeature"/>s: an interval is the only recurrence it knows, instances and groups
/// the only targets, and its work requests have no tree to follow.
/// </summary>
internal sealed class ClassicService : ServiceBase, IOsmService
{
    private readonly ClassicClient _client;

    /// <summary>The service behind <paramref name="client"/>, with compartments from <paramref name="identity"/>.</summary>
    public ClassicService(ClassicClient client, IdentityClient identity)
        : base(identity) => _client = client;

    /// <inheritdoc />
    public ServiceCapabilities Capabilities => ServiceRegistry.Classic.Capabilities;

    /// <inheritdoc />
    public Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Read(() => _client.GetManagedInstanceAsync(managedInstanceId, cancellationToken), ClassicRecords.Instance);

    /// <inheritdoc />
    public IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily, CancellationToken cancellationToken) =>
        List(_client.ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = compartmentId,
            OsFamily = Families.ToWire(osFamily) }.OldestFirst(),
            cancellationToken), ClassicRecords.Instance, cancellationToken);

    /// <inheritdoc />
    public Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
        Read(() => _client.GetManagedInstanceGroupAsync(groupId, cancellationToken), ClassicRecords.Group);

    /// <inheritdoc />
    public IAsyncEnumerable<InstanceGroupRecord> ListManagedInstanceGroupsAsync(string compartmentId, CancellationToken cancellationToken) =>
        List(_client.ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest { CompartmentId = compartmentId }.OldestFirst(), cancellationToken),
            ClassicRecords.Group, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily, CancellationToken cancellationToken) =>
        osFamily == OsFamily.Windows
            ? List(_client.ListAvailableWindowsUpdatesForManagedInstanceAsync(
                new ListAvailableWindowsUpdatesForManagedInstanceRequest { ManagedInstanceId = managedInstanceId }, cancellationToken),
                    ClassicRecords.Update, cancellationToken)
            : List(_client.ListAvailableUpdatesForManagedInstanceAsync(
                new ListAvailableUpdatesForManagedInstanceRequest { ManagedInstanceId = managedInstanceId }, cancellationToken),
                    ClassicRecords.Update, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The retired service lists no instances by advisory: each instance with updates is read.</remarks>
    public Task<AffectedInstanceFinder?> FindAffectedInstancesAsync(IReadOnlyCollection<UpdateKind> kinds, CancellationToken cancellationToken) =>
        Task.FromResult<AffectedInstanceFinder?>(null);

    /// <inheritdoc />
    /// <remarks>The retired service keeps no analytics.</remarks>
    public Task<IReadOnlyDictionary<InstanceMetric, long>> SummarizeInstancesAsync(InstanceAnalyticsQuery query, IReadOnlyCollection<InstanceMetric> metrics,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Capabilities.ServiceName} keeps no managed instance analytics.");

    /// <inheritdoc />
    /// <remarks>
    /// The retired service lists no advisories and no instances by advisory: each Linux instance's updates (with their CVEs
    /// and errata) are matched. Its Windows updates carry neither (AvailableWindowsUpdateSummary), so no Windows instance
    /// can match: the finder names none, without a request.
    /// </remarks>
    public Task<Exposure> FindExposedInstancesAsync(ExposureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new Exposure(null, new AffectedInstanceFinder(OsFamily.Windows, (_, _) => Task.FromResult<IReadOnlyCollection<string>>(Array.Empty<string>())),
            null));

    /// <inheritdoc />
    /// <remarks>The retired service acts on one package or update per request: a work request per name.</remarks>
    public async IAsyncEnumerable<string> StartActionAsync(ImmediateAction action, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = action.TargetId;
        var windows = action.OsFamily == OsFamily.Windows;
        switch (action.TargetKind, action.Operation)
        {
            case (ActionTargetKind.Instance, JobOperation.UpdateAll):
                var kind = InstallKinds.ToWire(action.UpdateKind);
                yield return await StartAsync(token => windows
                    ? _client.InstallAllWindowsUpdatesOnManagedInstanceAsync(id, kind, token, cancellationToken)
                    : _client.InstallAllPackageUpdatesOnManagedInstanceAsync(id, kind, token, cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Group, JobOperation.UpdateAll):
                yield return await StartAsync(token =>
                    _client.InstallAllUpdatesOnManagedInstanceGroupAsync(id, InstallKinds.ToWire(action.UpdateKind), token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Update or JobOperation.Install or JobOperation.Remove):
                foreach (var name in action.Names)
                {
                    yield return await StartAsync(token => action.Operation switch
                    {
                        JobOperation.Update when windows => _client.InstallWindowsUpdateOnManagedInstanceAsync(id, name, token, cancellationToken),
                        JobOperation.Update => _client.InstallPackageUpdateOnManagedInstanceAsync(id, name, token, cancellationToken),
                        JobOperation.Install => _client.InstallPackageOnManagedInstanceAsync(id, name, token, cancellationToken),
                        _ => _client.RemovePackageFromManagedInstanceAsync(id, name, token, cancellationToken),
                    }).ConfigureAwait(false);
                }
                break;
            default:
                throw new NotSupportedException($"{Capabilities.ServiceName} cannot {action.Operation} on a {action.TargetKind}.");
        }
    }

    /// <inheritdoc />
    public async Task<ScheduledJobRecord> CreateScheduledJobAsync(NewScheduledJob job, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        var details = new CreateScheduledJobDetails
        {
            CompartmentId = job.CompartmentId,
            DisplayName = job.DisplayName,
            Description = job.Description,
            ScheduleType = ScheduleKinds.ToWire(schedule.Kind),
            TimeNextExecution = schedule.NextRun,
            IntervalType = IntervalType(schedule.Recurrence),
            IntervalValue = IntervalValue(schedule.Recurrence),
            OperationType = Operations.ToWire(job.Operation),
            // One updateType a job: several kinds are refused before this (ServiceFeature.SeveralUpdateKinds).
            UpdateType = job.Operation == JobOperation.UpdateAll ? InstallKinds.ToWire(OneKind(job.EffectiveUpdateKinds)) : null,
            PackageNames = job.PackageNames.Count > 0 ? job.PackageNames.Select(n => new PackageName { Name = n }).ToList() : null,
            UpdateNames = job.WindowsUpdateNames.Count > 0 ? job.WindowsUpdateNames.ToList() : null,
            OsFamily = Families.ToWire(job.OsFamily),
            FreeformTags = Tags(job.Tags),
        };
        // The retired API's Id names each target with its displayName (required in its SDK's declaration): a target
        // given by OCID alone is read for its name first.
        details.ManagedInstances = ClassicRecords.NamedIds(await NamedAsync(job.Instances, (id, t) => _client.GetManagedInstanceAsync(id, t),
            i => i.DisplayName, cancellationToken).ConfigureAwait(false));
        details.ManagedInstanceGroups = ClassicRecords.NamedIds(await NamedAsync(job.Groups, (id, t) => _client.GetManagedInstanceGroupAsync(id, t),
            g => g.DisplayName, cancellationToken).ConfigureAwait(false));
        return await ReadWithETag(() => _client.CreateScheduledJobAsync(details, NewRetryToken(), cancellationToken), ClassicRecords.Job).ConfigureAwait(false);
    }

    /// <summary>The targets, each with its display name (read, within the caller's fan-out, for one given by OCID alone).</summary>
    private static async Task<IReadOnlyList<ResourceRef>> NamedAsync<T>(IReadOnlyList<ResourceRef> targets,
        Func<string, CancellationToken, Task<OciResponse<T>>> read, Func<T, string?> nameOf, CancellationToken cancellationToken)
    {
        var reads = targets.Select(target => (Func<CancellationToken, Task<ResourceRef>>)(async t => target.DisplayName is not null
            ? target
            : new ResourceRef(target.Id, nameOf((await read(target.Id, t).ConfigureAwait(false)).Value)))).ToList();
        return reads.Count == 0 ? targets : await ServiceErrors.Call(() => FanOut.SpreadAsync(reads, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ScheduledJobRecord> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        ReadWithETag(() => _client.GetScheduledJobAsync(scheduledJobId, cancellationToken), ClassicRecords.Job);

    /// <inheritdoc />
    public IAsyncEnumerable<ScheduledJobRecord> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken)
    {
        // The retired service has no INACTIVE job (a one-time job that has run stays ACTIVE with no next run), so no job
        // is in that state: the answer is none, without a request, and a script that asks it runs unchanged on both.
        if (query.State is { } state && !JobStates.Has(state))
        {
            return None<ScheduledJobRecord>();
        }
        // All means jobs of both families, as on Hub. The retired service's osFamily=ALL names the family a job can have
        // (ALL), so it is not sent as a filter: no filter lists LINUX, WINDOWS and ALL jobs alike.
        var family = query.OsFamily == OsFamily.All ? null : Families.ToWire(query.OsFamily);
        var listed = query.RunningBefore is { } before
            ? _client.ListUpcomingScheduledJobsAsync(new ListUpcomingScheduledJobsRequest
            {
                CompartmentId = query.CompartmentId,
                TimeEnd = before,
                LifecycleState = JobStates.ToWire(query.State),
                OsFamily = family,
            }, cancellationToken)
            : _client.ListScheduledJobsAsync(new ListScheduledJobsRequest
            {
                CompartmentId = query.CompartmentId,
                ManagedInstanceId = query.ManagedInstanceId,
                ManagedInstanceGroupId = query.ManagedInstanceGroupId,
                OperationType = Operations.ToWire(query.Operation),
                LifecycleState = JobStates.ToWire(query.State),
                OsFamily = family,
            }.OldestFirst(), cancellationToken);
        return List(listed, ClassicRecords.Job, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ScheduledJobRecord> UpdateScheduledJobAsync(string scheduledJobId, ScheduledJobChange change, string? etag, CancellationToken cancellationToken)
    {
        var recurrence = change.Schedule.Recurrence;
        var details = new UpdateScheduledJobDetails
        {
            DisplayName = change.DisplayName,
            Description = change.Description,
            TimeNextExecution = change.Schedule.NextRun,
            ScheduleType = change.Once ? ScheduleKinds.ToWire(ScheduleKind.OneTime)
                : recurrence is null ? null : ScheduleKinds.ToWire(ScheduleKind.Recurring),
            IntervalType = IntervalType(recurrence),
            IntervalValue = IntervalValue(recurrence),
            PackageNames = change.PackageNames?.Select(n => new PackageName { Name = n }).ToList(),
            UpdateNames = change.WindowsUpdateNames?.ToList(),
            UpdateType = change.UpdateKinds is { } kinds ? InstallKinds.ToWire(OneKind(kinds.Distinct().ToList())) : null,
            FreeformTags = Tags(change.Tags),
        };
        return ReadWithETag(() => _client.UpdateScheduledJobAsync(scheduledJobId, details, etag, cancellationToken), ClassicRecords.Job);
    }

    /// <inheritdoc />
    public Task DeleteScheduledJobAsync(string scheduledJobId, string? etag, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => _client.DeleteScheduledJobAsync(scheduledJobId, etag, cancellationToken));

    /// <inheritdoc />
    public Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => _client.RunScheduledJobNowAsync(scheduledJobId, null, NewRetryToken(), cancellationToken));

    /// <inheritdoc />
    public Task SkipNextRunAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => _client.SkipNextScheduledJobExecutionAsync(scheduledJobId, null, NewRetryToken(), cancellationToken));

    /// <inheritdoc />
    public Task<WorkRequestRecord> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Read(() => _client.GetWorkRequestAsync(workRequestId, cancellationToken), ClassicRecords.WorkRequest);

    /// <inheritdoc />
    /// <remarks>The service filters by compartment and instance; statuses and time are matched here.</remarks>
    public IAsyncEnumerable<WorkRequestRecord> ListWorkRequestsAsync(WorkRequestQuery query, CancellationToken cancellationToken)
    {
        if (FeatureRules.FindingWorkRequests(Capabilities, query.InitiatorId, query.ParentId) is not null)
        {
            throw new NotSupportedException($"{Capabilities.ServiceName} cannot find work requests by job or parent.");
        }
        return List(_client.ListWorkRequestsAsync(new ListWorkRequestsRequest { CompartmentId = query.CompartmentId,
            ManagedInstanceId = query.ManagedInstanceId },
                cancellationToken), ClassicRecords.WorkRequest, cancellationToken)
            .Filter(r => (query.Statuses.Count == 0 || (r.Status.Value is { } s && query.Statuses.Contains(s)))
                && (query.Since is null || r.TimeAccepted >= query.Since), cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<WorkRequestLogLine> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken) =>
        List(_client.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = workRequestId }.OldestFirst(), cancellationToken),
            ClassicRecords.Log, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<WorkRequestErrorLine> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken) =>
        List(_client.ListWorkRequestErrorsAsync(new ListWorkRequestErrorsRequest { WorkRequestId = workRequestId }.OldestFirst(), cancellationToken),
            ClassicRecords.Error, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The retired service cannot re-run a work request.</remarks>
    public Task<string> RerunWorkRequestAsync(string workRequestId, IReadOnlyCollection<string>? managedInstanceIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Capabilities.ServiceName} cannot re-run a work request.");

    private static string? IntervalType(Recurrence? recurrence) => recurrence is null ? null
        : IntervalUnits.ToWire(recurrence.Unit
            ?? throw new NotSupportedException($"{ServiceRegistry.Classic.DisplayName} cannot recur by the rule '{recurrence.Rule}'."));

#pragma warning disable CS1998 // an iterator that yields nothing needs no await
    private static async IAsyncEnumerable<T> None<T>()
    {
        yield break;
    }
#pragma warning restore CS1998

    private static string? IntervalValue(Recurrence? recurrence) =>
        recurrence is null ? null : recurrence.Interval.ToString(CultureInfo.InvariantCulture);

    // The retired API has one updateType a job: several kinds are a Hub feature (callers judge SeveralUpdateKinds first).
    private UpdateKind OneKind(IReadOnlyCollection<UpdateKind> kinds) => kinds.Count == 1
        ? kinds.First()
        : throw new NotSupportedException(
            $"{Capabilities.ServiceName} gives a job one update type, not {string.Join(", ", kinds)} ({ServiceFeature.SeveralUpdateKinds}).");
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsFamily = OsManagement.Oci.Engine.OsFamily;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub.Models;
using static OsManagement.Oci.Services.Hub.HubVocabulary;

namespace OsManagement.Oci.Services.Hub;

/// <summary>
/// <see cref="IOsmService"/> on OS Management Hub, API 20220901 (<see cref="HubClient"/>): every
/// <see cref="ServiceFeature"/>. What Hub lacks is done with what it has: a skip reads the job and moves its next run
/// to the rule's following occurrence with the etag; a run's work requests are found through the job. Hub names a
/// group's members and a job's targets by OCID only: the records read in full carry their display names too (a group's
/// members from one list of the group; a job's targets read once each, remembered for the life of this service).
/// </summary>
internal sealed partial class HubService : ServiceBase, IOsmService
{
    private readonly HubClient _client;
    private readonly ConcurrentDictionary<string, Task<string?>> _names = new(StringComparer.Ordinal);
    private readonly ErrataCatalog _errata;

    /// <summary>The service behind <paramref name="client"/>, with compartments from <paramref name="identity"/>; advisories are read as seen from <paramref name="tenancyId"/>.</summary>
    public HubService(HubClient client, IdentityClient identity, string tenancyId)
        : base(identity)
    {
        _client = client;
        _errata = new ErrataCatalog(client, tenancyId);
    }

    /// <inheritdoc />
    public ServiceCapabilities Capabilities => ServiceRegistry.Hub.Capabilities;

    /// <inheritdoc />
    public Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        Read(() => _client.GetManagedInstanceAsync(managedInstanceId, cancellationToken), HubRecords.Instance);

    /// <inheritdoc />
    /// <remarks>A family is every detailed family of it (osFamily=ORACLE_LINUX_8&amp;osFamily=ORACLE_LINUX_9...).</remarks>
    public IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily, CancellationToken cancellationToken) =>
        List(_client.ListManagedInstancesAsync(new ListManagedInstancesRequest
        {
            CompartmentId = compartmentId,
            OsFamily = osFamily is { } family ? Families.WiresOf(family).ToList() : null,
        }.OldestFirst(), cancellationToken), HubRecords.Instance, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Its members' names come from one list of the instances in the group.</remarks>
    public Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
        ServiceErrors.Call(async () =>
        {
            var response = await _client.GetManagedInstanceGroupAsync(groupId, cancellationToken).ConfigureAwait(false);
            var group = HubRecords.Group(response.Value);
            group.ETag = response.ETag;
            if (group.Members.Count == 0)
            {
                return group;
            }
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var member in _client.ListManagedInstancesAsync(new ListManagedInstancesRequest { Group = groupId },
                cancellationToken).ConfigureAwait(false))
            {
                if (member.Id is { } id && member.DisplayName is { } name)
                {
                    names[id] = name;
                }
            }
            group.Members = group.Members.Select(m => names.TryGetValue(m.Id, out var name) ? new ResourceRef(m.Id, name) : m).ToList();
            return group;
        });

    /// <inheritdoc />
    public IAsyncEnumerable<InstanceGroupRecord> ListManagedInstanceGroupsAsync(string compartmentId, CancellationToken cancellationToken) =>
        List(_client.ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest { CompartmentId = compartmentId }.OldestFirst(), cancellationToken),
            HubRecords.Group, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Linux: the updatable packages (with severity and advisories), their advisories' issue dates from the errata read
    /// for this service (<see cref="ErrataCatalog"/>: each advisory once). Windows: the available Windows updates,
    /// installed by Microsoft's update id.
    /// </remarks>
    public async IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (osFamily == OsFamily.Windows)
        {
            await foreach (var update in List(_client.ListManagedInstanceAvailableWindowsUpdatesAsync(
                new ListManagedInstanceAvailableWindowsUpdatesRequest { ManagedInstanceId = managedInstanceId }, cancellationToken),
                    HubRecords.Update, cancellationToken)
                .ConfigureAwait(false))
            {
                yield return update;
            }
            yield break;
        }
        var packages = new List<UpdatablePackageSummary>();
        await foreach (var package in ServiceErrors.Stream(_client.ListManagedInstanceUpdatablePackagesAsync(
            new ListManagedInstanceUpdatablePackagesRequest { ManagedInstanceId = managedInstanceId }, cancellationToken),
                cancellationToken).ConfigureAwait(false))
        {
            packages.Add(package);
        }
        var issued = await ServiceErrors.Call(() => _errata.IssuedAsync(packages.SelectMany(p => p.Errata ?? new List<string>()),
            cancellationToken)).ConfigureAwait(false);
        foreach (var package in packages)
        {
            yield return HubRecords.Update(package, issued);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Linux instances only (Windows updates belong to no erratum), and only when every kind asked is an advisory's
    /// (Other updates belong to none): the tenancy's errata of those kinds are listed once, and each compartment's
    /// instances that miss one of them are listed by advisory name, <see cref="ErrataCatalog.NamesPerRequest"/> names a
    /// request. None when the errata are too many for <see cref="ErrataCatalog.MaxRequestsPerCompartment"/> requests a
    /// compartment: reading each instance with updates is then the cheaper way.
    /// </remarks>
    public async Task<AffectedInstanceFinder?> FindAffectedInstancesAsync(IReadOnlyCollection<UpdateKind> kinds, CancellationToken cancellationToken)
    {
        if (kinds.Count == 0 || kinds.Any(k => k is not (UpdateKind.Security or UpdateKind.Bugfix or UpdateKind.Enhancement)))
        {
            return null;
        }
        var names = await ServiceErrors.Call(() => _errata.NamesOfKindsAsync(kinds.Select(Classifications.ToWire).ToList(),
            cancellationToken)).ConfigureAwait(false);
        if (names is null)
        {
            return null;
        }
        return new AffectedInstanceFinder(OsFamily.Linux, InstancesMissingAny(ErrataCatalog.Batches(names)));
    }

    /// <inheritdoc />
    /// <remarks>
    /// The matching advisories come from ListErrata (<see cref="ErrataCatalog.MatchingAsync"/>); the instances that miss one
    /// are listed a compartment at a time by advisory name, of every family (Hub gives Windows updates no advisory, so a
    /// Windows instance misses none). No finder when the advisories are too many for
    /// <see cref="ErrataCatalog.MaxRequestsPerCompartment"/> requests a compartment: each instance with updates is then read.
    /// </remarks>
    public async Task<Exposure> FindExposedInstancesAsync(ExposureQuery query, CancellationToken cancellationToken)
    {
        var (advisories, known) = await ServiceErrors.Call(() => _errata.MatchingAsync(query, cancellationToken)).ConfigureAwait(false);
        var chunks = ErrataCatalog.Batches(advisories.Keys);
        var finder = chunks.Count > ErrataCatalog.MaxRequestsPerCompartment ? null : new AffectedInstanceFinder(null, InstancesMissingAny(chunks));
        return new Exposure(advisories, finder, known);
    }

    // A compartment's instances that miss one of the advisories, a request per chunk of names; the listings run within the
    // caller's fan-out, never beyond its limit.
    private Func<string, CancellationToken, Task<IReadOnlyCollection<string>>> InstancesMissingAny(List<List<string>> chunks) =>
        async (compartmentId, token) =>
            new HashSet<string>((await FanOut.SpreadAsync(chunks.Select(chunk => (Func<CancellationToken, Task<List<string>>>)(t =>
                    List(_client.ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = compartmentId, AdvisoryName = chunk }, t),
                        instance => instance.Id ?? "", t).CollectAsync(t))).ToList(), token).ConfigureAwait(false))
                .SelectMany(ids => ids), StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>One summarizeManagedInstanceAnalytics request (paged, though a page holds every metric asked).</remarks>
    public async Task<IReadOnlyDictionary<InstanceMetric, long>> SummarizeInstancesAsync(InstanceAnalyticsQuery query,
        IReadOnlyCollection<InstanceMetric> metrics, CancellationToken cancellationToken)
    {
        var names = metrics.Distinct().ToDictionary(HubVocabulary.Metrics.ToWire, m => m, StringComparer.Ordinal);
        var request = new SummarizeManagedInstanceAnalyticsRequest
        {
            MetricNames = names.Keys.ToList(),
            CompartmentId = query.CompartmentId,
            CompartmentIdInSubtree = query.CompartmentId is null ? null : query.InSubtree,
            ManagedInstanceGroupId = query.ManagedInstanceGroupId,
            Status = query.Status is null ? null : new List<string> { query.Status },
        };
        var counts = new Dictionary<InstanceMetric, long>();
        await ServiceErrors.Call(async () =>
        {
            await foreach (var item in _client.SummarizeManagedInstanceAnalyticsAsync(request, cancellationToken).ConfigureAwait(false))
            {
                if (item.Name is { } name && names.TryGetValue(name, out var metric))
                {
                    counts[metric] = (counts.TryGetValue(metric, out var sum) ? sum : 0) + (item.Count ?? 0);
                }
            }
            return counts;
        }).ConfigureAwait(false);
        return counts;
    }

    /// <inheritdoc />
    /// <remarks>
    /// One work request per action (a group's or a compartment's has a child per instance). A group's OS family is read
    /// to choose between package and Windows update actions; a compartment gets both, each on its instances of that family.
    /// </remarks>
    public async IAsyncEnumerable<string> StartActionAsync(ImmediateAction action, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = action.TargetId;
        switch (action.TargetKind, action.Operation)
        {
            case (ActionTargetKind.Instance, JobOperation.UpdateAll) when action.OsFamily == OsFamily.Windows:
                yield return await StartAsync(token => _client.InstallWindowsUpdatesOnManagedInstanceAsync(id,
                    new InstallWindowsUpdatesOnManagedInstanceDetails { WindowsUpdateTypes = WindowsTypes(action.UpdateKind) }, null, token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.UpdateAll):
                yield return await StartAsync(token => _client.UpdatePackagesOnManagedInstanceAsync(id,
                    new UpdatePackagesOnManagedInstanceDetails { UpdateTypes = PackageTypes(action.UpdateKind) }, null, token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Update) when action.OsFamily == OsFamily.Windows:
            case (ActionTargetKind.Instance, JobOperation.Install) when action.OsFamily == OsFamily.Windows:
                yield return await StartAsync(token => _client.InstallWindowsUpdatesOnManagedInstanceAsync(id,
                    new InstallWindowsUpdatesOnManagedInstanceDetails { WindowsUpdateName = action.Names.ToList() }, null, token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Update):
                yield return await StartAsync(token => _client.UpdatePackagesOnManagedInstanceAsync(id,
                    new UpdatePackagesOnManagedInstanceDetails { PackageNames = action.Names.ToList() }, null, token, cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Install):
                yield return await StartAsync(token => _client.InstallPackagesOnManagedInstanceAsync(id,
                    new InstallPackagesOnManagedInstanceDetails { PackageNames = action.Names.ToList() }, null, token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Remove):
                yield return await StartAsync(token => _client.RemovePackagesFromManagedInstanceAsync(id,
                    new RemovePackagesFromManagedInstanceDetails { PackageNames = action.Names.ToList() }, null, token,
                        cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Instance, JobOperation.Reboot):
                yield return await StartAsync(token => _client.RebootManagedInstanceAsync(id,
                    action.RebootTimeoutInMinutes is { } minutes ? new RebootManagedInstanceDetails { RebootTimeoutInMins = minutes } : null, null, token,
                    cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Group, JobOperation.Reboot):
                yield return await StartAsync(token => _client.RebootManagedInstanceGroupAsync(id,
                    action.RebootTimeoutInMinutes is { } minutes ? new RebootManagedInstanceGroupDetails { RebootTimeoutInMins = minutes } : null, null, token,
                    cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Group, JobOperation.UpdateAll):
                var family = action.OsFamily ?? Families.FromWire((await ServiceErrors.Call(() => _client.GetManagedInstanceGroupAsync(id,
                    cancellationToken)).ConfigureAwait(false)).Value.OsFamily).Value;
                yield return await StartAsync(token => family == OsFamily.Windows
                    ? _client.InstallWindowsUpdatesOnManagedInstanceGroupAsync(id,
                        new InstallWindowsUpdatesOnManagedInstanceGroupDetails { WindowsUpdateTypes = WindowsTypes(action.UpdateKind) }, null, token,
                            cancellationToken)
                    : _client.UpdateAllPackagesOnManagedInstanceGroupAsync(id,
                        new UpdateAllPackagesOnManagedInstanceGroupDetails { UpdateTypes = PackageTypes(action.UpdateKind) }, null, token,
                            cancellationToken)).ConfigureAwait(false);
                break;
            case (ActionTargetKind.Compartment, JobOperation.UpdateAll):
                if (action.OsFamily != OsFamily.Windows)
                {
                    yield return await StartAsync(token => _client.UpdateAllPackagesOnManagedInstancesInCompartmentAsync(
                        new UpdateAllPackagesOnManagedInstancesInCompartmentDetails { CompartmentId = id, UpdateTypes = PackageTypes(action.UpdateKind) },
                        null, token, cancellationToken)).ConfigureAwait(false);
                }
                if (action.OsFamily != OsFamily.Linux && WindowsKinds.Has(action.UpdateKind))
                {
                    yield return await StartAsync(token => _client.InstallAllWindowsUpdatesOnManagedInstancesInCompartmentAsync(
                        new InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails { CompartmentId = id,
                            WindowsUpdateTypes = WindowsTypes(action.UpdateKind) },
                        null, token, cancellationToken)).ConfigureAwait(false);
                }
                break;
            case (ActionTargetKind.LifecycleStage or ActionTargetKind.DynamicSet, _):
                yield return await StartOnUnitAsync(action, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"{Capabilities.ServiceName} cannot {action.Operation} on a {action.TargetKind}.");
        }
    }

    /// <inheritdoc />
    public Task<ScheduledJobRecord> CreateScheduledJobAsync(NewScheduledJob job, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        var details = new CreateScheduledJobDetails
        {
            CompartmentId = job.CompartmentId,
            DisplayName = job.DisplayName,
            Description = job.Description,
            ScheduleType = ScheduleKinds.ToWire(schedule.Kind),
            TimeNextExecution = schedule.NextRun,
            RecurringRule = schedule.WireRecurrence?.ToRule(),
            ManagedInstanceIds = Ids(job.Instances.Select(i => i.Id)),
            ManagedInstanceGroupIds = Ids(job.Groups.Select(g => g.Id)),
            ManagedCompartmentIds = Ids(job.Compartments),
            LifecycleStageIds = Ids(job.LifecycleStages.Select(s => s.Id)),
            DynamicSetIds = Ids(job.DynamicSets.Select(s => s.Id)),
            IsSubcompartmentIncluded = job.Compartments.Count > 0 ? job.IncludeSubcompartments : null,
            Operations = (job.Operation == JobOperation.UpdateAll ? job.EffectiveUpdateKinds.Select(k => (UpdateKind?)k) : new UpdateKind?[] { null })
                .SelectMany(kind => JobOperations(job.Operation, kind, job.OsFamily, job.PackageNames, job.WindowsUpdateNames)).ToList(),
            RetryIntervals = job.RetryIntervals.Count > 0 ? job.RetryIntervals.ToList() : null,
            FreeformTags = Tags(job.Tags),
        };
        // The names the caller knew, then the others read (targets piped in bind by Id alone).
        return NamedAsync(ReadWithETag(() => _client.CreateScheduledJobAsync(details, NewRetryToken(), cancellationToken),
            (created, etag) => HubRecords.WithNames(HubRecords.Job(created, etag), job.Instances, job.Groups)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ScheduledJobRecord> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        NamedAsync(ReadWithETag(() => _client.GetScheduledJobAsync(scheduledJobId, cancellationToken), HubRecords.Job), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Hub filters by compartment, target, state and time; the operation and OS family (which Hub's list cannot filter on)
    /// are matched here, and so is an instance target: Oracle does not say whether managedInstanceId also lists the jobs
    /// of the instance's group or compartment, so only jobs that name the instance are kept, whichever way Hub reads it.
    /// </remarks>
    public IAsyncEnumerable<ScheduledJobRecord> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken) =>
        List(_client.ListScheduledJobsAsync(new ListScheduledJobsRequest
            {
                CompartmentId = query.CompartmentId,
                ManagedInstanceId = query.ManagedInstanceId,
                ManagedInstanceGroupId = query.ManagedInstanceGroupId,
                ManagedCompartmentId = query.ManagedCompartmentId,
                LifecycleState = JobStates.ToWire(query.State),
                TimeEnd = query.RunningBefore,
            }.OldestFirst(), cancellationToken), HubRecords.Job, cancellationToken)
            .Filter(j => (query.Operation is null || j.Operations.Any(o => o.Operation.Is(query.Operation.Value)))
                && (query.ManagedInstanceId is null || j.Instances.Any(i => i.Id == query.ManagedInstanceId))
                && (query.OsFamily is not { } family || family == OsFamily.All || j.OsFamily.Value is null || j.OsFamily.Is(family)), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// A change of names or update kinds rewrites the job's operations from the job as it is now (Hub replaces the
    /// list): the operations it touches are written anew, every other one is sent back exactly as Hub gave it
    /// (<see cref="ScheduledJobChange.OperationsAfter"/>); a recurrence becomes the job's recurringRule.
    /// </remarks>
    public async Task<ScheduledJobRecord> UpdateScheduledJobAsync(string scheduledJobId, ScheduledJobChange change, string? etag,
        CancellationToken cancellationToken)
    {
        List<ScheduledJobOperation>? operations = null;
        var schedule = change.Schedule;
        // A new time keeps the job's rule, and a new rule starts from the job's next run; a change of operations keeps the
        // others as Hub gave them: each needs the job as it is, read once.
        var forSchedule = schedule.CurrentNextRun is null && (schedule.At is not null || schedule.Recurrence is not null) && !change.Once;
        if (forSchedule || change.ChangesOperations)
        {
            var wire = (await ServiceErrors.Call(() => _client.GetScheduledJobAsync(scheduledJobId, cancellationToken)).ConfigureAwait(false)).Value;
            var job = HubRecords.Job(wire, null);
            if (forSchedule)
            {
                change.For(job);
            }
            if (change.ChangesOperations)
            {
                var kept = wire.Operations ?? new List<ScheduledJobOperation>();
                var family = job.OsFamily.Value ?? OsFamily.Linux;
                operations = change.OperationsAfter(job)!.SelectMany(p => p.KeptFrom is { } index
                    ? new[] { kept[index] }
                    : (IEnumerable<ScheduledJobOperation>)JobOperations(p.Operation, p.UpdateKind, family, p.PackageNames, p.WindowsUpdateNames)).ToList();
            }
        }
        var recurrence = schedule.WireRecurrence;
        var next = schedule.NextRun;
        if (next is { } start && !change.Once && schedule.Recurrence is null && (recurrence ?? schedule.CurrentRecurrence) is { HasRule: true } rule
            && schedule.CurrentNextRun is { } current && rule.PinnedAt(start).ToRule() != rule.PinnedAt(current).ToRule())
        {
            // Whether Hub re-anchors a job's rule at a changed timeNextExecution is not documented: a rule kept with a new time
            // that takes its time of day (or day) from its start is sent with them written out, so it runs the same either way.
            recurrence = rule.PinnedAt(start);
        }
        var details = new UpdateScheduledJobDetails
        {
            DisplayName = change.DisplayName,
            Description = change.Description,
            TimeNextExecution = next,
            ScheduleType = change.Once ? ScheduleKinds.ToWire(ScheduleKind.OneTime)
                : recurrence is null ? null : ScheduleKinds.ToWire(ScheduleKind.Recurring),
            RecurringRule = recurrence?.ToRule(),
            Operations = operations,
            RetryIntervals = change.RetryIntervals?.ToList(),
            FreeformTags = Tags(change.Tags),
        };
        return await NamedAsync(ReadWithETag(() => _client.UpdateScheduledJobAsync(scheduledJobId, details, etag, cancellationToken), HubRecords.Job),
            cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task DeleteScheduledJobAsync(string scheduledJobId, string? etag, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => _client.DeleteScheduledJobAsync(scheduledJobId, etag, cancellationToken));

    /// <inheritdoc />
    /// <remarks>Hub runs only recurring jobs now (callers check <see cref="ServiceCapabilities.CanRunOneTimeJobsNow"/>); the run's work requests appear in the job's WorkRequestIds.</remarks>
    public Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        ServiceErrors.Call(() => _client.RunScheduledJobNowAsync(scheduledJobId, null, NewRetryToken(), cancellationToken));

    /// <inheritdoc />
    /// <remarks>
    /// Hub has no skip: the job is read, its next run moved to the following occurrence of its rule, and the change sent
    /// with the etag read, so a job changed in between is reported (<see cref="ChangedSinceReadException"/>), never overwritten.
    /// </remarks>
    public async Task SkipNextRunAsync(string scheduledJobId, CancellationToken cancellationToken)
    {
        var job = await GetScheduledJobAsync(scheduledJobId, cancellationToken).ConfigureAwait(false);
        var next = NextRunAfterSkip(job);
        await ServiceErrors.Call(() => _client.UpdateScheduledJobAsync(scheduledJobId,
            new UpdateScheduledJobDetails { TimeNextExecution = next }, job.ETag, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The job with its target instances' and groups' display names, each read once for the life of this service; the
    /// reads run within the caller's fan-out (or a bounded one of their own), never beyond its limit.
    /// </summary>
    private async Task<ScheduledJobRecord> NamedAsync(Task<ScheduledJobRecord> read, CancellationToken cancellationToken)
    {
        var job = await read.ConfigureAwait(false);
        var reads = job.Instances.Select(i => (Func<CancellationToken, Task<ResourceRef>>)(t => NameAsync(i, id => _client.GetManagedInstanceAsync(id,
            t), m => m.DisplayName)))
            .Concat(job.Groups.Select(g => (Func<CancellationToken, Task<ResourceRef>>)(t => NameAsync(g,
                id => _client.GetManagedInstanceGroupAsync(id, t), m => m.DisplayName))))
            .ToList();
        var named = await ServiceErrors.Call(() => FanOut.SpreadAsync(reads, cancellationToken)).ConfigureAwait(false);
        job.Instances = named.Take(job.Instances.Count).ToList();
        job.Groups = named.Skip(job.Instances.Count).ToList();
        return job;
    }

    /// <summary>The reference with its name; one that cannot be read (deleted, or not authorized) keeps its OCID alone.</summary>
    private async Task<ResourceRef> NameAsync<T>(ResourceRef target, Func<string, Task<OciResponse<T>>> read, Func<T, string?> nameOf)
    {
        if (target.DisplayName is not null)
        {
            return target;
        }
        var name = await _names.GetOrAdd(target.Id, async id =>
        {
            try
            {
                return nameOf((await read(id).ConfigureAwait(false)).Value);
            }
            catch (OciServiceException e) when (e.StatusCode is 404 or 401)
            {
                return null;
            }
        }).ConfigureAwait(false);
        return name is null ? target : new ResourceRef(target.Id, name);
    }

    /// <summary>Where a skip moves a recurring job's next run: the following occurrence of its rule.</summary>
    /// <exception cref="InvalidOperationException">The job does not recur, or its rule has no later occurrence.</exception>
    public static DateTimeOffset NextRunAfterSkip(ScheduledJobRecord job)
    {
        if (RunRules.Skip(job.ScheduleKind.Value) is not null || job.Recurrence is not { HasRule: true } recurrence || job.NextRun is not { } nextRun)
        {
            throw new InvalidOperationException($"Scheduled job {job.DisplayName} does not recur: it has no next run to skip.");
        }
        return recurrence.NextAfter(nextRun, nextRun)
            ?? throw new InvalidOperationException(
                $"Scheduled job {job.DisplayName} recurs by '{recurrence.ToRule()}', which has no run after {nextRun:u} within ten years.");
    }

    /// <inheritdoc />
    public Task<WorkRequestRecord> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Read(() => _client.GetWorkRequestAsync(workRequestId, cancellationToken), HubRecords.WorkRequest);

    /// <inheritdoc />
    /// <remarks>Hub filters by everything the query says: compartment, instance (a resource), states, time, job and parent.</remarks>
    public IAsyncEnumerable<WorkRequestRecord> ListWorkRequestsAsync(WorkRequestQuery query, CancellationToken cancellationToken) =>
        List(_client.ListWorkRequestsAsync(new ListWorkRequestsRequest
        {
            CompartmentId = query.CompartmentId,
            ResourceId = query.ManagedInstanceId,
            Status = query.Statuses.Count == 0 ? null : query.Statuses.Select(Statuses.ToWire).ToList(),
            TimeCreatedGreaterThanOrEqualTo = query.Since,
            InitiatorId = query.InitiatorId,
            ParentId = query.ParentId,
            CompartmentIdInSubtree = query.IncludeSubcompartments ? true : null,
        }.OldestFirst(), cancellationToken), HubRecords.WorkRequest, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<WorkRequestLogLine> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken) =>
        List(_client.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = workRequestId }.OldestFirst(), cancellationToken),
            HubRecords.Log, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<WorkRequestErrorLine> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken) =>
        List(_client.ListWorkRequestErrorsAsync(new ListWorkRequestErrorsRequest { WorkRequestId = workRequestId }.OldestFirst(), cancellationToken),
            HubRecords.Error, cancellationToken);

    /// <inheritdoc />
    public Task<string> RerunWorkRequestAsync(string workRequestId, IReadOnlyCollection<string>? managedInstanceIds, CancellationToken cancellationToken) =>
        StartAsync(token => _client.RerunWorkRequestAsync(workRequestId,
            managedInstanceIds is { Count: > 0 } ? new RerunWorkRequestDetails { ManagedInstances = managedInstanceIds.ToList() } : null,
            null, token, cancellationToken));

    // A job's operations: one of the operation's type, or for Ksplice on Linux the kernel's and user space's.
    private static List<ScheduledJobOperation> JobOperations(JobOperation operation, UpdateKind? kind, OsFamily family,
        IReadOnlyList<string> packageNames, IReadOnlyList<string> windowsUpdateNames)
    {
        var windows = windowsUpdateNames.Count > 0 || (family == OsFamily.Windows && packageNames.Count == 0);
        return OperationTypesFor(operation, kind, windows ? OsFamily.Windows : OsFamily.Linux).Select(type => new ScheduledJobOperation
        {
            OperationType = type,
            PackageNames = operation.TakesNames() && packageNames.Count > 0 ? packageNames.ToList() : null,
            WindowsUpdateNames = operation.TakesNames() && windowsUpdateNames.Count > 0 ? windowsUpdateNames.ToList() : null,
        }).ToList();
    }

    private static List<string> PackageTypes(UpdateKind kind) => PackageKinds.WiresOf(kind).ToList();

    private static List<string> WindowsTypes(UpdateKind kind) => WindowsKinds.WiresOf(kind).ToList();

    private static List<string>? Ids(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? null : list;
    }
}

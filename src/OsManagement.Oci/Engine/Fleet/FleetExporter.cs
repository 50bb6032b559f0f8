using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Shared;

namespace OsManagement.Oci.Engine.Fleet;

/// <summary>
/// Export-OsmFleet's walk: the compartments (one listing from the tenancy), then in each compartment in scope, all at
/// once within the <see cref="FanOut"/>'s limit, its instances, groups (each read for its members) and, where the
/// service has them, lifecycle environments, dynamic sets (each read for its rule) and active scheduled jobs (each read
/// for its targets); then each instance's missing updates (only one that the listing shows missing any) and, for an
/// agent that has stopped checking in, its details for the time it last did. Read-only: only list and get requests.
/// That is the compliance report's walk with every instance's updates of every kind; what the copy then holds goes
/// through <see cref="FleetAnonymizer"/> when asked and is written by <see cref="FleetFileWriter"/>.
/// </summary>
public sealed class FleetExporter
{
    // Hub shows an agent silent this long as WARNING ("Inactive"); an older check-in is one that has stopped.
    private static readonly TimeSpan Silent = TimeSpan.FromMinutes(30);

    private readonly IOsmService _service;

    public FleetExporter(IOsmService service) => _service = service;

    /// <summary>Reads the scope and writes its fleet file to <paramref name="path"/> (atomically); failures of single reads go to <paramref name="onError"/>.</summary>
    public async Task<FleetExportResult> ExportAsync(FleetExportScope scope, string tenancyId, string path, Action<FleetExportProgress>? onProgress,
        Action<string, Exception> onError, CancellationToken cancellationToken)
    {
        var (copy, gaps, jobsLeftOut, unread) = await ReadAsync(scope, tenancyId, onProgress, onError, cancellationToken).ConfigureAwait(false);
        if (scope.Anonymize)
        {
            copy = FleetAnonymizer.Anonymize(copy);
        }
        FleetFileWriter.Write(copy, path);
        return new FleetExportResult(path, copy, gaps, jobsLeftOut, unread, scope.Anonymize);
    }

    internal async Task<(FleetCopy Copy, List<FleetGap> Gaps, List<string> JobsLeftOut, int Unread)> ReadAsync(FleetExportScope scope, string tenancyId,
        Action<FleetExportProgress>? onProgress, Action<string, Exception> onError, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var progress = new FleetExportProgress();
        var gate = new object();
        void Report(Action<FleetExportProgress> change)
        {
            lock (gate)
            {
                change(progress);
                onProgress?.Invoke(progress);
            }
        }
        var unread = 0;
        void Failed(string target, Exception error)
        {
            Interlocked.Increment(ref unread);
            onError(target, error);
        }

        var units = _service as IUnitService;
        var hasUnits = units is not null && _service.Capabilities.Supports(ServiceFeature.LifecycleEnvironments);
        // A fleet file's jobs recur by iCalendar rules (OS Management Hub's): a service without rules has no job to give it.
        var jobsCarried = _service.Capabilities.Supports(ServiceFeature.RecurrenceRules);
        var gaps = new List<FleetGap>();
        if (!hasUnits)
        {
            gaps.Add(FleetGap.LifecycleEnvironments);
            gaps.Add(FleetGap.DynamicSets);
        }
        if (!jobsCarried)
        {
            gaps.Add(FleetGap.ScheduledJobs);
        }
        if (!_service.Capabilities.Supports(ServiceFeature.AdvisoryDetails))
        {
            gaps.Add(FleetGap.AdvisoryDetails);
        }

        var copy = new FleetCopy { TenancyId = tenancyId };
        var fanOut = new FanOut(scope.ThrottleLimit);
        var all = await _service.ListCompartmentsAsync(tenancyId, true, scope.ThrottleLimit, cancellationToken).CollectAsync(cancellationToken).ConfigureAwait(false);
        var byId = all.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var rootId = scope.CompartmentId ?? tenancyId;
        var recurse = scope.CompartmentId is null || scope.Recurse;
        var inScope = new List<string> { rootId };
        if (recurse)
        {
            inScope.AddRange(Below(rootId, all));
        }
        // The root's ancestors come too, empty, so every compartment keeps its place (and path) in the tree.
        var kept = new HashSet<string>(inScope, StringComparer.Ordinal);
        for (var id = rootId; byId.TryGetValue(id, out var c) && c.ParentId is { } parent; id = parent)
        {
            kept.Add(parent);
        }
        foreach (var compartment in all.Where(c => kept.Contains(c.Id)))
        {
            copy.Compartments.Add(new FleetCompartment
            {
                Id = compartment.Id, Name = compartment.Name, Description = compartment.Description, ParentId = compartment.ParentId ?? tenancyId,
            });
        }
        Report(p => p.CompartmentsTotal = inScope.Count);

        var instances = new List<ManagedInstanceRecord>();
        var groups = new List<InstanceGroupRecord>();
        var environments = new List<LifecycleEnvironmentRecord>();
        var sets = new List<DynamicSetRecord>();
        var jobs = new List<ScheduledJobRecord>();
        async Task Gather<T>(IAsyncEnumerable<Fetched<T>> stream, List<T> into)
        {
            await foreach (var item in stream.ConfigureAwait(false))
            {
                if (item.Succeeded)
                {
                    into.Add(item.Value);
                }
                else
                {
                    Failed(item.Target, item.Error!);
                }
            }
        }
        var walks = new List<Task>
        {
            Gather(fanOut.ListEach(inScope, (c, t) => _service.ListManagedInstancesAsync(c, null, t), cancellationToken,
                (_, count) => Report(p => { p.CompartmentsListed++; p.InstancesFound += count; })), instances),
            Gather(fanOut.ReadInScope(inScope, _service.ListManagedInstanceGroupsAsync, _ => true, g => g.Id, _service.GetManagedInstanceGroupAsync, cancellationToken), groups),
        };
        if (hasUnits)
        {
            walks.Add(Gather(fanOut.ListEach(inScope, units!.ListLifecycleEnvironmentsAsync, cancellationToken), environments));
            walks.Add(Gather(fanOut.ReadInScope(inScope, units!.ListDynamicSetsAsync, _ => true, s => s.Id, units!.GetDynamicSetAsync, cancellationToken), sets));
        }
        if (jobsCarried)
        {
            walks.Add(Gather(fanOut.ReadInScope(inScope,
                (c, t) => _service.ListScheduledJobsAsync(new ScheduledJobQuery { CompartmentId = c, State = JobLifecycleState.Active }, t),
                _ => true, j => j.Id, _service.GetScheduledJobAsync, cancellationToken), jobs));
        }
        await Task.WhenAll(walks).ConfigureAwait(false);

        // An instance is listed once per compartment; groups name their members.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        instances = instances.Where(i => seen.Add(i.Id)).ToList();
        // What the listing does not say of an instance, the copy cannot carry: its release, or where it runs.
        if (instances.Any(i => i.OsFamilyDetail is null))
        {
            gaps.Add(FleetGap.OsReleases);
        }
        if (instances.Any(i => i.Location is null))
        {
            gaps.Add(FleetGap.Locations);
        }
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            copy.Groups.Add(new FleetGroup
            {
                Id = group.Id, Name = group.DisplayName, Description = group.Description, CompartmentId = group.CompartmentId,
                OsFamily = group.OsFamilyDetail ?? FamilyWord(group.OsFamily.Value),
            });
            foreach (var member in group.Members.Where(m => seen.Contains(m.Id) && !groupOf.ContainsKey(m.Id)))
            {
                groupOf[member.Id] = group.Id;
            }
        }

        var read = fanOut.ReadEach(instances.Select(i => Fetched<ManagedInstanceRecord>.Of(i.Id, i)).AsStream(), i => i.Id,
            (listed, token) => ReadInstanceAsync(listed, now, token), cancellationToken);
        await foreach (var result in read.ConfigureAwait(false))
        {
            Report(p => p.InstancesRead++);
            if (!result.Succeeded)
            {
                Failed(result.Target, result.Error!);
                continue;
            }
            var instance = result.Value;
            instance.GroupId = groupOf.TryGetValue(instance.Id, out var groupId) ? groupId : null;
            copy.Instances.Add(instance);
        }
        var exported = new HashSet<string>(copy.Instances.Select(i => i.Id), StringComparer.Ordinal);

        foreach (var environment in environments)
        {
            var copied = new FleetEnvironment
            {
                Id = environment.Id, Name = environment.DisplayName, Description = environment.Description, CompartmentId = environment.CompartmentId,
                OsFamily = environment.OsFamilyDetail, Location = environment.Location,
            };
            foreach (var stage in environment.Stages.OrderBy(s => s.Rank))
            {
                var members = copy.Instances.Where(i => i.StageId == stage.Id && i.GroupId is null).Select(i => i.Id);
                var fleetStage = new FleetStage
                {
                    Id = stage.Id, Name = stage.DisplayName, ContentId = stage.SoftwareSource?.Id, ContentName = stage.SoftwareSource?.DisplayName,
                };
                fleetStage.MemberIds.AddRange(members);
                copied.Stages.Add(fleetStage);
            }
            copy.Environments.Add(copied);
        }
        var groupIds = new HashSet<string>(copy.Groups.Select(g => g.Id), StringComparer.Ordinal);
        var compartmentIds = new HashSet<string>(copy.Compartments.Select(c => c.Id), StringComparer.Ordinal) { tenancyId };
        foreach (var set in sets)
        {
            var rule = set.Rule ?? new MatchingRule();
            var copied = new FleetSet
            {
                Id = set.Id, Name = set.DisplayName, Description = set.Description, CompartmentId = set.CompartmentId,
                MatchesAny = set.MatchType == MatchType.Any,
                IncludeChildren = set.TargetCompartments.Count == 0 || set.TargetCompartments.Any(t => t.IncludesChildren),
                OsFamilies = rule.OsFamilies, OsNames = rule.OsNames, Architectures = rule.Architectures, Statuses = rule.Statuses, Locations = rule.Locations,
                DisplayNames = rule.DisplayNames, RebootRequired = rule.IsRebootRequired,
                InstanceIds = rule.ManagedInstanceIds.Where(exported.Contains).ToList(),
                GroupIds = rule.ManagedInstanceGroupIds.Where(groupIds.Contains).ToList(),
            };
            copied.ScopeIds.AddRange(set.TargetCompartments.Select(t => t.CompartmentId).Where(compartmentIds.Contains));
            copy.Sets.Add(copied);
        }

        var stageIds = new HashSet<string>(copy.Environments.SelectMany(e => e.Stages).Select(s => s.Id), StringComparer.Ordinal);
        var setIds = new HashSet<string>(copy.Sets.Select(s => s.Id), StringComparer.Ordinal);
        var jobsLeftOut = new List<string>();
        foreach (var job in jobs.Where(j => j.LifecycleState.Value == JobLifecycleState.Active))
        {
            if (Job(job, exported, groupIds, compartmentIds, stageIds, setIds) is { } copied)
            {
                copy.Jobs.Add(copied);
            }
            else
            {
                jobsLeftOut.Add(job.DisplayName);
            }
        }
        if (jobsLeftOut.Count > 0)
        {
            gaps.Add(FleetGap.SomeJobs);
        }
        return (copy, gaps, jobsLeftOut, unread);
    }

    // The compartments below rootId, in the listing's order (breadth-first).
    private static IEnumerable<string> Below(string rootId, IReadOnlyList<CompartmentRecord> all)
    {
        var under = new HashSet<string>(StringComparer.Ordinal) { rootId };
        foreach (var compartment in all)
        {
            if (compartment.ParentId is { } parent && under.Contains(parent))
            {
                under.Add(compartment.Id);
                yield return compartment.Id;
            }
        }
    }

    private async Task<FleetInstance> ReadInstanceAsync(ManagedInstanceRecord listed, DateTimeOffset now, CancellationToken token)
    {
        var family = listed.OsFamily.Value ?? OsFamily.Linux;
        var status = FleetFileValues.Statuses.Contains(listed.Status, StringComparer.OrdinalIgnoreCase) ? listed.Status.ToUpperInvariant() : FleetFileValues.Statuses[0];
        var checkin = listed.LastCheckin;
        // Hub's listing has no check-in time; only an agent that has stopped checking in needs it (the others follow the clock).
        if (checkin is null && status is "WARNING" or "UNREACHABLE")
        {
            checkin = (await _service.GetManagedInstanceAsync(listed.Id, token).ConfigureAwait(false)).LastCheckin;
        }
        var instance = new FleetInstance
        {
            Id = listed.Id,
            Name = listed.DisplayName,
            Description = listed.Description,
            CompartmentId = listed.CompartmentId,
            OsFamily = listed.OsFamilyDetail ?? FamilyWord(family),
            IsWindows = family == OsFamily.Windows,
            Status = status,
            Location = listed.Location,
            LastCheckin = checkin is { } at && now - at > Silent ? at : null,
            LastBoot = listed.LastBoot,
            RebootRequired = listed.IsRebootRequired ?? false,
            StageId = listed.LifecycleStage?.Id,
        };
        if (listed.UpdatesAvailable == 0)
        {
            return instance;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var update in _service.ListAvailableUpdatesAsync(listed.Id, family, token).ConfigureAwait(false))
        {
            var copied = Update(update, instance.IsWindows);
            if (names.Add(copied.Name))
            {
                instance.Updates.Add(copied);
            }
        }
        return instance;
    }

    private static FleetUpdate Update(AvailableUpdate update, bool windows)
    {
        var classification = (update.Kind.Value ?? UpdateKind.Other) switch
        {
            UpdateKind.Security => "SECURITY",
            UpdateKind.Bugfix => "BUGFIX",
            UpdateKind.Enhancement => "ENHANCEMENT",
            _ => "OTHER",
        };
        if (windows)
        {
            return new FleetUpdate
            {
                Name = update.DisplayName,
                Classification = classification,
                Cves = update.Cves,
                UpdateId = Guid.TryParse(update.Name, out var id) ? id.ToString() : null,
                RebootRequired = update.IsRebootRequiredForInstallation,
            };
        }
        var advisory = classification == "OTHER" ? null : update.Errata.FirstOrDefault();
        // A package update's Name is its NEVRA; its DisplayName the package's name, which fleet files name it by.
        return new FleetUpdate
        {
            Name = string.IsNullOrEmpty(update.DisplayName) ? update.Name : update.DisplayName,
            Classification = classification,
            Advisory = advisory,
            Severity = advisory is not null && classification == "SECURITY" ? update.Severity?.ToString().ToUpperInvariant() : null,
            Issued = advisory is null ? null : update.AdvisoryIssued,
            Cves = advisory is null ? Array.Empty<string>() : update.Cves,
            Version = update.AvailableVersion,
            InstalledVersion = update.InstalledVersion,
            Architecture = update.Architecture?.ToLowerInvariant(),
        };
    }

    // A job the copy can carry: Hub's operations the emulator carries out, on targets in the copy (those outside it are dropped).
    private static FleetJob? Job(ScheduledJobRecord job, HashSet<string> instances, HashSet<string> groups, HashSet<string> compartments,
        HashSet<string> stages, HashSet<string> sets)
    {
        if (job.NextRun is not { } next || job.Operations.Any(o => !FleetFileValues.JobOperations.Contains(o.Operation.Text)))
        {
            return null;
        }
        var recurring = job.ScheduleKind.Value == ScheduleKind.Recurring;
        var copied = new FleetJob
        {
            Id = job.Id, Name = job.DisplayName, Description = job.Description, CompartmentId = job.CompartmentId,
            Recurring = recurring, NextRun = next, Rule = recurring ? job.Recurrence?.Rule : null,
            InstanceIds = job.Instances.Select(r => r.Id).Where(instances.Contains).ToList(),
            GroupIds = job.Groups.Select(r => r.Id).Where(groups.Contains).ToList(),
            CompartmentIds = job.Compartments.Where(compartments.Contains).ToList(),
            IncludeSubcompartments = job.Compartments.Count > 0 ? job.IncludeSubcompartments : null,
            StageIds = job.LifecycleStages.Select(r => r.Id).Where(stages.Contains).ToList(),
            SetIds = job.DynamicSets.Select(r => r.Id).Where(sets.Contains).ToList(),
        };
        copied.Operations.AddRange(job.Operations.Select(o =>
            new FleetJobOperation { Type = o.Operation.Text, Packages = o.PackageNames, WindowsUpdates = o.WindowsUpdateNames }));
        var targets = copied.InstanceIds.Count + copied.GroupIds.Count + copied.CompartmentIds.Count + copied.StageIds.Count + copied.SetIds.Count;
        var wanted = job.Instances.Count + job.Groups.Count + job.Compartments.Count + job.LifecycleStages.Count + job.DynamicSets.Count;
        if ((recurring && copied.Rule is null) || targets == 0 || targets != wanted || !compartments.Contains(job.CompartmentId))
        {
            return null;
        }
        return copied;
    }

    private static string FamilyWord(OsFamily? family) => family == OsFamily.Windows ? FleetFileValues.Windows : FleetFileValues.Linux;
}

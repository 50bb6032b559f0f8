using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>Who or what asked for Hub work, and how it is labelled.</summary>
internal sealed record HubWorkOrigin(DateTimeOffset At, string Description, string? DisplayName = null, string? InitiatorId = null,
    DateTimeOffset? StartAfter = null, string? RerunOfId = null, string? RetryOfId = null, IReadOnlyList<int>? RetryIntervals = null);

/// <summary>
/// Builds OS Management Hub's work request trees on the shared engine: an instance's work is one work request, or a
/// parent with a child per update type when it updates several types (UPDATE_ALL is security, bug fix, enhancement and
/// other); a group's or a compartment's work is a parent with a child per instance (each in its instance's compartment).
/// Also runs Hub jobs, reruns finished work on its failed instances, and retries a job's failed run after each of its
/// <c>retryIntervals</c> (the retry WAITING until then). Callers hold the store's lock.
/// </summary>
internal sealed partial class HubWork(EmulatorStore store, HubState state) : IWorkOwner
{
    private static readonly string[] AllTypes = { "SECURITY", "BUGFIX", "ENHANCEMENT", "OTHER" };

    public string AgentName => "OS Management Hub agent";

    /// <summary>One step of an instance's work: a leaf work request.</summary>
    private sealed record Step(string OperationType, WorkPlan Plan, ScheduledJobOperation Operation);

    /// <summary>Work on one instance (a child of <paramref name="parent"/> when given).</summary>
    public HubWorkRequest ForInstance(InstanceRecord instance, IReadOnlyList<ScheduledJobOperation> operations, HubWorkOrigin origin,
        HubWorkRequest? parent = null)
    {
        var steps = operations.SelectMany(op => StepsFor(instance, op)).ToList();
        if (steps.Count == 1)
        {
            return Leaf(instance, steps[0], operations, origin, parent);
        }
        var split = New(origin, ParentOperation(operations), instance.CompartmentId, "INSTANCE", instance.Id, instance.DisplayName, instance.Os.Family,
            operations, parent, instance);
        var record = split.Build(isParent: true);
        store.Work.Accept(record, parent);
        foreach (var step in steps)
        {
            Leaf(instance, step, new[] { step.Operation }, origin, record);
        }
        record.Logs.Add(new WorkLog(string.Create(CultureInfo.InvariantCulture, $"Split into {steps.Count} work request(s), one per update type."), origin.At));
        return record;
    }

    /// <summary>Work on every member of a Hub group: a parent and one child per member.</summary>
    public HubWorkRequest ForGroup(GroupRecord group, IReadOnlyList<ScheduledJobOperation> operations, HubWorkOrigin origin,
        IReadOnlyCollection<string>? onlyInstances = null)
    {
        var parent = New(origin, ParentOperation(operations), group.CompartmentId, "GROUP", group.Id, group.DisplayName, group.Family, operations, null, null)
            .Build(isParent: true, groupId: group.Id, groupName: group.DisplayName);
        store.Work.Accept(parent, null);
        var members = group.InstanceIds.Where(id => onlyInstances is null || onlyInstances.Contains(id))
            .Select(id => store.Instances.GetValueOrDefault(id)).OfType<InstanceRecord>().ToList();
        foreach (var member in members)
        {
            ForInstance(member, operations, origin with { Description = $"{origin.Description} (member {member.DisplayName})" }, parent);
        }
        parent.Logs.Add(new WorkLog(string.Create(CultureInfo.InvariantCulture, $"Created {parent.ChildrenIds.Count} work request(s), one per member of group {group.DisplayName}."), origin.At));
        return parent;
    }

    /// <summary>
    /// Work on the instances of compartments that the operations apply to: the standalone ones (in no group or stage), and
    /// with <paramref name="groupMembers"/> (a scheduled job) group members too; lifecycle stage members never.
    /// </summary>
    public HubWorkRequest ForCompartments(IReadOnlyList<string> compartmentIds, bool subtree, IReadOnlyList<ScheduledJobOperation> operations,
        HubWorkOrigin origin, IReadOnlyCollection<string>? locations = null, IReadOnlyCollection<string>? onlyInstances = null, bool groupMembers = false)
    {
        var first = compartmentIds[0];
        var name = first == store.TenancyId ? store.Fleet.TenancyName : store.Compartments.TryGetValue(first, out var c) ? c.Name : first;
        var parent = New(origin, ParentOperation(operations), first, "COMPARTMENT", first, name, null, operations, null, null).Build(isParent: true);
        store.Work.Accept(parent, null);
        var scope = HubScope.Compartments(store, compartmentIds, subtree);
        var windows = operations.Select(o => HubVocabulary.ForWindows(o.OperationType ?? "")).FirstOrDefault(w => w is not null);
        var targets = store.Fleet.Instances.Where(i => store.Serves(i.Region)
            && scope.Contains(i.CompartmentId) && (groupMembers || i.ReleaseGroupId is null) && i.LifecycleStageId is null
            && (windows is null || i.IsWindows == windows)
            && (locations is null || locations.Count == 0 || locations.Contains(HubVocabulary.Locations[i.Location]))
            && (onlyInstances is null || onlyInstances.Contains(i.Id))).ToList();
        foreach (var instance in targets)
        {
            ForInstance(instance, operations, origin with { Description = $"{origin.Description} (instance {instance.DisplayName})" }, parent);
        }
        parent.Logs.Add(new WorkLog(string.Create(CultureInfo.InvariantCulture, $"Created {parent.ChildrenIds.Count} work request(s), one per standalone managed instance in {name}."), origin.At));
        return parent;
    }

    /// <summary>Runs a job now: its work requests, listed in the job's <c>workRequestIds</c>; the schedule is not touched.</summary>
    public List<HubWorkRequest> RunJob(HubJobRecord job, DateTimeOffset at)
    {
        using var region = Platform.Regions.RequestRegion.Enter(store.RegionOf(job.Region));
        var origin = new HubWorkOrigin(at, $"Scheduled job '{job.DisplayName}': {Describe(job.Operations)}", job.DisplayName, job.Id,
            RetryIntervals: job.RetryIntervals);
        var created = new List<HubWorkRequest>();
        foreach (var id in job.ManagedInstanceIds)
        {
            if (store.Instances.TryGetValue(id, out var instance))
            {
                created.Add(ForInstance(instance, job.Operations, origin with { Description = $"{origin.Description} on {instance.DisplayName}" }));
            }
        }
        foreach (var id in job.ManagedInstanceGroupIds)
        {
            if (store.ReleaseGroups.TryGetValue(id, out var group))
            {
                created.Add(ForGroup(group, job.Operations, origin with { Description = $"{origin.Description} on group {group.DisplayName}" }));
            }
        }
        if (job.ManagedCompartmentIds.Count > 0)
        {
            created.Add(ForCompartments(job.ManagedCompartmentIds, job.IsSubcompartmentIncluded == true, job.Operations,
                origin with { Description = $"{origin.Description} on compartment(s)" }, job.Locations, groupMembers: true));
        }
        created.AddRange(RunOnUnits(job, origin));
        foreach (var request in created)
        {
            job.List(request.Id, at, state.JobListingLag);
        }
        job.TimeLastExecution = at;
        job.TimeUpdated = at;
        job.Version++;
        return created;
    }

    /// <summary>
    /// Reruns a finished work request on the given instances of its tree, or on its failed ones: a new tree of the same
    /// shape with <c>rerunOfId</c>.
    /// </summary>
    public HubWorkRequest Rerun(HubWorkRequest original, IReadOnlyList<string>? instanceIds, WorkRequestDetails? details, DateTimeOffset at)
    {
        if (!original.IsFinished)
        {
            throw new OciException(409, "Conflict",
                $"Work request {original.Id} is {OsManagementWords.WorkStatuses[original.Status]}; only a finished work request can be rerun.");
        }
        var units = Units(original);
        List<HubWorkRequest> chosen;
        if (instanceIds is { Count: > 0 })
        {
            chosen = new List<HubWorkRequest>();
            foreach (var id in instanceIds)
            {
                chosen.Add(units.FirstOrDefault(u => u.InstanceId == id)
                    ?? throw OciException.Invalid($"Managed instance {id} is not one of the instances of work request {original.Id}; rerun takes the instances it ran on."));
            }
        }
        else
        {
            chosen = units.Where(u => u.Status == WorkStatus.Failed).ToList();
            if (chosen.Count == 0)
            {
                throw new OciException(409, "Conflict", $"Work request {original.Id} has no failed work to rerun; name the managedInstances to rerun it on.");
            }
        }
        var origin = new HubWorkOrigin(at, details?.Description ?? $"Rerun of {original.DisplayName ?? original.Id}", details?.DisplayName ?? $"Rerun of {original.DisplayName}",
            RerunOfId: original.Id);
        return Again(original, chosen, origin);
    }

    /// <summary>When a top-level work request finishes, a failed run of a job with retry intervals is retried.</summary>
    public void Finished(WorkRequestRecord finished, DateTimeOffset at)
    {
        if (finished is not HubWorkRequest { ParentId: null, Status: WorkStatus.Failed, RetryIntervals: { Count: > 0 } intervals } request)
        {
            return;
        }
        var attempt = 0;
        for (var retryOf = request.RetryOfId; retryOf is not null && store.WorkRequests.GetValueOrDefault(retryOf) is HubWorkRequest earlier; retryOf = earlier.RetryOfId)
        {
            attempt++;
        }
        if (attempt >= intervals.Count)
        {
            return;
        }
        var failed = Units(request).Where(u => u.Status == WorkStatus.Failed).ToList();
        var origin = new HubWorkOrigin(at, $"Retry {attempt + 1} of {intervals.Count}: {request.Description}", request.DisplayName, request.JobId,
            StartAfter: at.AddMinutes(intervals[attempt]), RetryOfId: request.Id, RetryIntervals: intervals);
        var retry = Again(request, failed, origin);
        if (request.JobId is not null && state.Jobs.TryGetValue(request.JobId, out var job) && job.LifecycleState != "DELETED")
        {
            job.List(retry.Id, at, state.JobListingLag);
        }
    }

    public void Removed(WorkRequestRecord request)
    {
        if (request.JobId is not null && state.Jobs.TryGetValue(request.JobId, out var job))
        {
            job.WorkRequestIds.Remove(request.Id);
            job.Unlisted.RemoveAll(u => u.Id == request.Id);
        }
    }

    public (string Log, string Message) NothingToDo(WorkRequestRecord parent)
    {
        var entity = (HubWorkRequest)parent;
        if (entity.Outcome is { } outcome)
        {
            return (outcome, outcome);
        }
        return entity.EntityType == "COMPARTMENT"
            ? ($"No managed instance in {entity.EntityName} matches; nothing to do.", "No managed instance matched.")
            : ($"Group {parent.GroupName ?? entity.EntityName} has no members; nothing to do.", "The group has no members.");
    }

    /// <summary>What a job does, in words.</summary>
    public static string Describe(IReadOnlyList<ScheduledJobOperation> operations) => string.Join(", ", operations.Select(op =>
    {
        var names = (op.PackageNames ?? new List<string>()).Concat(op.WindowsUpdateNames ?? new List<string>()).ToList();
        var what = (op.OperationType ?? "").ToLowerInvariant().Replace('_', ' ');
        return names.Count > 0 ? $"{what} {string.Join(", ", names)}" : what;
    }));

    /// <summary>The work request operation type a job operation runs as (UPDATE_ALL runs as UPDATE_ALL_PACKAGES).</summary>
    public static string WorkRequestOperation(string jobOperation) => jobOperation == "UPDATE_ALL" ? "UPDATE_ALL_PACKAGES" : jobOperation;

    private HubWorkRequest Again(HubWorkRequest original, List<HubWorkRequest> units, HubWorkOrigin origin)
    {
        var operations = original.Operations;
        var instances = units.Select(u => u.InstanceId!).ToHashSet(StringComparer.Ordinal);
        if (original.InstanceId is not null)
        {
            var instance = store.Instances.GetValueOrDefault(original.InstanceId) ?? throw OciException.NotFound($"Managed instance {original.InstanceId}");
            return ForInstance(instance, operations, origin);
        }
        if (original.EntityType == "GROUP" && original.EntityId is not null && store.ReleaseGroups.TryGetValue(original.EntityId, out var group))
        {
            return ForGroup(group, operations, origin, instances);
        }
        if (original.EntityType is "LIFECYCLE_STAGE" or "DYNAMIC_SET")
        {
            return ForMembers(original.EntityType, original.EntityId ?? original.CompartmentId, original.EntityName, original.CompartmentId, HubUnits.Members(store, instances), operations, origin);
        }
        return ForCompartments(new[] { original.EntityId ?? original.CompartmentId }, subtree: true, operations, origin, onlyInstances: instances, groupMembers: true);
    }

    /// <summary>The per-instance work requests of a tree: the request itself for an instance, else its children.</summary>
    private List<HubWorkRequest> Units(HubWorkRequest request) => request.InstanceId is not null
        ? new List<HubWorkRequest> { request }
        : request.ChildrenIds.Select(id => store.WorkRequests.GetValueOrDefault(id)).OfType<HubWorkRequest>().ToList();

    private HubWorkRequest Leaf(InstanceRecord instance, Step step, IReadOnlyList<ScheduledJobOperation> operations, HubWorkOrigin origin, HubWorkRequest? parent)
    {
        var leaf = New(origin, step.OperationType, instance.CompartmentId, "INSTANCE", instance.Id, instance.DisplayName, instance.Os.Family,
            parent is not null && parent.InstanceId == instance.Id ? new[] { step.Operation } : operations, parent, instance) with { Plan = step.Plan };
        var record = leaf.Build(isParent: false);
        store.Work.Accept(record, parent);
        return record;
    }

    private static IEnumerable<Step> StepsFor(InstanceRecord instance, ScheduledJobOperation op)
    {
        var type = op.OperationType ?? "";
        var names = (IReadOnlyList<string>?)op.PackageNames ?? Array.Empty<string>();
        switch (type)
        {
            case "UPDATE_ALL":
            case "INSTALL_ALL_WINDOWS_UPDATES":
                foreach (var classification in AllTypes)
                {
                    var operation = HubVocabulary.UpdateOperation(classification, instance.IsWindows);
                    yield return new Step(operation, WorkPlan.UpdateAll(HubVocabulary.Classifications.Value(classification)), new ScheduledJobOperation { OperationType = operation });
                }
                yield break;
            case "UPDATE_SECURITY" or "UPDATE_BUGFIX" or "UPDATE_ENHANCEMENT" or "UPDATE_OTHER":
                yield return new Step(type, WorkPlan.UpdateAll(HubVocabulary.Classifications.Value(type["UPDATE_".Length..])), op);
                yield break;
            case "INSTALL_SECURITY_WINDOWS_UPDATES" or "INSTALL_BUGFIX_WINDOWS_UPDATES" or "INSTALL_ENHANCEMENT_WINDOWS_UPDATES" or "INSTALL_OTHER_WINDOWS_UPDATES":
                yield return new Step(type, WorkPlan.UpdateAll(HubVocabulary.Classifications.Value(type["INSTALL_".Length..type.IndexOf("_WINDOWS", StringComparison.Ordinal)])), op);
                yield break;
            case "UPDATE_PACKAGES":
                yield return new Step(type, WorkPlan.Of(WorkKind.UpdatePackages, names), op);
                yield break;
            case "INSTALL_PACKAGES":
                yield return new Step(type, WorkPlan.Of(WorkKind.InstallPackages, names), op);
                yield break;
            case "REMOVE_PACKAGES":
                yield return new Step(type, WorkPlan.Of(WorkKind.RemovePackages, names), op);
                yield break;
            case "INSTALL_WINDOWS_UPDATES":
                yield return new Step(type, WorkPlan.Of(WorkKind.InstallWindowsUpdates, (IReadOnlyList<string>?)op.WindowsUpdateNames ?? Array.Empty<string>()), op);
                yield break;
            case "UPDATE_KSPLICE_KERNEL":
                yield return new Step(type, WorkPlan.Of(WorkKind.KspliceKernel, names), op);
                yield break;
            case "UPDATE_KSPLICE_USERSPACE":
                yield return new Step(type, WorkPlan.Of(WorkKind.KspliceUserspace, names), op);
                yield break;
            case "REBOOT":
                yield return new Step(type, WorkPlan.Of(WorkKind.Reboot, names), op);
                yield break;
            default:
                yield return new Step(type, WorkPlan.Of(WorkKind.NoOp, names), op);
                yield break;
        }
    }

    /// <summary>The operation type of a parent: the single operation's, else UPDATE_PACKAGES for a mix of update types.</summary>
    private static string ParentOperation(IReadOnlyList<ScheduledJobOperation> operations) =>
        operations.Count == 1 ? WorkRequestOperation(operations[0].OperationType ?? "") : "UPDATE_PACKAGES";

    private Draft New(HubWorkOrigin origin, string operationType, string compartmentId, string entityType, string entityId, string entityName, OsFamily? family,
        IReadOnlyList<ScheduledJobOperation> operations, HubWorkRequest? parent, InstanceRecord? instance) =>
        new(this, store, origin, WorkRequestOperation(operationType), compartmentId, entityType, entityId, entityName, family, operations, parent, instance,
            WorkPlan.UpdateAll(null));

    /// <summary>The fields of a work request about to be made.</summary>
    private sealed record Draft(HubWork Owner, EmulatorStore Store, HubWorkOrigin Origin, string OperationType, string CompartmentId, string EntityType,
        string EntityId, string EntityName, OsFamily? Family, IReadOnlyList<ScheduledJobOperation> Operations, HubWorkRequest? Parent, InstanceRecord? Instance,
        WorkPlan Plan)
    {
        public HubWorkRequest Build(bool isParent, string? groupId = null, string? groupName = null) => new()
        {
            Owner = Owner,
            Id = Store.RuntimeIds.Regional("osmhworkrequest"),
            CompartmentId = CompartmentId,
            OperationType = OperationType,
            Description = Origin.Description,
            DisplayName = Origin.DisplayName is null ? $"{Label(OperationType)} on {EntityName}" : $"{Origin.DisplayName}: {Label(OperationType)} on {EntityName}",
            Family = Family,
            Plan = Plan,
            InstanceId = Instance?.Id,
            InstanceName = Instance?.DisplayName,
            GroupId = groupId,
            GroupName = groupName,
            JobId = Origin.InitiatorId,
            ParentId = Parent?.Id,
            TimeAccepted = Origin.At,
            StartAfter = Origin.StartAfter,
            IsParent = isParent,
            RerunOfId = Parent is null ? Origin.RerunOfId : null,
            RetryOfId = Parent is null ? Origin.RetryOfId : null,
            RetryIntervals = Origin.RetryIntervals,
            RebootTimeoutInMins = Operations.FirstOrDefault(o => o.OperationType == "REBOOT")?.RebootTimeoutInMins,
            EntityType = EntityType,
            EntityId = EntityId,
            EntityName = EntityName,
            Operations = Operations,
        };

        private static string Label(string operationType) =>
            CultureInfo.InvariantCulture.TextInfo.ToTitleCase(operationType.ToLowerInvariant().Replace('_', ' '));
    }
}

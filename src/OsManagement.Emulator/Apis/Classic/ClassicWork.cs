using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// The retired API's work requests: one per targeted instance; for a group, one parent (no instance, <c>childrenIds</c>)
/// plus one child per member (<c>parentId</c>). Also runs its scheduled jobs: a ONETIME job then has no next execution,
/// a RECURRING one moves to its next occurrence. Callers hold the store's lock.
/// </summary>
internal sealed class ClassicWork(EmulatorStore store, ClassicState state) : IWorkOwner
{
    public string AgentName => "OS Management agent";

    /// <summary>Work on one instance.</summary>
    public WorkRequestRecord ForInstance(InstanceRecord instance, string operationType, WorkPlan plan, string description, DateTimeOffset at,
        string? jobId = null, WorkRequestRecord? parent = null)
    {
        var request = new WorkRequestRecord
        {
            Owner = this,
            Id = store.RuntimeIds.Regional("osmsworkrequest"),
            CompartmentId = instance.CompartmentId,
            OperationType = operationType,
            Description = description,
            Family = instance.Os.Family,
            Plan = plan,
            InstanceId = instance.Id,
            InstanceName = instance.DisplayName,
            GroupId = parent?.GroupId,
            GroupName = parent?.GroupName,
            JobId = jobId,
            ParentId = parent?.Id,
            TimeAccepted = at,
        };
        store.Work.Accept(request, parent);
        return request;
    }

    /// <summary>Work on every member of a group: a parent and one child per member.</summary>
    public WorkRequestRecord ForGroup(GroupRecord group, string operationType, Func<InstanceRecord, WorkPlan> planFor, string description, DateTimeOffset at,
        string? jobId = null)
    {
        var parent = new WorkRequestRecord
        {
            Owner = this,
            Id = store.RuntimeIds.Regional("osmsworkrequest"),
            CompartmentId = group.CompartmentId,
            OperationType = operationType,
            Description = description,
            Family = group.Family,
            Plan = WorkPlan.UpdateAll(null),
            GroupId = group.Id,
            GroupName = group.DisplayName,
            JobId = jobId,
            IsParent = true,
            TimeAccepted = at,
        };
        store.Work.Accept(parent, null);
        foreach (var memberId in group.InstanceIds)
        {
            if (store.Instances.TryGetValue(memberId, out var member))
            {
                ForInstance(member, operationType, planFor(member), $"{description} (member {member.DisplayName})", at, jobId, parent);
            }
        }
        parent.Logs.Add(new WorkLog(string.Create(CultureInfo.InvariantCulture, $"Created {parent.ChildrenIds.Count} work request(s), one per member of group {group.DisplayName}."), at));
        return parent;
    }

    /// <summary>Creates the job's work requests now, without touching its schedule.</summary>
    public List<WorkRequestRecord> RunJob(ClassicJobRecord job, DateTimeOffset at)
    {
        using var region = Platform.Regions.RequestRegion.Enter(store.RegionOf(job.Region));
        var created = new List<WorkRequestRecord>();
        var what = Describe(job);
        foreach (var target in job.ManagedInstances)
        {
            if (target.Id is not null && store.Instances.TryGetValue(target.Id, out var instance))
            {
                created.Add(ForInstance(instance, job.OperationType, PlanFor(job, instance), $"Scheduled job '{job.DisplayName}': {what} on {instance.DisplayName}", at, job.Id));
            }
        }
        foreach (var target in job.ManagedInstanceGroups)
        {
            if (target.Id is not null && store.Groups.TryGetValue(target.Id, out var group))
            {
                created.Add(ForGroup(group, job.OperationType, member => PlanFor(job, member), $"Scheduled job '{job.DisplayName}': {what} on group {group.DisplayName}", at, job.Id));
            }
        }
        job.WorkRequestIds.AddRange(created.Select(w => w.Id));
        job.TimeLastExecution = at;
        job.Version++;
        return created;
    }

    /// <summary>Moves a recurring job on one interval without running it.</summary>
    public void Skip(ClassicJobRecord job)
    {
        job.OccurrenceIndex++;
        job.TimeNextExecution = Recurrence.Occurrence(job.Anchor, job.IntervalType!, int.Parse(job.IntervalValue!, CultureInfo.InvariantCulture), job.OccurrenceIndex);
        job.Version++;
    }

    /// <summary>After a run: a recurring job moves to its next occurrence, a one-time job has none.</summary>
    public void MoveOn(ClassicJobRecord job)
    {
        if (job.ScheduleType == "RECURRING" && Recurrence.IsIntervalType(job.IntervalType)
            && int.TryParse(job.IntervalValue, out _))
        {
            Skip(job);
        }
        else
        {
            job.TimeNextExecution = null;
            job.Version++;
        }
    }

    public (string Log, string Message) NothingToDo(WorkRequestRecord parent) =>
        ($"Group {parent.GroupName} has no members; nothing to do.", "The group has no members.");

    public void Finished(WorkRequestRecord request, DateTimeOffset at)
    {
    }

    public void Removed(WorkRequestRecord request)
    {
        if (request.JobId is not null && state.Jobs.TryGetValue(request.JobId, out var job))
        {
            job.WorkRequestIds.Remove(request.Id);
        }
    }

    /// <summary>What the job does to one instance (Windows instances take updateNames, Linux ones packageNames).</summary>
    private static WorkPlan PlanFor(ClassicJobRecord job, InstanceRecord instance)
    {
        var names = instance.IsWindows && job.UpdateNames.Count > 0 ? job.UpdateNames : job.PackageNames;
        return job.OperationType switch
        {
            "UPDATEALL" => ClassicVocabulary.UpdateAll(job.UpdateType),
            "INSTALL" => WorkPlan.Of(instance.IsWindows ? WorkKind.InstallWindowsUpdates : WorkKind.InstallPackages, names),
            "UPDATE" => WorkPlan.Of(instance.IsWindows ? WorkKind.InstallWindowsUpdates : WorkKind.UpdatePackages, names),
            "REMOVE" => WorkPlan.Of(WorkKind.RemovePackages, names),
            _ => WorkPlan.Of(WorkKind.NoOp, names),
        };
    }

    private static string Describe(ClassicJobRecord job) => job.OperationType switch
    {
        "UPDATEALL" => job.UpdateType is null or "ALL"
            ? "install all updates"
            : $"install all {job.UpdateType.ToLowerInvariant()} updates",
        "INSTALL" => $"install {string.Join(", ", job.PackageNames.Concat(job.UpdateNames))}",
        "UPDATE" => $"update {string.Join(", ", job.PackageNames.Concat(job.UpdateNames))}",
        "REMOVE" => $"remove {string.Join(", ", job.PackageNames)}",
        _ => job.OperationType.ToLowerInvariant(),
    };
}

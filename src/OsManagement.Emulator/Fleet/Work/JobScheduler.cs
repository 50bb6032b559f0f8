using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Apis.Hub;

namespace OsManagement.Emulator.Fleet.Work;

/// <summary>
/// Runs scheduled jobs of both services when they come due on the virtual clock, earliest first (OS Management Hub's
/// through <see cref="HubWork"/>). For the old service (and its runNow): one work request per
/// targeted instance, one parent work request (with children) per targeted group. A ONETIME job then has
/// no next execution; a RECURRING one moves to its next occurrence. Callers hold the store's lock.
/// </summary>
internal sealed class JobScheduler
{
    /// <summary>A guard against a huge clock jump running an hourly job thousands of times in one go.</summary>
    private const int MaxRunsPerCatchUp = 5000;

    private readonly EmulatorStore _store;

    public JobScheduler(EmulatorStore store) => _store = store;

    /// <summary>Runs every occurrence due by <paramref name="now"/>, earliest first, letting work progress in between.</summary>
    public void RunDue(DateTimeOffset now)
    {
        for (var runs = 0; runs < MaxRunsPerCatchUp; runs++)
        {
            ClassicJobRecord? next = null;
            foreach (var job in _store.Jobs.Values)
            {
                if (job.LifecycleState == LifecycleStates.Active && job.TimeNextExecution is { } due && due <= now
                    && (next is null || due < next.TimeNextExecution))
                {
                    next = job;
                }
            }
            HubJobRecord? nextHub = null;
            foreach (var job in _store.HubJobs.Values)
            {
                if (job.IsDue(now) && (nextHub is null || job.TimeNextExecution < nextHub.TimeNextExecution))
                {
                    nextHub = job;
                }
            }
            if (nextHub is not null && (next is null || nextHub.TimeNextExecution < next.TimeNextExecution))
            {
                var when = nextHub.TimeNextExecution;
                _store.Work.Advance(when);
                _store.HubWork.RunJob(nextHub, when);
                HubJobSchedule.MoveOn(nextHub, when);
                continue;
            }
            if (next is null)
            {
                return;
            }
            var at = next.TimeNextExecution!.Value;
            _store.Work.Advance(at);
            Run(next, at);
            MoveToNextOccurrence(next);
        }
    }

    /// <summary>Creates the job's work requests now, without touching its schedule.</summary>
    public List<WorkRequestRecord> Run(ClassicJobRecord job, DateTimeOffset at)
    {
        var created = new List<WorkRequestRecord>();
        var what = Describe(job);
        foreach (var target in job.ManagedInstances)
        {
            if (target.Id is not null && _store.Instances.TryGetValue(target.Id, out var instance))
            {
                created.Add(_store.Work.ForInstance(instance, job.OperationType, PlanFor(job, instance), $"Scheduled job '{job.DisplayName}': {what} on {instance.DisplayName}", at, job.Id));
            }
        }
        foreach (var target in job.ManagedInstanceGroups)
        {
            if (target.Id is not null && _store.Groups.TryGetValue(target.Id, out var group))
            {
                created.Add(_store.Work.ForGroup(group, job.OperationType, member => PlanFor(job, member), $"Scheduled job '{job.DisplayName}': {what} on group {group.DisplayName}", at, job.Id));
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
        job.TimeNextExecution = Recurrence.Occurrence(job.Anchor, job.IntervalType!, int.Parse(job.IntervalValue!, System.Globalization.CultureInfo.InvariantCulture), job.OccurrenceIndex);
        job.Version++;
    }

    private void MoveToNextOccurrence(ClassicJobRecord job)
    {
        if (job.ScheduleType == ScheduleTypes.Recurring && Recurrence.IsIntervalType(job.IntervalType)
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

    /// <summary>What the job does to one instance (Windows instances take updateNames, Linux ones packageNames).</summary>
    public static WorkPlan PlanFor(ClassicJobRecord job, InstanceRecord instance)
    {
        var names = instance.IsWindows && job.UpdateNames.Count > 0 ? job.UpdateNames : job.PackageNames;
        return job.OperationType switch
        {
            OperationTypes.Updateall => ClassicVocabulary.UpdateAll(job.UpdateType),
            OperationTypes.Install => WorkPlan.Of(instance.IsWindows ? WorkKind.InstallWindowsUpdates : WorkKind.InstallPackages, names),
            OperationTypes.Update => WorkPlan.Of(instance.IsWindows ? WorkKind.InstallWindowsUpdates : WorkKind.UpdatePackages, names),
            OperationTypes.Remove => WorkPlan.Of(WorkKind.RemovePackages, names),
            _ => WorkPlan.Of(WorkKind.NoOp, names),
        };
    }

    private static string Describe(ClassicJobRecord job) => job.OperationType switch
    {
        OperationTypes.Updateall => job.UpdateType is null or PackageUpdateTypes.All
            ? "install all updates"
            : $"install all {job.UpdateType.ToLowerInvariant()} updates",
        OperationTypes.Install => $"install {string.Join(", ", job.PackageNames.Concat(job.UpdateNames))}",
        OperationTypes.Update => $"update {string.Join(", ", job.PackageNames.Concat(job.UpdateNames))}",
        OperationTypes.Remove => $"remove {string.Join(", ", job.PackageNames)}",
        _ => job.OperationType.ToLowerInvariant(),
    };
}

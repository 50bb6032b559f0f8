using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A change to a scheduled job: only what is set changes. <see cref="Validate"/> judges it on its own, and, given the
/// job as read, against what the job does.
/// </summary>
public sealed class ScheduledJobChange
{
    /// <summary>A new name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>A new description.</summary>
    public string? Description { get; set; }

    /// <summary>A new time for the next run, and a new recurrence (an interval or a rule); what is not given does not change.</summary>
    public ScheduleRequest Schedule { get; set; } = new();

    /// <summary>Makes a recurring job run once, at its next time.</summary>
    public bool Once { get; set; }

    /// <summary>New package names (replace the list).</summary>
    public IReadOnlyList<string>? PackageNames { get; set; }

    /// <summary>New Windows update names (replace the list).</summary>
    public IReadOnlyList<string>? WindowsUpdateNames { get; set; }

    /// <summary>
    /// New update kinds (UpdateAll jobs): they replace the kinds the job's UpdateAll operations install, one operation
    /// each; its other operations stay as they are. Null leaves the kinds alone.
    /// </summary>
    public IReadOnlyList<UpdateKind>? UpdateKinds { get; set; }

    /// <summary>New freeform tags (replace them).</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; set; }

    /// <summary>New retry intervals in minutes (OS Management Hub).</summary>
    public IReadOnlyList<int>? RetryIntervals { get; set; }

    /// <summary>
    /// The change for <paramref name="job"/> as read: a new rule without a new time starts from the job's next run, and a
    /// new time keeps the job's rule (its first occurrence at or after the time). Returns this change.
    /// </summary>
    public ScheduledJobChange For(ScheduledJobRecord job)
    {
        Schedule.CurrentNextRun = job.NextRun;
        Schedule.CurrentRecurrence = job.ScheduleKind.Is(ScheduleKind.Recurring) && !Once ? job.Recurrence : null;
        return this;
    }

    /// <summary>
    /// What keeps the change from being sent. Without <paramref name="job"/>, what the change says on its own; with it,
    /// also what the job's operation and OS family cannot take (an operation the engine does not know is not judged).
    /// </summary>
    public IReadOnlyList<JobProblem> Validate(ScheduledJobRecord? job, ServiceCapabilities capabilities, DateTimeOffset now)
    {
        var problems = new List<JobProblem>();
        var kinds = UpdateKinds?.Distinct().ToList();
        JobRules.Features(problems, capabilities, Schedule, RetryIntervals, null);
        JobRules.UpdateKinds(problems, capabilities, kinds);
        if (Once && (Schedule.RepeatEvery is not null || Schedule.RecurrenceRule is not null))
        {
            problems.Add(new JobProblem(JobProblemKind.OnceAndRecurring, JobAspect.Schedule));
        }
        Schedule.RecurrenceProblems(problems);
        JobRules.OneKindOfNames(problems, PackageNames, WindowsUpdateNames);
        Schedule.TimeProblems(problems, now);
        if (job is null)
        {
            return problems;
        }
        // Operations the engine does not know are kept as they are and not judged; a job of only those is not judged.
        var known = job.Operations.Select(o => o.Operation.Value).OfType<JobOperation>().ToList();
        if (known.Count > 0)
        {
            JobRules.Operations(problems, known, PackageNames, WindowsUpdateNames, kinds, namesRequired: false);
            JobRules.WindowsUpdatesInstalled(problems, known.Where(o => o.TakesNames()).DefaultIfEmpty(known[0]).First(), WindowsUpdateNames);
        }
        JobRules.OsFamily(problems, job.OsFamily.Value, PackageNames, WindowsUpdateNames, kinds, targetsAreGroups: false);
        return problems;
    }

    /// <summary>Whether the change rewrites any of the job's operations (new names or update kinds).</summary>
    public bool ChangesOperations => PackageNames is not null || WindowsUpdateNames is not null || UpdateKinds is not null;

    /// <summary>
    /// The operations <paramref name="job"/> has after this change, in its order: new kinds replace its UpdateAll
    /// operations (one each, where the first of them was), new names the names of its operations that take names, and
    /// every operation the change does not touch is kept as the service has it. Null when the change touches none.
    /// </summary>
    /// <exception cref="NotSupportedException">No operation of the job takes what the change gives (a job of operations the engine does not know).</exception>
    public IReadOnlyList<PlannedJobOperation>? OperationsAfter(ScheduledJobRecord job)
    {
        if (!ChangesOperations)
        {
            return null;
        }
        var kinds = UpdateKinds?.Distinct().ToList();
        var planned = new List<PlannedJobOperation>();
        bool kindsPlaced = false, namesPlaced = false;
        var operations = job.Operations;
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            if (kinds is not null && operation.TakesUpdateKind)
            {
                if (!kindsPlaced)
                {
                    planned.AddRange(kinds.Select(k => PlannedJobOperation.New(JobOperation.UpdateAll, k)));
                    kindsPlaced = true;
                }
            }
            else if ((PackageNames is not null || WindowsUpdateNames is not null) && operation.TakesNames)
            {
                planned.Add(PlannedJobOperation.New(operation.Operation.Value!.Value, null, PackageNames ?? operation.PackageNames,
                    WindowsUpdateNames ?? operation.WindowsUpdateNames));
                namesPlaced = true;
            }
            else
            {
                planned.Add(PlannedJobOperation.Kept(i));
            }
        }
        if ((kinds is not null && !kindsPlaced) || ((PackageNames is not null || WindowsUpdateNames is not null) && !namesPlaced))
        {
            throw new NotSupportedException(
                $"Scheduled job {job.DisplayName} does {string.Join(", ", operations.Select(o => o.Operation.Text))}, which this module cannot change; " +
                "change its name, schedule or tags only.");
        }
        return planned;
    }
}

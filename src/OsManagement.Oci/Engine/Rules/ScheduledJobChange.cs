using System;
using System.Collections.Generic;

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

    /// <summary>A new update kind (UpdateAll jobs).</summary>
    public UpdateKind? UpdateKind { get; set; }

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
        JobRules.Features(problems, capabilities, Schedule, RetryIntervals, null);
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
        if (job.Operation.Value is { } operation)
        {
            JobRules.Operation(problems, operation, PackageNames, WindowsUpdateNames, UpdateKind, namesRequired: false);
            JobRules.WindowsUpdatesInstalled(problems, operation, WindowsUpdateNames);
        }
        JobRules.OsFamily(problems, job.OsFamily.Value, PackageNames, WindowsUpdateNames, UpdateKind, targetsAreGroups: false);
        return problems;
    }
}

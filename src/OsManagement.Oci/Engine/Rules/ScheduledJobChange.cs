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

    /// <summary>A new time for the next run; local and unspecified times are local.</summary>
    public DateTime? At { get; set; }

    /// <summary>Makes the job recurring, or changes its interval unit.</summary>
    public IntervalUnit? RepeatEvery { get; set; }

    /// <summary>With <see cref="RepeatEvery"/>: units between runs (default 1).</summary>
    public int? Interval { get; set; }

    /// <summary>Makes the job recurring by an iCalendar rule.</summary>
    public string? RecurrenceRule { get; set; }

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
    /// What keeps the change from being sent. Without <paramref name="job"/>, what the change says on its own; with it,
    /// also what the job's operation and OS family cannot take (an operation the engine does not know is not judged).
    /// </summary>
    public IReadOnlyList<JobProblem> Validate(ScheduledJobRecord? job, ServiceCapabilities capabilities, DateTimeOffset now)
    {
        var problems = new List<JobProblem>();
        JobRules.Features(problems, capabilities, RecurrenceRule, RetryIntervals, null);
        if (Once && (RepeatEvery is not null || RecurrenceRule is not null))
        {
            problems.Add(new JobProblem(JobProblemKind.OnceAndRecurring, JobAspect.Schedule));
        }
        JobRules.OneRecurrence(problems, RepeatEvery, RecurrenceRule);
        JobRules.IntervalNeedsUnit(problems, Interval, RepeatEvery, RecurrenceRule);
        JobRules.OneKindOfNames(problems, PackageNames, WindowsUpdateNames);
        JobRules.InFuture(problems, At, now);
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

    /// <summary>The new next run, in UTC.</summary>
    public DateTimeOffset? NextRun => At is { } at ? JobRules.ToUtc(at) : null;

    /// <summary>The new recurrence; null when it does not change (see <see cref="Once"/> for making it one-time).</summary>
    public Recurrence? Recurrence =>
        RecurrenceRule is not null ? Engine.Recurrence.ByRule(RecurrenceRule)
        : RepeatEvery is { } unit ? Engine.Recurrence.Every(unit, Interval ?? 1)
        : null;
}

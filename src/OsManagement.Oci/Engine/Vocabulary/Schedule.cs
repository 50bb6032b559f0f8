using System;

namespace OsManagement.Oci.Engine;

/// <summary>Whether a job runs once or recurs.</summary>
public enum ScheduleKind
{
    /// <summary>Runs once.</summary>
    OneTime,

    /// <summary>Runs again and again, by its recurrence.</summary>
    Recurring,
}

/// <summary>The unit of a recurrence interval.</summary>
public enum IntervalUnit
{
    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>Months.</summary>
    Month,
}

/// <summary>The state of a scheduled job's life.</summary>
public enum JobLifecycleState
{
    /// <summary>Being created.</summary>
    Creating,

    /// <summary>Being changed.</summary>
    Updating,

    /// <summary>Scheduled.</summary>
    Active,

    /// <summary>Being deleted.</summary>
    Deleting,

    /// <summary>Deleted.</summary>
    Deleted,

    /// <summary>Failed.</summary>
    Failed,

    /// <summary>Not scheduled any more (OS Management Hub).</summary>
    Inactive,
}

/// <summary>When a job runs: once at a UTC instant, or from a first instant on, by a recurrence.</summary>
public sealed class JobSchedule
{
    private JobSchedule(DateTimeOffset nextRun, Recurrence? recurrence)
    {
        NextRun = nextRun.ToUniversalTime();
        Recurrence = recurrence;
    }

    /// <summary>A job that runs once, at <paramref name="at"/>.</summary>
    public static JobSchedule Once(DateTimeOffset at) => new(at, null);

    /// <summary>A job that runs first at <paramref name="firstRun"/>, then by <paramref name="recurrence"/>.</summary>
    public static JobSchedule Recurring(DateTimeOffset firstRun, Recurrence recurrence) =>
        new(firstRun, recurrence ?? throw new ArgumentNullException(nameof(recurrence)));

    /// <summary>The next (for a new job: the first) run, in UTC.</summary>
    public DateTimeOffset NextRun { get; }

    /// <summary>How it recurs; null for a one-time job.</summary>
    public Recurrence? Recurrence { get; }

    /// <summary>One-time or recurring.</summary>
    public ScheduleKind Kind => Recurrence is null ? ScheduleKind.OneTime : ScheduleKind.Recurring;
}

using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>
/// When a job runs, as a user asks for it: a time and a rule read in the zone they mean (<see cref="TimeZone"/>, this
/// computer's unless given; a UTC time is an instant), and how it recurs, by an interval (<see cref="RepeatEvery"/>,
/// <see cref="Interval"/>) or by an iCalendar rule (<see cref="RecurrenceRule"/>), or neither. A new job and a change to
/// one take it alike; its <see cref="Recurrence"/> is read once, and its <see cref="Plan"/> (the first run, the rule as
/// sent in UTC, the clock changes that move it) worked out once.
/// </summary>
public sealed class ScheduleRequest
{
    private DateTime? _at;
    private IntervalUnit? _repeatEvery;
    private int? _interval;
    private string? _rule;
    private Recurrence? _recurrence;
    private bool _read;
    private TimeZoneInfo? _zone;
    private DateTimeOffset? _from;
    private Recurrence? _current;
    private SchedulePlan? _plan;

    /// <summary>The time of the (next) run; local and unspecified times are local. A new job needs one.</summary>
    public DateTime? At
    {
        get => _at;
        set => Change(ref _at, value);
    }

    /// <summary>The zone <see cref="At"/> and the rule's days and hours are read in; null: this computer's.</summary>
    public TimeZoneInfo? TimeZone
    {
        get => _zone;
        set => Change(ref _zone, value);
    }

    /// <summary>The zone the schedule is read in: <see cref="TimeZone"/>, or this computer's.</summary>
    public TimeZoneInfo Zone => _zone ?? TimeZoneInfo.Local;

    /// <summary>
    /// Where a change without <see cref="At"/> starts from: the job's next run as read. A new rule then runs first at its
    /// first occurrence at or after it.
    /// </summary>
    public DateTimeOffset? CurrentNextRun
    {
        get => _from;
        set => Change(ref _from, value);
    }

    /// <summary>Makes the job recurring every <see cref="Interval"/> of this unit.</summary>
    public IntervalUnit? RepeatEvery
    {
        get => _repeatEvery;
        set => Change(ref _repeatEvery, value);
    }

    /// <summary>With <see cref="RepeatEvery"/>: units between runs (default 1).</summary>
    public int? Interval
    {
        get => _interval;
        set => Change(ref _interval, value);
    }

    /// <summary>Makes the job recurring by an iCalendar rule (FREQ=WEEKLY;BYDAY=SU) instead of an interval.</summary>
    public string? RecurrenceRule
    {
        get => _rule;
        set => Change(ref _rule, value);
    }

    /// <summary>
    /// How the job recurs now, as read (in UTC), for a change: a new time for a job that recurs by a rule is the rule's
    /// first occurrence at or after it, read in the zone at the job's next run.
    /// </summary>
    public Recurrence? CurrentRecurrence
    {
        get => _current;
        set => Change(ref _current, value);
    }

    /// <summary>A schedule from a cmdlet's parameters: the unit is a word in any case (Hour, Day, Week, Month).</summary>
    /// <exception cref="ArgumentException">The unit is not one.</exception>
    public static ScheduleRequest From(DateTime? at, string? repeatEvery, int? interval, string? recurrenceRule, TimeZoneInfo? zone = null) => new()
    {
        At = at,
        TimeZone = zone,
        RepeatEvery = repeatEvery is null ? null : Vocabulary.Parse<IntervalUnit>(repeatEvery),
        Interval = interval,
        RecurrenceRule = recurrenceRule,
    };

    /// <summary>
    /// The time of the (next) run in UTC: the recurrence's first occurrence at or after the time asked (<see cref="At"/>,
    /// or for a new rule <see cref="CurrentNextRun"/>); null when neither was given, or a change gives no new rule nor time.
    /// </summary>
    public DateTimeOffset? NextRun => Plan?.FirstRun;

    /// <summary>
    /// The recurrence to send: the rule that runs at the zone's wall-clock times, read in UTC. For a change that gives no
    /// new recurrence, the job's own rule again when the new time moves its days or hours across midnight in UTC; else null.
    /// </summary>
    public Recurrence? WireRecurrence
    {
        get
        {
            if (Recurrence is not null)
            {
                return Plan?.WireRecurrence ?? Recurrence;
            }
            return Plan?.WireRecurrence is { HasRule: true } wire && _current is { HasRule: true } current && wire.ToRule() != current.ToRule() ? wire : null;
        }
    }

    /// <summary>
    /// The first run, the rule as sent and the clock changes that move its runs: from <see cref="At"/>, else (a new rule
    /// for a job) from <see cref="CurrentNextRun"/>; null when there is neither, or nothing about the time changes.
    /// </summary>
    public SchedulePlan? Plan
    {
        get
        {
            if (_plan is null)
            {
                var start = _at ?? (Recurrence is not null && _from is { } from ? from.UtcDateTime : (DateTime?)null);
                // A new time alone keeps the job's rule, read in the zone where the job runs now.
                var recurrence = Recurrence ?? (_from is { } next ? _current?.ReadIn(Zone, next) : null);
                _plan = start is { } at ? SchedulePlan.For(at, recurrence, Zone) : null;
            }
            return _plan;
        }
    }

    /// <summary>How the job recurs: the rule, else the interval; null when neither was given.</summary>
    public Recurrence? Recurrence
    {
        get
        {
            if (!_read)
            {
                _recurrence = _rule is not null ? Engine.Recurrence.ByRule(_rule)
                    : _repeatEvery is { } unit ? Engine.Recurrence.Every(unit, _interval ?? 1)
                    : null;
                _read = true;
            }
            return _recurrence;
        }
    }

    /// <summary>One-time, or recurring.</summary>
    public ScheduleKind Kind => Recurrence is null ? ScheduleKind.OneTime : ScheduleKind.Recurring;

    /// <summary>What the service cannot take of the rule: a rule it would not take, or one an interval cannot say where it has only intervals.</summary>
    internal void RuleProblems(List<JobProblem> problems, ServiceCapabilities capabilities)
    {
        if (_rule is null)
        {
            return;
        }
        if (Recurrence!.Problem is { } detail)
        {
            problems.Add(new JobProblem(JobProblemKind.InvalidRecurrenceRule, JobAspect.Schedule) { Rule = _rule, Detail = detail });
        }
        else if (!Recurrence.IsInterval)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.RecurrenceRules, JobAspect.Schedule);
        }
    }

    /// <summary>A job recurs by an interval or by a rule, not both; and an interval counts something, a unit or a rule.</summary>
    internal void RecurrenceProblems(List<JobProblem> problems)
    {
        if (_repeatEvery is not null && _rule is not null)
        {
            problems.Add(new JobProblem(JobProblemKind.RuleAndInterval, JobAspect.Schedule));
        }
        if (_interval is not null && _repeatEvery is null && _rule is null)
        {
            problems.Add(new JobProblem(JobProblemKind.IntervalWithoutUnit, JobAspect.Schedule) { Interval = _interval });
        }
    }

    /// <summary>
    /// A time to run at must be after <paramref name="now"/>; a recurrence must run at or after it, and say in UTC what it
    /// says in the zone (the services read a job's rule in UTC).
    /// </summary>
    internal void TimeProblems(List<JobProblem> problems, DateTimeOffset now)
    {
        if (_at is { } time && ZoneClock.ToUtc(time.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(time, Zone) : time, Zone) <= now)
        {
            problems.Add(new JobProblem(JobProblemKind.TimeInPast, JobAspect.Schedule) { Time = time, Zone = Zone, Now = now });
        }
        if (Plan is not { Recurrence: { HasRule: true, Problem: null } recurrence } plan)
        {
            return;
        }
        if (plan.NoRun)
        {
            problems.Add(new JobProblem(JobProblemKind.NoRunFromTime, JobAspect.Schedule)
            {
                Rule = recurrence.ToRule(), Time = plan.AskedAt, Zone = plan.Zone,
            });
        }
        else if (plan.Refusal is { } refusal)
        {
            problems.Add(new JobProblem(JobProblemKind.RuleNotInUtc, JobAspect.Schedule)
            {
                Rule = recurrence.ToRule(), Time = plan.FirstRunLocal, Zone = plan.Zone, Refusal = refusal,
            });
        }
    }

    private void Change<T>(ref T field, T value)
    {
        field = value;
        _read = false;
        _plan = null;
    }
}

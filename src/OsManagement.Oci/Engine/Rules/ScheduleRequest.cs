using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>
/// When a job runs, as a user asks for it: a time (local unless it says UTC), and how it recurs, by an interval
/// (<see cref="RepeatEvery"/>, <see cref="Interval"/>) or by an iCalendar rule (<see cref="RecurrenceRule"/>), or
/// neither. A new job and a change to one take it alike; its <see cref="Recurrence"/> is read once.
/// </summary>
public sealed class ScheduleRequest
{
    private DateTime? _at;
    private IntervalUnit? _repeatEvery;
    private int? _interval;
    private string? _rule;
    private Recurrence? _recurrence;
    private bool _read;

    /// <summary>The time of the (next) run; local and unspecified times are local. A new job needs one.</summary>
    public DateTime? At
    {
        get => _at;
        set => _at = value;
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

    /// <summary>A schedule from a cmdlet's parameters: the unit is a word in any case (Hour, Day, Week, Month).</summary>
    /// <exception cref="ArgumentException">The unit is not one.</exception>
    public static ScheduleRequest From(DateTime? at, string? repeatEvery, int? interval, string? recurrenceRule) => new()
    {
        At = at,
        RepeatEvery = repeatEvery is null ? null : Vocabulary.Parse<IntervalUnit>(repeatEvery),
        Interval = interval,
        RecurrenceRule = recurrenceRule,
    };

    /// <summary>The time of the (next) run in UTC; null when none was given.</summary>
    public DateTimeOffset? NextRun => At is { } at ? ToUtc(at) : null;

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

    /// <summary>A time to run at must be after <paramref name="now"/>.</summary>
    internal void TimeProblems(List<JobProblem> problems, DateTimeOffset now)
    {
        if (_at is { } time && ToUtc(time) <= now)
        {
            problems.Add(new JobProblem(JobProblemKind.TimeInPast, JobAspect.Schedule) { Time = time });
        }
    }

    /// <summary>A time as UTC: local and unspecified times are taken as local.</summary>
    private static DateTimeOffset ToUtc(DateTime time) =>
        new(time.Kind == DateTimeKind.Utc ? time : time.ToUniversalTime(), TimeSpan.Zero);

    private void Change<T>(ref T field, T value)
    {
        field = value;
        _read = false;
    }
}

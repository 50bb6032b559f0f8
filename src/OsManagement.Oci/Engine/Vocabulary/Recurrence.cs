using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Shared;

namespace OsManagement.Oci.Engine;

/// <summary>
/// How a recurring job recurs, as a value: every N hours, days, weeks or months, or an iCalendar rule (RFC 5545 RRULE
/// value, e.g. FREQ=WEEKLY;BYDAY=SU) for what an interval cannot say. It is read once, from what a user gave
/// (-RepeatEvery/-Interval, -RecurrenceRule) or from what a service sent, and carried on the job's record: what it
/// says (<see cref="Unit"/>, <see cref="Interval"/>, <see cref="Rule"/>), how it is sent (<see cref="ToRule"/>), what is
/// wrong in it (<see cref="Problem"/>) and when it runs (<see cref="NextAfter"/>) all come from the one reading. A rule
/// that says no more than an interval is one (FREQ=DAILY;INTERVAL=2 is every 2 days): it is split into unit and count
/// here and nowhere else.
/// </summary>
public sealed class Recurrence
{
    private static readonly IReadOnlyDictionary<IntervalUnit, string> Frequencies = new Dictionary<IntervalUnit, string>
    {
        [IntervalUnit.Hour] = "HOURLY",
        [IntervalUnit.Day] = "DAILY",
        [IntervalUnit.Week] = "WEEKLY",
        [IntervalUnit.Month] = "MONTHLY",
    };

    // The rule as read (for an interval, its own rule); the expansion is made from it the first time it is asked.
    private readonly HubRule? _rule;
    private RecurrenceExpansion? _expansion;

    private Recurrence(Reported<IntervalUnit> unit, int interval, HubRule? rule)
    {
        ReportedUnit = unit;
        Interval = interval;
        _rule = rule;
    }

    /// <summary>Every <paramref name="interval"/> units.</summary>
    public static Recurrence Every(IntervalUnit unit, int interval = 1)
    {
        if (interval < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "An interval is at least 1.");
        }
        var rule = interval == 1
            ? "FREQ=" + Frequencies[unit]
            : string.Format(CultureInfo.InvariantCulture, "FREQ={0};INTERVAL={1}", Frequencies[unit], interval);
        return new Recurrence(new Reported<IntervalUnit>(unit, unit.ToString()), interval, HubRecurrenceGrammar.Read(rule, HubRuleReading.Forgiving));
    }

    /// <summary>
    /// By an iCalendar RRULE value (an "RRULE:" prefix, blanks and case forgiven); one that says no more than an interval
    /// becomes one. A rule OS Management Hub would not take is kept as it is, with its <see cref="Problem"/>.
    /// </summary>
    public static Recurrence ByRule(string rule)
    {
        var read = HubRecurrenceGrammar.Read(rule ?? throw new ArgumentNullException(nameof(rule)), HubRuleReading.Forgiving);
        if (read.Problem is null && read.HasOnlyFrequencyAndInterval
            && Frequencies.Where(f => f.Value == read.Frequency).Select(f => (IntervalUnit?)f.Key).FirstOrDefault() is { } unit)
        {
            return Every(unit, read.Interval);
        }
        return new Recurrence(Reported<IntervalUnit>.Unknown(null), 0, read);
    }

    /// <summary>
    /// An interval as a service reported it (the retired service's intervalType and intervalValue): a unit the engine
    /// does not know is kept as the service's word. Null when the service gave no unit.
    /// </summary>
    public static Recurrence? Reported(Reported<IntervalUnit> unit, int? interval)
    {
        if (unit.Value is { } known)
        {
            return Every(known, Math.Max(1, interval ?? 1));
        }
        return unit.IsEmpty ? null : new Recurrence(unit, interval ?? 0, null);
    }

    /// <summary>The interval's unit as reported: empty for a rule an interval cannot say, the service's word for a unit the engine does not know.</summary>
    public Reported<IntervalUnit> ReportedUnit { get; }

    /// <summary>The interval's unit; null for a rule an interval cannot say.</summary>
    public IntervalUnit? Unit => ReportedUnit.Value;

    /// <summary>How many units between runs (0 for a rule an interval cannot say).</summary>
    public int Interval { get; }

    /// <summary>The rule, when an interval cannot say it (null for an interval).</summary>
    public string? Rule => Unit is null && _rule is not null ? _rule.Text : null;

    /// <summary>Whether this is an interval (what the retired service can express).</summary>
    public bool IsInterval => Unit is not null;

    /// <summary>Whether it can be written as an RRULE value: a rule, or an interval of a unit the engine knows.</summary>
    public bool HasRule => _rule is not null;

    /// <summary>What OS Management Hub would not take in the rule, and how to write it; null when it takes it.</summary>
    public string? Problem => _rule?.Problem?.Describe();

    /// <summary>The recurrence as an RRULE value: the rule, or the interval written as one.</summary>
    /// <exception cref="NotSupportedException">It is an interval of a unit the engine does not know.</exception>
    public string ToRule() => _rule?.Text ?? throw new NotSupportedException($"Every {Interval} {ReportedUnit.Text} cannot be written as a recurrence rule.");

    /// <summary>
    /// The first run strictly after <paramref name="after"/> of this recurrence started at <paramref name="start"/> (its
    /// first run), or null when there is none within ten years. A start's fraction of a second stays on every run.
    /// </summary>
    /// <exception cref="ArgumentException">The rule has a <see cref="Problem"/>.</exception>
    /// <exception cref="NotSupportedException">It is an interval of a unit the engine does not know.</exception>
    public DateTimeOffset? NextAfter(DateTimeOffset start, DateTimeOffset after)
    {
        if (_rule is null)
        {
            throw new NotSupportedException($"Every {Interval} {ReportedUnit.Text} has no runs the engine can work out.");
        }
        if (_rule.Problem is { } problem)
        {
            throw new ArgumentException($"The recurrence rule '{_rule.Text}' cannot be expanded: {problem.Describe()}", nameof(start));
        }
        var expansion = _expansion ??= new RecurrenceExpansion(_rule);
        var fraction = start.UtcDateTime.Ticks % TimeSpan.TicksPerSecond;
        var next = expansion.NextAfter(start.UtcDateTime.AddTicks(-fraction), after.UtcDateTime.AddTicks(-fraction));
        return next?.AddTicks(fraction);
    }

    /// <inheritdoc />
    public override string ToString() => _rule?.Text ?? $"Every {Interval} {ReportedUnit.Text}";
}

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
    public static Recurrence ByRule(string rule) =>
        Read(HubRecurrenceGrammar.Read(rule ?? throw new ArgumentNullException(nameof(rule)), HubRuleReading.Forgiving));

    /// <summary>A rule as the grammar read it; one that says no more than an interval becomes one.</summary>
    internal static Recurrence Read(HubRule read)
    {
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

    /// <summary>The rule as read (an interval's own rule); null for an interval of a unit the engine does not know.</summary>
    internal HubRule? Reading => _rule;

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

    /// <summary>
    /// The runs from <paramref name="start"/> (the first of them), at most <paramref name="count"/>, each the next occurrence
    /// after the one before; only the start when the engine cannot work out the runs (a rule with a problem, a unit it does not know).
    /// </summary>
    public IReadOnlyList<DateTimeOffset> RunsFrom(DateTimeOffset start, int count)
    {
        var runs = new List<DateTimeOffset> { start };
        if (_rule is not { Problem: null })
        {
            return runs;
        }
        while (runs.Count < count && NextAfter(start, runs[runs.Count - 1]) is { } next)
        {
            runs.Add(next);
        }
        return runs;
    }

    /// <summary>
    /// This rule (read in UTC, as the services read a job's rule) as it reads on <paramref name="zone"/>'s wall clock at the
    /// offset of <paramref name="start"/>, a run of it; null when no rule says it there (or nothing can be read: an interval of a
    /// unit the engine does not know, a rule with a problem). An interval reads as itself.
    /// </summary>
    public Recurrence? ReadIn(TimeZoneInfo zone, DateTimeOffset start)
    {
        if (_rule is not { Problem: null } rule)
        {
            return null;
        }
        var utc = start.UtcDateTime.AddTicks(-(start.UtcDateTime.Ticks % TimeSpan.TicksPerSecond));
        var offset = zone.GetUtcOffset(start);
        var (local, _) = RuleShift.Shift(rule, DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), offset);
        return local is null ? null : ReferenceEquals(local, rule) ? this : Read(local);
    }

    /// <summary>
    /// This rule with what it takes from its start written out (the time of day; a weekly rule's day, a monthly rule's day
    /// of the month, a yearly rule's day and month): from <paramref name="start"/> it runs exactly as this rule does, and
    /// from any start it keeps those. Itself when it leaves nothing to its start (or is not a rule the engine can read).
    /// </summary>
    public Recurrence PinnedAt(DateTimeOffset start)
    {
        if (_rule is not { Problem: null } rule)
        {
            return this;
        }
        var t = start.UtcDateTime;
        var has = new HashSet<string>(rule.Parts.Select(p => p.Key), StringComparer.Ordinal);
        var added = new List<string>();
        void Add(string name, int value)
        {
            if (!has.Contains(name))
            {
                added.Add(name + "=" + value.ToString(CultureInfo.InvariantCulture));
            }
        }
        var dayParts = has.Contains("BYDAY") || has.Contains("BYMONTHDAY");
        switch (rule.Frequency)
        {
            case "WEEKLY" when !dayParts:
                added.Add("BYDAY=" + HubRecurrenceGrammar.WeekDays[(int)t.DayOfWeek]);
                break;
            case "MONTHLY" when !dayParts:
                Add("BYMONTHDAY", t.Day);
                break;
            case "YEARLY" when !dayParts:
                Add("BYMONTH", t.Month);
                Add("BYMONTHDAY", t.Day);
                break;
        }
        if (rule.Frequency != "HOURLY")
        {
            Add("BYHOUR", t.Hour);
        }
        Add("BYMINUTE", t.Minute);
        if (t.Second != 0)
        {
            Add("BYSECOND", t.Second);
        }
        return added.Count == 0 ? this : ByRule(rule.Text + ";" + string.Join(";", added));
    }

    /// <inheritdoc />
    public override string ToString() => _rule?.Text ?? $"Every {Interval} {ReportedUnit.Text}";
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// How a recurring job recurs: every N hours, days, weeks or months, or by an iCalendar rule (RFC 5545 RRULE value,
/// e.g. FREQ=WEEKLY;BYDAY=SU) for what an interval cannot say. An interval is also a rule (FREQ=DAILY;INTERVAL=2),
/// and a rule that says no more than an interval is one.
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

    private Recurrence(IntervalUnit? unit, int interval, string? rule)
    {
        Unit = unit;
        Interval = interval;
        Rule = rule;
    }

    /// <summary>Every <paramref name="interval"/> units.</summary>
    public static Recurrence Every(IntervalUnit unit, int interval = 1) => interval >= 1
        ? new Recurrence(unit, interval, null)
        : throw new ArgumentOutOfRangeException(nameof(interval), interval, "An interval is at least 1.");

    /// <summary>By an iCalendar RRULE value (without the "RRULE:" prefix); one that is a plain interval becomes one.</summary>
    public static Recurrence ByRule(string rule)
    {
        var text = (rule ?? throw new ArgumentNullException(nameof(rule))).Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring("RRULE:".Length);
        }
        return TryParseInterval(text, out var unit, out var interval) ? Every(unit, interval) : new Recurrence(null, 0, text);
    }

    /// <summary>The interval's unit; null for a rule an interval cannot say.</summary>
    public IntervalUnit? Unit { get; }

    /// <summary>How many units between runs (0 for a rule an interval cannot say).</summary>
    public int Interval { get; }

    /// <summary>The rule, when an interval cannot say it (null for an interval).</summary>
    public string? Rule { get; }

    /// <summary>Whether this is an interval (what the retired service can express).</summary>
    public bool IsInterval => Unit is not null;

    /// <summary>The recurrence as an RRULE value: the rule, or the interval written as one.</summary>
    public string ToRule() => Rule ?? (Interval == 1
        ? "FREQ=" + Frequencies[Unit!.Value]
        : string.Format(CultureInfo.InvariantCulture, "FREQ={0};INTERVAL={1}", Frequencies[Unit!.Value], Interval));

    /// <inheritdoc />
    public override string ToString() => ToRule();

    // FREQ=X with at most INTERVAL=n beside it (any order, any case) is an interval.
    private static bool TryParseInterval(string rule, out IntervalUnit unit, out int interval)
    {
        unit = default;
        interval = 1;
        var parts = rule.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(new[] { '=' }, 2))
            .ToList();
        if (parts.Any(p => p.Length != 2) || parts.Select(p => p[0].Trim().ToUpperInvariant()).Distinct().Count() != parts.Count)
        {
            return false;
        }
        var fields = parts.ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim().ToUpperInvariant());
        if (!fields.TryGetValue("FREQ", out var frequency) || fields.Keys.Any(k => k is not ("FREQ" or "INTERVAL")))
        {
            return false;
        }
        var match = Frequencies.Where(f => f.Value == frequency).Select(f => (IntervalUnit?)f.Key).FirstOrDefault();
        if (match is null)
        {
            return false;
        }
        unit = match.Value;
        return !fields.TryGetValue("INTERVAL", out var count)
            || (int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out interval) && interval >= 1);
    }
}

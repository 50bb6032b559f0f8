using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Shared;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A rule read on one clock, written for another a fixed offset away: a rule read in a time zone (its wall clock at the
/// first run's offset) becomes the rule the service reads in UTC, and back. Times of day move by the offset (BYHOUR,
/// BYMINUTE, BYSECOND where the rule gives them; otherwise they come from the start, which moves with them), and where
/// they cross midnight the days move with them (BYDAY, BYMONTHDAY). A shift that no rule of Hub's subset can say (times
/// that land on different days, the last day of a month moved to the next) is refused, and every shift is checked by
/// expanding both rules over five years: what is sent runs exactly when the rule read on the other clock does.
/// </summary>
internal static class RuleShift
{
    private const int DaySeconds = 86_400;
    private const int CheckedRuns = 2_000;

    /// <summary>
    /// The rule that runs, from <paramref name="start"/> moved by <paramref name="by"/>, at the times <paramref name="rule"/>
    /// runs from <paramref name="start"/>, each moved by <paramref name="by"/>; null with why when there is none.
    /// </summary>
    public static (HubRule? Rule, ShiftRefusal? Refusal) Shift(HubRule rule, DateTime start, TimeSpan by)
    {
        if (by == TimeSpan.Zero)
        {
            return (rule, null);
        }
        var candidate = Candidate(rule, start, by, out var refusal);
        if (candidate is null)
        {
            return (null, refusal);
        }
        var mismatch = FirstMismatch(rule, start, candidate, by);
        return mismatch is null ? (candidate, null) : (null, new ShiftRefusal(ShiftRefusalKind.DifferentPattern, mismatch));
    }

    // The rule with its times and days moved; checked by the caller.
    private static HubRule? Candidate(HubRule rule, DateTime start, TimeSpan by, out ShiftRefusal? refusal)
    {
        refusal = null;
        var hours = rule.Numbers("BYHOUR");
        var minutes = rule.Numbers("BYMINUTE");
        var seconds = rule.Numbers("BYSECOND");
        var hourly = rule.Frequency == "HOURLY";
        var shift = (long)by.TotalSeconds;
        var times = (from h in hours ?? new[] { start.Hour }
                     from m in minutes ?? new[] { start.Minute }
                     from s in seconds ?? new[] { start.Second }
                     select h * 3600L + m * 60L + s + shift).ToList();
        // An hourly rule without BYHOUR runs every hour: only its minutes and seconds move, and no day does.
        var days = hourly && hours is null ? new List<long> { 0 } : times.Select(t => FloorDiv(t, DaySeconds)).Distinct().ToList();
        if (days.Count > 1)
        {
            refusal = new ShiftRefusal(ShiftRefusalKind.TimesOnDifferentDays, null);
            return null;
        }
        var dayShift = (int)days[0];
        var clock = times.Select(t => Mod(t, DaySeconds)).ToList();
        var parts = new List<string>();
        var changed = false;
        foreach (var part in rule.Parts)
        {
            var value = part.Key switch
            {
                "BYHOUR" => Join(clock.Select(t => t / 3600).Distinct()),
                "BYMINUTE" => Join(clock.Select(t => t / 60 % 60).Distinct()),
                "BYSECOND" => Join(clock.Select(t => t % 60).Distinct()),
                "BYDAY" when dayShift != 0 => string.Join(",", rule.Days!.Select(d =>
                    (d.Ordinal == 0 ? "" : d.Ordinal.ToString(CultureInfo.InvariantCulture))
                    + HubRecurrenceGrammar.WeekDays[Mod((int)d.Day + dayShift, 7)])),
                "BYMONTHDAY" when dayShift != 0 => MonthDays(rule.Numbers("BYMONTHDAY")!, dayShift),
                _ => part.Value,
            };
            if (value is null)
            {
                refusal = new ShiftRefusal(ShiftRefusalKind.MonthDayAcrossMonths, null);
                return null;
            }
            changed |= value != part.Value;
            parts.Add(part.Key + "=" + value);
        }
        if (!changed)
        {
            // Same parts as given: the rule as the user wrote it (its case, its blanks).
            return rule;
        }
        var shifted = HubRecurrenceGrammar.Read(string.Join(";", parts), HubRuleReading.Forgiving);
        if (shifted.Problem is not null)
        {
            refusal = new ShiftRefusal(ShiftRefusalKind.DifferentPattern, null);
            return null;
        }
        return shifted;
    }

    // A day of the month a day later or earlier; null when it leaves the month (the 31st and the last day cannot move on).
    private static string? MonthDays(int[] days, int shift)
    {
        var moved = days.Select(d => d + shift).ToList();
        return moved.Any(d => d == 0 || d > 31 || d < -31) || days.Any(d => (d > 0) != (d + shift > 0)) ? null : Join(moved);
    }

    /// <summary>
    /// The first run of <paramref name="rule"/> from <paramref name="start"/> that <paramref name="shifted"/> does not match
    /// once moved; null when all do.
    /// </summary>
    private static DateTime? FirstMismatch(HubRule rule, DateTime start, HubRule shifted, TimeSpan by)
    {
        var horizon = start.AddYears(5);
        using var expected = new RecurrenceExpansion(rule).From(start, horizon).Take(CheckedRuns).GetEnumerator();
        using var actual = new RecurrenceExpansion(shifted).From(start + by, horizon + by).Take(CheckedRuns).GetEnumerator();
        while (true)
        {
            var more = expected.MoveNext();
            if (more != actual.MoveNext())
            {
                return more ? expected.Current : actual.Current - by;
            }
            if (!more)
            {
                return null;
            }
            if (expected.Current + by != actual.Current)
            {
                return expected.Current;
            }
        }
    }

    private static string Join(IEnumerable<long> numbers) => string.Join(",", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static string Join(IEnumerable<int> numbers) => string.Join(",", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);

    private static long Mod(long a, long b) => ((a % b) + b) % b;

    private static int Mod(int a, int b) => ((a % b) + b) % b;
}

/// <summary>Why a rule cannot be said on another clock.</summary>
public enum ShiftRefusalKind
{
    /// <summary>Its times of day land on different days on the other clock (22:00 and 10:00 in New York are 03:00 the next day and 15:00 in UTC).</summary>
    TimesOnDifferentDays,

    /// <summary>A day of the month that would leave its month (the 31st or the last day, a day later).</summary>
    MonthDayAcrossMonths,

    /// <summary>
    /// The moved rule would run on other days than the rule (weeks or months that start on another day);
    /// <see cref="ShiftRefusal.Run"/> is the first such run.
    /// </summary>
    DifferentPattern,
}

/// <summary>Why a rule cannot be said on another clock, and the first run that would differ (on the rule's own clock).</summary>
public sealed class ShiftRefusal
{
    internal ShiftRefusal(ShiftRefusalKind kind, DateTime? run)
    {
        Kind = kind;
        Run = run;
    }

    /// <summary>Why.</summary>
    public ShiftRefusalKind Kind { get; }

    /// <summary>The first run that would differ, on the rule's clock (DifferentPattern).</summary>
    public DateTime? Run { get; }
}

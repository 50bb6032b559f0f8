using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// iCalendar recurrence rules (RFC 5545 RRULE values) as OS Management Hub takes them: FREQ YEARLY to HOURLY, and only
/// INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND beside it, in UTC. <see cref="Problem"/>
/// says what is wrong in a rule before any request; <see cref="NextAfter"/> expands one (<see cref="RecurrenceExpansion"/>).
/// </summary>
public static class RecurrenceRules
{
    private static readonly string[] Frequencies = { "YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY" };
    private static readonly string[] Days = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

    // Each numeric part with the range of its numbers (BYDAY is checked apart).
    private static readonly Dictionary<string, (int Min, int Max, bool AllowNegative)> NumberParts = new(StringComparer.Ordinal)
    {
        ["INTERVAL"] = (1, 10_000, false),
        ["BYMONTHDAY"] = (1, 31, true),
        ["BYSETPOS"] = (1, 366, true),
        ["BYMONTH"] = (1, 12, false),
        ["BYHOUR"] = (0, 23, false),
        ["BYMINUTE"] = (0, 59, false),
        ["BYSECOND"] = (0, 59, false),
    };

    /// <summary>The rule without an "RRULE:" prefix and surrounding blanks, in capitals.</summary>
    public static string Normalize(string rule)
    {
        var text = (rule ?? "").Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring("RRULE:".Length);
        }
        return text.ToUpperInvariant();
    }

    /// <summary>What is wrong in <paramref name="rule"/>, and how to write it; null when the service takes it.</summary>
    public static string? Problem(string rule)
    {
        var text = Normalize(rule);
        if (text.Length == 0)
        {
            return "it is empty; give a rule such as 'FREQ=WEEKLY;BYDAY=SU'.";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? frequency = null;
        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                return $"'{part}' is not NAME=VALUE; parts are separated by ';', as in 'FREQ=WEEKLY;BYDAY=SU'.";
            }
            var name = part.Substring(0, eq).Trim();
            var value = part.Substring(eq + 1).Trim();
            if (!seen.Add(name))
            {
                return $"{name} is given twice.";
            }
            if (name == "FREQ")
            {
                frequency = value;
                if (Array.IndexOf(Frequencies, frequency) < 0)
                {
                    return $"FREQ={value} is not a frequency OS Management Hub takes; use YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.";
                }
            }
            else if (name == "BYDAY")
            {
                if (DaysProblem(value) is { } days)
                {
                    return days;
                }
            }
            else if (NumberParts.TryGetValue(name, out var range))
            {
                if (NumbersProblem(name, value, range.Min, range.Max, range.AllowNegative) is { } numbers)
                {
                    return numbers;
                }
            }
            else
            {
                return $"{name} is not a part OS Management Hub takes; it takes FREQ, INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND"
                    + (name is "COUNT" or "UNTIL" ? " (to stop a job, remove it with Remove-OsmScheduledJob)." : ".");
            }
        }
        if (frequency is null)
        {
            return "it has no FREQ; start it with FREQ=YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.";
        }
        if (seen.Contains("BYSETPOS") && !seen.Overlaps(new[] { "BYDAY", "BYMONTHDAY", "BYMONTH", "BYHOUR", "BYMINUTE", "BYSECOND" }))
        {
            return "BYSETPOS needs another BY part to choose from, such as BYDAY=SU;BYSETPOS=1 for the first Sunday.";
        }
        return null;
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/> of <paramref name="rule"/> started at
    /// <paramref name="start"/> (its first run), or null when there is none within ten years.
    /// </summary>
    /// <exception cref="ArgumentException">The rule has a problem (<see cref="Problem"/>).</exception>
    public static DateTimeOffset? NextAfter(string rule, DateTimeOffset start, DateTimeOffset after)
    {
        if (Problem(rule) is { } problem)
        {
            throw new ArgumentException($"The recurrence rule '{rule}' cannot be expanded: {problem}", nameof(rule));
        }
        // The rule works in whole seconds; a start's fraction of a second (a service keeping milliseconds) stays on every run.
        var fraction = start.UtcDateTime.Ticks % TimeSpan.TicksPerSecond;
        var next = RecurrenceExpansion.Parse(Normalize(rule)).NextAfter(start.UtcDateTime.AddTicks(-fraction), after.UtcDateTime.AddTicks(-fraction));
        return next?.AddTicks(fraction);
    }

    private static string? DaysProblem(string value)
    {
        foreach (var item in value.Split(','))
        {
            var day = item.Length >= 2 ? item.Substring(item.Length - 2) : item;
            var ordinal = item.Length >= 2 ? item.Substring(0, item.Length - 2) : "";
            if (Array.IndexOf(Days, day) < 0
                || (ordinal.Length > 0 && (!int.TryParse(ordinal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n == 0 || Math.Abs(n) > 53)))
            {
                return $"BYDAY value '{item}' is not a day; use MO, TU, WE, TH, FR, SA or SU, optionally with an ordinal such as 1SU (the first Sunday) or -1FR (the last Friday).";
            }
        }
        return null;
    }

    private static string? NumbersProblem(string name, string value, int min, int max, bool allowNegative)
    {
        var items = value.Split(',');
        if (name == "INTERVAL" && items.Length > 1)
        {
            return "INTERVAL takes one number.";
        }
        foreach (var item in items)
        {
            if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || (n < 0 && !allowNegative) || Math.Abs(n) < min || Math.Abs(n) > max)
            {
                var range = allowNegative ? $"{min} to {max} or -{max} to -{min}" : $"{min} to {max}";
                return $"{name}={item} is out of range; {name} takes {range}.";
            }
        }
        return null;
    }
}

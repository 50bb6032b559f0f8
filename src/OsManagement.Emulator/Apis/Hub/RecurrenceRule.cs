using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's <c>recurringRule</c>: an iCalendar RRULE value without the <c>RRULE:</c> prefix, in UTC.
/// <see cref="Parse"/> checks it the way the service documents it (FREQ YEARLY to HOURLY; only FREQ, INTERVAL,
/// BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE, BYSECOND) and says exactly what is wrong; Ical.Net
/// expands it. The job's <c>timeNextExecution</c> is the rule's start (DTSTART).
/// </summary>
internal sealed class RecurrenceRule
{
    private static readonly string[] Frequencies = { "YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY" };
    private static readonly string[] Days = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

    /// <summary>Each supported part with the range of its numbers (BYDAY is checked apart).</summary>
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

    private readonly RecurrencePattern _pattern;

    private RecurrenceRule(string text, RecurrencePattern pattern)
    {
        Text = text;
        _pattern = pattern;
    }

    /// <summary>The rule as given.</summary>
    public string Text { get; }

    /// <summary>Parses and checks a rule; throws <see cref="FormatException"/> with a message that names the problem.</summary>
    public static RecurrenceRule Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("recurringRule is empty; give an RRULE value such as 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0'.");
        }
        if (trimmed.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"recurringRule '{text}' starts with 'RRULE:'; give the value only, such as '{trimmed[6..]}'.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? frequency = null;
        foreach (var part in trimmed.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new FormatException($"recurringRule '{text}': '{part}' is not NAME=VALUE.");
            }
            var name = part[..eq].ToUpperInvariant();
            var value = part[(eq + 1)..];
            if (!seen.Add(name))
            {
                throw new FormatException($"recurringRule '{text}': {name} is given twice.");
            }
            if (name == "FREQ")
            {
                frequency = value.ToUpperInvariant();
                if (Array.IndexOf(Frequencies, frequency) < 0)
                {
                    throw new FormatException($"recurringRule '{text}': FREQ={value} is not supported; use YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.");
                }
            }
            else if (name == "BYDAY")
            {
                CheckDays(text, value);
            }
            else if (NumberParts.TryGetValue(name, out var range))
            {
                CheckNumbers(text, name, value, range.Min, range.Max, range.AllowNegative);
            }
            else
            {
                throw new FormatException($"recurringRule '{text}': {name} is not supported; OS Management Hub takes FREQ, INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND.");
            }
        }
        if (frequency is null)
        {
            throw new FormatException($"recurringRule '{text}' has no FREQ; start it with FREQ=YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.");
        }
        if (seen.Contains("BYSETPOS") && !seen.Overlaps(new[] { "BYDAY", "BYMONTHDAY", "BYMONTH", "BYHOUR", "BYMINUTE", "BYSECOND" }))
        {
            throw new FormatException($"recurringRule '{text}': BYSETPOS needs another BY part to choose from, such as BYDAY=SU;BYSETPOS=1 for the first Sunday.");
        }
        try
        {
            return new RecurrenceRule(trimmed, new RecurrencePattern(trimmed.ToUpperInvariant()));
        }
        catch (ArgumentException error)
        {
            throw new FormatException($"recurringRule '{text}' is not a valid RRULE: {error.Message}");
        }
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/> of the rule started at <paramref name="start"/>,
    /// or null when there is none within ten years (a rule such as FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30).
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset start, DateTimeOffset after)
    {
        var utcStart = start.UtcDateTime;
        var calendarEvent = new CalendarEvent { DtStart = new CalDateTime(utcStart, "UTC", true), RecurrenceRule = _pattern };
        var horizon = after.UtcDateTime.AddYears(10);
        try
        {
            // Whole seconds: the emulator keeps times to the millisecond, the rule works in seconds.
            var from = new CalDateTime(after.UtcDateTime.AddTicks(-(after.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), "UTC", true);
            foreach (var occurrence in calendarEvent.GetOccurrences(from, null))
            {
                var when = new DateTimeOffset(DateTime.SpecifyKind(occurrence.Period.StartTime.Value, DateTimeKind.Utc));
                if (when.UtcDateTime > horizon)
                {
                    return null;
                }
                if (when > after)
                {
                    return when;
                }
            }
        }
        catch (EvaluationOutOfRangeException)
        {
        }
        return null;
    }

    private static void CheckDays(string text, string value)
    {
        foreach (var item in value.Split(','))
        {
            var day = item.Length >= 2 ? item[^2..].ToUpperInvariant() : item;
            var ordinal = item.Length >= 2 ? item[..^2] : "";
            if (Array.IndexOf(Days, day) < 0
                || (ordinal.Length > 0 && (!int.TryParse(ordinal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n == 0 || Math.Abs(n) > 53)))
            {
                throw new FormatException($"recurringRule '{text}': BYDAY value '{item}' is not a day; use MO, TU, WE, TH, FR, SA or SU, optionally with an ordinal such as 1SU or -1FR.");
            }
        }
    }

    private static void CheckNumbers(string text, string name, string value, int min, int max, bool allowNegative)
    {
        var items = value.Split(',');
        if (name == "INTERVAL" && items.Length > 1)
        {
            throw new FormatException($"recurringRule '{text}': INTERVAL takes one number.");
        }
        foreach (var item in items)
        {
            if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || (n < 0 && !allowNegative) || Math.Abs(n) < min || Math.Abs(n) > max)
            {
                var range = allowNegative ? $"{min} to {max} or -{max} to -{min}" : $"{min} to {max}";
                throw new FormatException($"recurringRule '{text}': {name}={item} is out of range; {name} takes {range}.");
            }
        }
    }
}

// OS Management Hub's subset of iCalendar recurrence rules, written once: compiled into the engine (netstandard2.0,
// src/OsManagement.Oci) and into the emulator (net10.0) with <Compile Include="..\Shared\HubRecurrenceGrammar.cs" Link=... />.
// The base class library only, no dependency. The module reads a rule a user typed; the emulator reads a rule as the
// service receives it; both find the same problems in the same order, and each says them in its own words.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Shared;

/// <summary>How a rule's text is read.</summary>
internal enum HubRuleReading
{
    /// <summary>
    /// As a user may type it for the module: an "RRULE:" prefix, blanks around the rule and around its parts' names and
    /// values, and case do not matter.
    /// </summary>
    Forgiving,

    /// <summary>As the service takes its recurringRule: the value alone (no "RRULE:"), each part as written; names and words in any case.</summary>
    AsSent,
}

/// <summary>What is wrong in a rule.</summary>
internal enum HubRuleProblemKind
{
    /// <summary>Nothing but blanks.</summary>
    Empty,

    /// <summary>It starts with "RRULE:" where the value alone is wanted (<see cref="HubRuleReading.AsSent"/>).</summary>
    Prefixed,

    /// <summary>A part is not NAME=VALUE.</summary>
    NotNameValue,

    /// <summary>Parts separated by ',' instead of ';' (FREQ=WEEKLY,BYDAY=SU): a value holds another part.</summary>
    WrongSeparator,

    /// <summary>A part is given twice.</summary>
    Repeated,

    /// <summary>FREQ is not YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.</summary>
    UnknownFrequency,

    /// <summary>A BYDAY item is not a day (with an optional ordinal).</summary>
    NotADay,

    /// <summary>INTERVAL has more than one number.</summary>
    IntervalList,

    /// <summary>A number is not one, or out of its part's range.</summary>
    OutOfRange,

    /// <summary>A part Hub does not take (COUNT, UNTIL, WKST, BYWEEKNO...).</summary>
    UnsupportedPart,

    /// <summary>No FREQ.</summary>
    NoFrequency,

    /// <summary>BYSETPOS without another BY part to choose from.</summary>
    SetPositionAlone,
}

/// <summary>What is wrong in a rule, with what each reader needs to say it.</summary>
internal sealed class HubRuleProblem
{
    private const string Frequencies = "YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY";

    internal HubRuleProblem(HubRuleProblemKind kind, string? name = null, string? value = null, string? range = null)
    {
        Kind = kind;
        Name = name;
        Value = value;
        Range = range;
    }

    /// <summary>What is wrong.</summary>
    public HubRuleProblemKind Kind { get; }

    /// <summary>The part's name, in capitals (Repeated, UnknownFrequency, OutOfRange, UnsupportedPart).</summary>
    public string? Name { get; }

    /// <summary>
    /// What was read: the part (NotNameValue), the value (UnknownFrequency), the item (NotADay, OutOfRange), the rule
    /// after "RRULE:" (Prefixed).
    /// </summary>
    public string? Value { get; }

    /// <summary>The numbers the part takes, in words ("0 to 23", "1 to 31 or -31 to -1"; OutOfRange); the part written right (WrongSeparator).</summary>
    public string? Range { get; }

    /// <summary>The problem as the module tells a user, with how to write the rule.</summary>
    public string Describe() => Kind switch
    {
        HubRuleProblemKind.Empty => "it is empty; give a rule such as 'FREQ=WEEKLY;BYDAY=SU'.",
        HubRuleProblemKind.Prefixed => $"it starts with 'RRULE:'; give the value only, such as '{Value}'.",
        HubRuleProblemKind.NotNameValue => $"'{Value}' is not NAME=VALUE; parts are separated by ';', as in 'FREQ=WEEKLY;BYDAY=SU'.",
        HubRuleProblemKind.WrongSeparator => $"'{Value}' runs parts together: they are separated by ';', not ',' (write '{Range}').",
        HubRuleProblemKind.Repeated => $"{Name} is given twice.",
        HubRuleProblemKind.UnknownFrequency => $"FREQ={Value} is not a frequency OS Management Hub takes; use {Frequencies}.",
        HubRuleProblemKind.NotADay =>
            $"BYDAY value '{Value}' is not a day; use MO, TU, WE, TH, FR, SA or SU, optionally with an ordinal such as 1SU (the first Sunday) or -1FR (the last Friday).",
        HubRuleProblemKind.IntervalList => "INTERVAL takes one number.",
        HubRuleProblemKind.OutOfRange => $"{Name}={Value} is out of range; {Name} takes {Range}.",
        HubRuleProblemKind.UnsupportedPart => $"{Name} is not a part OS Management Hub takes; it takes {HubRecurrenceGrammar.PartList}"
            + (Name is "COUNT" or "UNTIL" ? " (to stop a job, remove it with Remove-OsmScheduledJob)." : "."),
        HubRuleProblemKind.NoFrequency => $"it has no FREQ; start it with FREQ={Frequencies}.",
        _ => SetPositionAdvice,
    };

    /// <summary>The problem as the service answers a request whose recurringRule is <paramref name="rule"/> (as it was sent).</summary>
    public string DescribeAsService(string rule) => Kind switch
    {
        HubRuleProblemKind.Empty => "recurringRule is empty; give an RRULE value such as 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0'.",
        HubRuleProblemKind.Prefixed => $"recurringRule '{rule}' starts with 'RRULE:'; give the value only, such as '{Value}'.",
        HubRuleProblemKind.NoFrequency => $"recurringRule '{rule}' has no FREQ; start it with FREQ={Frequencies}.",
        _ => $"recurringRule '{rule}': " + Kind switch
        {
            HubRuleProblemKind.NotNameValue => $"'{Value}' is not NAME=VALUE.",
            HubRuleProblemKind.WrongSeparator => $"'{Value}' runs parts together; parts are separated by ';' (such as '{Range}').",
            HubRuleProblemKind.UnknownFrequency => $"FREQ={Value} is not supported; use {Frequencies}.",
            HubRuleProblemKind.NotADay => $"BYDAY value '{Value}' is not a day; use MO, TU, WE, TH, FR, SA or SU, optionally with an ordinal such as 1SU or -1FR.",
            HubRuleProblemKind.UnsupportedPart => $"{Name} is not supported; OS Management Hub takes {HubRecurrenceGrammar.PartList}.",
            HubRuleProblemKind.SetPositionAlone => SetPositionAdvice,
            _ => Describe(),
        },
    };

    private const string SetPositionAdvice = "BYSETPOS needs another BY part to choose from, such as BYDAY=SU;BYSETPOS=1 for the first Sunday.";
}

/// <summary>
/// A rule read by <see cref="HubRecurrenceGrammar"/>: its text, its parts, and the first problem in it (null when OS
/// Management Hub takes it). The parts of a rule without a problem give what an expansion needs.
/// </summary>
internal sealed class HubRule
{
    private readonly List<KeyValuePair<string, string>> _parts;

    internal HubRule(string text, List<KeyValuePair<string, string>> parts, HubRuleProblem? problem)
    {
        Text = text;
        _parts = parts;
        Problem = problem;
    }

    /// <summary>The rule as it is kept and sent: without blanks around it (and, read forgivingly, without "RRULE:"), in its own case.</summary>
    public string Text { get; }

    /// <summary>The first problem, in the order a reader meets them; null when the service takes the rule.</summary>
    public HubRuleProblem? Problem { get; }

    /// <summary>The parts read before any problem, in order: names in capitals, values as read.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parts => _parts;

    /// <summary>FREQ in capitals (null without one).</summary>
    public string? Frequency => Value("FREQ")?.ToUpperInvariant();

    /// <summary>INTERVAL (1 without one).</summary>
    public int Interval => Numbers("INTERVAL")?[0] ?? 1;

    /// <summary>Whether the rule has no part but FREQ and INTERVAL.</summary>
    public bool HasOnlyFrequencyAndInterval => _parts.All(p => p.Key is "FREQ" or "INTERVAL");

    /// <summary>A numeric part's numbers (BYMONTH, BYMONTHDAY, BYHOUR, BYMINUTE, BYSECOND, BYSETPOS, INTERVAL); null without it.</summary>
    public int[]? Numbers(string name) =>
        Value(name)?.Split(',').Select(v => int.Parse(v.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>BYDAY's days, each with its ordinal (0 for none; negative counts from the end); null without BYDAY.</summary>
    public (int Ordinal, DayOfWeek Day)[]? Days => Value("BYDAY")?.Split(',').Select(item =>
    {
        var text = item.Trim().ToUpperInvariant();
        var ordinal = text.Length > 2 ? int.Parse(text.Substring(0, text.Length - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        return (ordinal, (DayOfWeek)Array.IndexOf(HubRecurrenceGrammar.WeekDays, text.Substring(text.Length - 2)));
    }).ToArray();

    private string? Value(string name) => _parts.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();
}

/// <summary>
/// The recurrence rules OS Management Hub takes (RFC 5545 RRULE values, in UTC): FREQ YEARLY to HOURLY, and beside it
/// only INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND, each in its range.
/// </summary>
internal static class HubRecurrenceGrammar
{
    /// <summary>The parts Hub takes, as messages list them.</summary>
    public const string PartList = "FREQ, INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND";

    /// <summary>The frequencies, longest first.</summary>
    public static readonly string[] Frequencies = { "YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY" };

    /// <summary>The days, in <see cref="DayOfWeek"/> order (Sunday first).</summary>
    public static readonly string[] WeekDays = { "SU", "MO", "TU", "WE", "TH", "FR", "SA" };

    private const string Prefix = "RRULE:";

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

    private static readonly string[] ByParts = { "BYDAY", "BYMONTHDAY", "BYMONTH", "BYHOUR", "BYMINUTE", "BYSECOND" };

    /// <summary>Reads <paramref name="text"/> and says the first thing wrong in it, the way <paramref name="reading"/> says.</summary>
    public static HubRule Read(string? text, HubRuleReading reading)
    {
        var kept = (text ?? "").Trim();
        var forgiving = reading == HubRuleReading.Forgiving;
        if (forgiving && kept.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            kept = kept.Substring(Prefix.Length).Trim();
        }
        var parts = new List<KeyValuePair<string, string>>();
        HubRule Stop(HubRuleProblem problem) => new(kept, parts, problem);
        if (kept.Length == 0)
        {
            return Stop(new HubRuleProblem(HubRuleProblemKind.Empty));
        }
        if (!forgiving && kept.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Stop(new HubRuleProblem(HubRuleProblemKind.Prefixed, value: kept.Substring(Prefix.Length)));
        }
        // Read forgivingly, the rule is judged in capitals (the messages show it so); it is kept in its own case.
        foreach (var part in (forgiving ? kept.ToUpperInvariant() : kept).Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                return Stop(new HubRuleProblem(HubRuleProblemKind.NotNameValue, value: part));
            }
            var name = part.Substring(0, eq).ToUpperInvariant();
            var value = part.Substring(eq + 1);
            if (forgiving)
            {
                name = name.Trim();
                value = value.Trim();
            }
            if (value.IndexOf('=') >= 0)
            {
                // FREQ=WEEKLY,BYDAY=SU: a ',' where a ';' belongs, so one value holds the next part.
                var fixedPart = System.Text.RegularExpressions.Regex.Replace(part.Trim(), ",(?=\\s*[A-Za-z]+\\s*=)", ";");
                return Stop(new HubRuleProblem(HubRuleProblemKind.WrongSeparator, name, part.Trim(), fixedPart));
            }
            if (parts.Any(p => p.Key == name))
            {
                return Stop(new HubRuleProblem(HubRuleProblemKind.Repeated, name));
            }
            if (PartProblem(name, value) is { } problem)
            {
                return Stop(problem);
            }
            parts.Add(new KeyValuePair<string, string>(name, value));
        }
        if (parts.All(p => p.Key != "FREQ"))
        {
            return Stop(new HubRuleProblem(HubRuleProblemKind.NoFrequency));
        }
        if (parts.Any(p => p.Key == "BYSETPOS") && !parts.Any(p => ByParts.Contains(p.Key)))
        {
            return Stop(new HubRuleProblem(HubRuleProblemKind.SetPositionAlone));
        }
        return new HubRule(kept, parts, null);
    }

    private static HubRuleProblem? PartProblem(string name, string value)
    {
        if (name == "FREQ")
        {
            return Array.IndexOf(Frequencies, value.ToUpperInvariant()) < 0 ? new HubRuleProblem(HubRuleProblemKind.UnknownFrequency, name, value) : null;
        }
        if (name == "BYDAY")
        {
            return DaysProblem(value);
        }
        return NumberParts.TryGetValue(name, out var range)
            ? NumbersProblem(name, value, range.Min, range.Max, range.AllowNegative)
            : new HubRuleProblem(HubRuleProblemKind.UnsupportedPart, name);
    }

    private static HubRuleProblem? DaysProblem(string value)
    {
        foreach (var item in value.Split(','))
        {
            var day = item.Length >= 2 ? item.Substring(item.Length - 2).ToUpperInvariant() : item;
            var ordinal = item.Length >= 2 ? item.Substring(0, item.Length - 2) : "";
            if (Array.IndexOf(WeekDays, day) < 0
                || (ordinal.Length > 0 && (!int.TryParse(ordinal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var n) || n == 0 || Math.Abs(n) > 53)))
            {
                return new HubRuleProblem(HubRuleProblemKind.NotADay, "BYDAY", item);
            }
        }
        return null;
    }

    private static HubRuleProblem? NumbersProblem(string name, string value, int min, int max, bool allowNegative)
    {
        var items = value.Split(',');
        if (name == "INTERVAL" && items.Length > 1)
        {
            return new HubRuleProblem(HubRuleProblemKind.IntervalList, name, value);
        }
        foreach (var item in items)
        {
            if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || (n < 0 && !allowNegative) || Math.Abs(n) < min || Math.Abs(n) > max)
            {
                var range = allowNegative ? $"{min} to {max} or -{max} to -{min}" : $"{min} to {max}";
                return new HubRuleProblem(HubRuleProblemKind.OutOfRange, name, item, range);
            }
        }
        return null;
    }
}

using System;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using OsManagement.Shared;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's <c>recurringRule</c>: an iCalendar RRULE value without the <c>RRULE:</c> prefix, in UTC.
/// <see cref="Parse"/> checks it the way the service documents it (FREQ YEARLY to HOURLY; only FREQ, INTERVAL,
/// BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE, BYSECOND) and says exactly what is wrong; Ical.Net
/// expands it. The job's <c>timeNextExecution</c> is the rule's start (DTSTART).
/// </summary>
internal sealed class RecurrenceRule
{
    private readonly RecurrencePattern _pattern;

    private RecurrenceRule(string text, RecurrencePattern pattern)
    {
        Text = text;
        _pattern = pattern;
    }

    /// <summary>The rule as given.</summary>
    public string Text { get; }

    /// <summary>
    /// Parses and checks a rule as the service receives it (src/Shared/HubRecurrenceGrammar.cs, the grammar the module
    /// checks a rule by before sending it); throws <see cref="FormatException"/> with a message that names the problem.
    /// </summary>
    public static RecurrenceRule Parse(string text)
    {
        var rule = HubRecurrenceGrammar.Read(text, HubRuleReading.AsSent);
        if (rule.Problem is { } problem)
        {
            throw new FormatException(problem.DescribeAsService(text));
        }
        try
        {
            return new RecurrenceRule(rule.Text, new RecurrencePattern(rule.Text.ToUpperInvariant()));
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
}

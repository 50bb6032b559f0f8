using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Shared;

namespace OsManagement.Oci.Engine;

/// <summary>
/// Expands the RRULE subset OS Management Hub takes (FREQ YEARLY to HOURLY with INTERVAL, BYMONTH, BYMONTHDAY, BYDAY
/// with ordinals, BYHOUR, BYMINUTE, BYSECOND and BYSETPOS; weeks start on Monday) as RFC 5545 says: period by period of
/// the frequency from the start's period, every INTERVAL periods, each period's times in order, BYSETPOS choosing among
/// them. Parts a rule leaves out come from its start (a weekly rule without BYDAY runs on the start's weekday, at its time).
/// Written here rather than taken from a calendar library so the engine ships no dependency for it; the tests hold it to
/// Ical.Net's expansion.
/// </summary>
internal sealed class RecurrenceExpansion
{
    private readonly string _frequency;
    private readonly int _interval;
    private readonly int[]? _months, _monthDays, _hours, _minutes, _seconds, _positions;
    private readonly (int Ordinal, DayOfWeek Day)[]? _days;

    /// <summary>The expansion of a rule the grammar read without a problem.</summary>
    public RecurrenceExpansion(HubRule rule)
    {
        _frequency = rule.Frequency!;
        _interval = rule.Interval;
        _months = rule.Numbers("BYMONTH");
        _monthDays = rule.Numbers("BYMONTHDAY");
        _hours = rule.Numbers("BYHOUR");
        _minutes = rule.Numbers("BYMINUTE");
        _seconds = rule.Numbers("BYSECOND");
        _positions = rule.Numbers("BYSETPOS");
        _days = rule.Days;
    }

    /// <summary>The first time strictly after <paramref name="after"/> (UTC) of the rule started at <paramref name="start"/>; null when none within ten years.</summary>
    public DateTimeOffset? NextAfter(DateTime start, DateTime after)
    {
        var horizon = after.AddYears(10);
        foreach (var time in From(start, horizon))
        {
            if (time > after)
            {
                return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
            }
        }
        return null;
    }

    /// <summary>
    /// The rule's times from <paramref name="start"/> (its first period) on, in order, up to <paramref name="horizon"/>;
    /// the times are in the clock <paramref name="start"/> is read in (UTC for the service, a wall clock for a zone).
    /// </summary>
    public IEnumerable<DateTime> From(DateTime start, DateTime horizon)
    {
        var first = PeriodStart(start);
        for (var n = 0L; ; n++)
        {
            var period = Advance(first, n * _interval);
            if (period > horizon)
            {
                yield break;
            }
            foreach (var time in Occurrences(period, start))
            {
                if (time > horizon)
                {
                    yield break;
                }
                if (time >= start)
                {
                    yield return time;
                }
            }
        }
    }

    private DateTime PeriodStart(DateTime t) => _frequency switch
    {
        "YEARLY" => new DateTime(t.Year, 1, 1),
        "MONTHLY" => new DateTime(t.Year, t.Month, 1),
        "WEEKLY" => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
        "DAILY" => t.Date,
        _ => t.Date.AddHours(t.Hour),
    };

    private DateTime Advance(DateTime period, long count) => _frequency switch
    {
        "YEARLY" => period.AddYears((int)Math.Min(count, 9000)),
        "MONTHLY" => period.AddMonths((int)Math.Min(count, 100_000)),
        "WEEKLY" => period.AddDays(7 * count),
        "DAILY" => period.AddDays(count),
        _ => period.AddHours(count),
    };

    // The period's times in order, after BYSETPOS.
    private IEnumerable<DateTime> Occurrences(DateTime period, DateTime start)
    {
        var times = new List<DateTime>();
        foreach (var day in Days(period, start))
        {
            foreach (var hour in Hours(period, start))
            {
                foreach (var minute in _minutes ?? new[] { start.Minute })
                {
                    foreach (var second in _seconds ?? new[] { start.Second })
                    {
                        times.Add(day.AddHours(hour).AddMinutes(minute).AddSeconds(second));
                    }
                }
            }
        }
        times.Sort();
        if (_positions is null)
        {
            return times;
        }
        return _positions.Select(p => p > 0 ? p - 1 : times.Count + p).Where(i => i >= 0 && i < times.Count)
            .Select(i => times[i]).Distinct().OrderBy(t => t);
    }

    private IEnumerable<int> Hours(DateTime period, DateTime start) =>
        _frequency == "HOURLY"
            ? (_hours is null || _hours.Contains(period.Hour) ? new[] { period.Hour } : Array.Empty<int>())
            : _hours ?? new[] { start.Hour };

    // The days of the period the rule keeps (at midnight).
    private IEnumerable<DateTime> Days(DateTime period, DateTime start)
    {
        var (first, count) = _frequency switch
        {
            "YEARLY" => (period, DateTime.IsLeapYear(period.Year) ? 366 : 365),
            "MONTHLY" => (period, DateTime.DaysInMonth(period.Year, period.Month)),
            "WEEKLY" => (period, 7),
            _ => (period.Date, 1),
        };
        var noDayParts = _monthDays is null && _days is null;
        for (var i = 0; i < count; i++)
        {
            var day = first.AddDays(i);
            if (_months is not null && !_months.Contains(day.Month))
            {
                continue;
            }
            if (_monthDays is not null && !_monthDays.Any(d => d == day.Day || (d < 0 && day.Day == DateTime.DaysInMonth(day.Year, day.Month) + d + 1)))
            {
                continue;
            }
            if (_days is not null && !_days.Any(d => MatchesDay(day, d.Ordinal, d.Day)))
            {
                continue;
            }
            // Parts left out come from the start.
            if (noDayParts && _frequency == "YEARLY" && (day.Day != start.Day || (_months is null && day.Month != start.Month)))
            {
                continue;
            }
            if (noDayParts && _frequency == "MONTHLY" && day.Day != start.Day)
            {
                continue;
            }
            if (noDayParts && _frequency == "WEEKLY" && day.DayOfWeek != start.DayOfWeek)
            {
                continue;
            }
            yield return day;
        }
    }

    // A weekday, or with an ordinal the nth (from the end when negative) of it in the month (MONTHLY, or YEARLY with
    // BYMONTH) or in the year (YEARLY).
    private bool MatchesDay(DateTime day, int ordinal, DayOfWeek weekday)
    {
        if (day.DayOfWeek != weekday)
        {
            return false;
        }
        if (ordinal == 0 || _frequency is not ("MONTHLY" or "YEARLY"))
        {
            return true;
        }
        var inMonth = _frequency == "MONTHLY" || _months is not null;
        var dayIndex = inMonth ? day.Day : day.DayOfYear;
        var length = inMonth ? DateTime.DaysInMonth(day.Year, day.Month) : (DateTime.IsLeapYear(day.Year) ? 366 : 365);
        return ordinal > 0 ? (dayIndex - 1) / 7 + 1 == ordinal : (length - dayIndex) / 7 + 1 == -ordinal;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// When a job will run, worked out from what the user asked in the zone they mean: the first run is the recurrence's
/// first occurrence at or after the time asked (a Wednesday with a Sunday rule runs first on the Sunday), read on that
/// zone's wall clock; the rule sent is the one that runs at those wall-clock times in UTC, the clock the services read a
/// job's rule in (an assumption for OS Management Hub, whose API does not say: osmh-wire.md, "Unknowns"). A UTC rule has
/// one offset, so where the zone changes its clocks the runs move by an hour in local time: <see cref="Shifts"/> says when.
/// </summary>
public sealed class SchedulePlan
{
    private const int ShiftYears = 1;

    private SchedulePlan(TimeZoneInfo zone, DateTime askedAt)
    {
        Zone = zone;
        AskedAt = askedAt;
    }

    /// <summary>The zone the time and the rule were read in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The time asked, on the zone's wall clock.</summary>
    public DateTime AskedAt { get; }

    /// <summary>The first run, on the zone's wall clock.</summary>
    public DateTime FirstRunLocal { get; private set; }

    /// <summary>The first run (UTC).</summary>
    public DateTimeOffset FirstRun { get; private set; }

    /// <summary>Whether the first run is not the time asked: the recurrence does not run then, and runs first later.</summary>
    public bool Moved => FirstRunLocal != AskedAt;

    /// <summary>The recurrence as the user gave it, read in <see cref="Zone"/>; null for a one-time job.</summary>
    public Recurrence? Recurrence { get; private set; }

    /// <summary>The recurrence as sent, read in UTC: the same runs; the same value as <see cref="Recurrence"/> when nothing moved.</summary>
    public Recurrence? WireRecurrence { get; private set; }

    /// <summary>The changes of the zone's clocks within a year that move the runs in local time, in order.</summary>
    public IReadOnlyList<DaylightShift> Shifts { get; private set; } = Array.Empty<DaylightShift>();

    /// <summary>Why the recurrence read in the zone cannot be sent as a rule in UTC; null when it can.</summary>
    public ShiftRefusal? Refusal { get; private set; }

    /// <summary>Whether the recurrence never runs at or after the time asked (within ten years).</summary>
    public bool NoRun { get; private set; }

    /// <summary>
    /// The plan for <paramref name="at"/> (a UTC time is an instant; any other is read on <paramref name="zone"/>'s wall clock)
    /// and <paramref name="recurrence"/> read in <paramref name="zone"/>.
    /// </summary>
    public static SchedulePlan For(DateTime at, Recurrence? recurrence, TimeZoneInfo zone)
    {
        var askedAt = at.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(at, zone) : DateTime.SpecifyKind(at, DateTimeKind.Unspecified);
        var plan = new SchedulePlan(zone, askedAt) { Recurrence = recurrence, WireRecurrence = recurrence };
        plan.FirstRunLocal = askedAt;
        plan.FirstRun = ZoneClock.ToUtc(askedAt, zone);
        if (recurrence?.Reading is not { Problem: null } rule)
        {
            return plan;
        }
        var fraction = askedAt.Ticks % TimeSpan.TicksPerSecond;
        var whole = askedAt.AddTicks(-fraction);
        var first = new RecurrenceExpansion(rule).From(whole, whole.AddYears(10)).Cast<DateTime?>().FirstOrDefault();
        if (first is not { } firstRun)
        {
            plan.NoRun = true;
            return plan;
        }
        plan.FirstRunLocal = firstRun.AddTicks(fraction);
        plan.FirstRun = ZoneClock.ToUtc(plan.FirstRunLocal, zone);
        // The zone's offset at the first run is the one the rule keeps.
        var offset = plan.FirstRunLocal - plan.FirstRun.UtcDateTime;
        var (wire, refusal) = RuleShift.Shift(rule, firstRun, -offset);
        if (wire is null)
        {
            plan.Refusal = refusal;
            return plan;
        }
        plan.WireRecurrence = ReferenceEquals(wire, rule) ? recurrence : Engine.Recurrence.Read(wire);
        if (wire.Frequency != "HOURLY")
        {
            plan.Shifts = DaylightShift.Within(new RecurrenceExpansion(wire), firstRun - offset, offset, zone, ShiftYears);
        }
        return plan;
    }
}

/// <summary>
/// A change of a zone's clocks that moves a job's runs in local time: the job's rule is read in UTC, so after the change
/// each run comes <see cref="By"/> later (or earlier, when negative) on the wall clock than the rule read in the zone says.
/// </summary>
public sealed class DaylightShift
{
    private DaylightShift(DateTimeOffset clocksChange, DateTime changeLocal, DateTime meant, DateTime actual)
    {
        ClocksChange = clocksChange;
        ClocksChangeLocal = changeLocal;
        Meant = meant;
        Actual = actual;
    }

    /// <summary>When the clocks change (UTC).</summary>
    public DateTimeOffset ClocksChange { get; }

    /// <summary>When the clocks change, on the zone's wall clock after the change.</summary>
    public DateTime ClocksChangeLocal { get; }

    /// <summary>The first run after the change, on the wall clock, as the rule read in the zone says it.</summary>
    public DateTime Meant { get; }

    /// <summary>The same run, on the wall clock, as it happens.</summary>
    public DateTime Actual { get; }

    /// <summary>How far the runs move on the wall clock from this change on (zero: back to the time meant).</summary>
    public TimeSpan By => Actual - Meant;

    /// <summary>
    /// The changes within <paramref name="years"/> of <paramref name="startUtc"/> that move the runs of <paramref name="rule"/>
    /// (read in UTC) off the wall-clock times <paramref name="offset"/> gives.
    /// </summary>
    internal static IReadOnlyList<DaylightShift> Within(RecurrenceExpansion rule, DateTime startUtc, TimeSpan offset, TimeZoneInfo zone, int years)
    {
        var shifts = new List<DaylightShift>();
        DateTime? previous = null;
        var drift = TimeSpan.Zero;
        foreach (var run in rule.From(startUtc, startUtc.AddYears(years)).Take(5_000))
        {
            var actual = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(run, DateTimeKind.Utc), zone);
            var meant = run + offset;
            if (actual - meant != drift && previous is { } before)
            {
                var change = ZoneClock.ChangeBetween(before, run, zone);
                shifts.Add(new DaylightShift(new DateTimeOffset(change, TimeSpan.Zero), TimeZoneInfo.ConvertTimeFromUtc(change, zone), meant, actual));
            }
            drift = actual - meant;
            previous = run;
        }
        return shifts;
    }
}

/// <summary>A zone's wall clock and UTC.</summary>
internal static class ZoneClock
{
    /// <summary>
    /// A wall-clock time in <paramref name="zone"/> as UTC. A time the clocks skip (02:30 on the night they go forward) is
    /// read with the offset before the change, so it lands after it (03:30); a time they pass twice is read as standard time.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime wall, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        var utc = zone.IsInvalidTime(unspecified)
            ? DateTime.SpecifyKind(unspecified - zone.GetUtcOffset(unspecified.AddDays(-1)), DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary>The instant (UTC, to the minute) between two UTC times at which the zone's offset changes.</summary>
    public static DateTime ChangeBetween(DateTime from, DateTime to, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc));
        while (to - from > TimeSpan.FromMinutes(1))
        {
            var middle = from + TimeSpan.FromTicks((to - from).Ticks / 2);
            if (zone.GetUtcOffset(DateTime.SpecifyKind(middle, DateTimeKind.Utc)) == before)
            {
                from = middle;
            }
            else
            {
                to = middle;
            }
        }
        return new DateTime(to.Ticks - to.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    }
}

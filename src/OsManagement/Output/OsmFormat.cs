using System;
using System.Globalization;

namespace OsManagement;

/// <summary>
/// The one way the module's views and messages write a time: "2030-01-05 22:00 -05:00" (local time with its offset from
/// UTC, so it reads the same on every screen and in every culture), and a day as "2030-01-05". The views call it:
/// [OsManagement.OsmFormat]::Time($_.TimeAccepted).
/// </summary>
public static class OsmFormat
{
    /// <summary>The pattern of a time.</summary>
    public const string TimePattern = "yyyy-MM-dd HH:mm zzz";

    /// <summary>
    /// A time: a DateTimeOffset in its own offset; a UTC DateTime in local time; any other DateTime as local time. Empty
    /// for null; anything else as its text.
    /// </summary>
    public static string Time(object? value) => value switch
    {
        null => "",
        DateTimeOffset offset => offset.ToString(TimePattern, CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc).ToLocalTime().ToString(TimePattern, CultureInfo.InvariantCulture),
        DateTime local => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Local)).ToString(TimePattern, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A day: "2030-01-05"; empty for null.</summary>
    public static string Day(object? value) => value switch
    {
        null => "",
        DateTimeOffset offset => offset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>A run of a scheduled job: when, in the zone the job is shown in and in UTC.</summary>
public sealed class OsmJobRun
{
    internal OsmJobRun(DateTimeOffset utc, TimeZoneInfo zone)
    {
        Time = TimeZoneInfo.ConvertTime(utc, zone);
        Local = Time.DateTime;
        Utc = utc.UtcDateTime;
        TimeZone = zone.Id;
    }

    /// <summary>When, with the zone's offset.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>When, on the zone's wall clock.</summary>
    public DateTime Local { get; }

    /// <summary>When, in UTC.</summary>
    public DateTime Utc { get; }

    /// <summary>The zone <see cref="Local"/> is in.</summary>
    public string TimeZone { get; }

    /// <summary>"2030-01-05 22:00 -05:00 (2030-01-06 03:00 UTC)".</summary>
    public override string ToString() =>
        OsmFormat.Time(Time) + " (" + Utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC)";
}

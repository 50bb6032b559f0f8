using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>The time zone a user names for a schedule: an IANA id (America/New_York) or a Windows id (Eastern Standard Time), UTC, or Local.</summary>
public static class TimeZones
{
    /// <summary>The zone <paramref name="id"/> names; null when this computer knows no such zone.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Equals("Local", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Local;
        }
        if (trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Z", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(trimmed);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The zone ids nearest to a misspelt one.</summary>
    public static IReadOnlyList<string> Nearest(string id) => NearestNames.Of(id, Ids);

    /// <summary>Every zone id this computer knows, and UTC.</summary>
    public static IEnumerable<string> Ids => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append("UTC");
}

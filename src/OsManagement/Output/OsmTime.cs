using System;
using System.Globalization;

namespace OsManagement;

/// <summary>Converts the service's times (UTC) to local DateTime for display, and back.</summary>
internal static class OsmTime
{
    public static DateTime? Local(DateTimeOffset? time) => time?.LocalDateTime;

    /// <summary>Parses the free-form time strings some models carry (lastCheckin, lastBoot).</summary>
    public static DateTime? ParseLocal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value.LocalDateTime
            : null;
    }
}

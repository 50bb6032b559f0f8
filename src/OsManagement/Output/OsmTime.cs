using System;

namespace OsManagement;

/// <summary>Converts the service's times (UTC) to local DateTime for display.</summary>
internal static class OsmTime
{
    public static DateTime? Local(DateTimeOffset? time) => time?.LocalDateTime;
}

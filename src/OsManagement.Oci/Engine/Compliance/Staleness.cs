using System;

namespace OsManagement.Oci.Engine;

/// <summary>Why what the service knows of an instance may be old.</summary>
public enum StaleReason
{
    /// <summary>The service cannot reach its agent (status UNREACHABLE).</summary>
    Unreachable,

    /// <summary>Its agent has not checked in for <see cref="Staleness.Threshold"/> or longer (Offline, in OS Management Hub's console).</summary>
    NoRecentCheckin,
}

/// <summary>
/// The stale rule: an instance whose agent is unreachable, or has not checked in for a day, is stale. What the service
/// says it misses may be out of date, so a stale instance is never counted as compliant.
/// </summary>
public static class Staleness
{
    /// <summary>How long without a check-in makes an instance stale: one day.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromDays(1);

    /// <summary>The status both services give an agent they cannot reach.</summary>
    public const string UnreachableStatus = "UNREACHABLE";

    /// <summary>Why an instance with this status and last check-in is stale at <paramref name="now"/>; null when it is not (or its check-in is not known).</summary>
    public static StaleReason? Of(string? status, DateTimeOffset? lastCheckin, DateTimeOffset now)
    {
        if (string.Equals(status, UnreachableStatus, StringComparison.OrdinalIgnoreCase))
        {
            return StaleReason.Unreachable;
        }
        return lastCheckin is { } checkin && now - checkin >= Threshold ? StaleReason.NoRecentCheckin : null;
    }
}

using System;

namespace OsManagement.Oci.Engine;

/// <summary>
/// How an instance's agent is checking in, in the words of OS Management Hub's console ("Viewing Reports for a Group"):
/// Active checks in every 2 minutes, Inactive has not for 30 minutes, Offline not for 24 hours. The API says it as the
/// instance's status (the oci_osmh metrics reference: NORMAL is Active, WARNING Inactive, UNREACHABLE Offline).
/// </summary>
public enum AgentActivity
{
    /// <summary>Checking in (NORMAL).</summary>
    Active,

    /// <summary>No check-in for 30 minutes or more (WARNING): what the service knows of it may be a little behind.</summary>
    Inactive,

    /// <summary>No check-in for 24 hours or more (UNREACHABLE): stale; work sent to it does not run.</summary>
    Offline,

    /// <summary>Rebooting (REBOOTING).</summary>
    Rebooting,

    /// <summary>Registering with the service (ONBOARDING).</summary>
    Registering,

    /// <summary>Failed to register (REGISTRATION_ERROR).</summary>
    RegistrationFailed,

    /// <summary>Being unregistered (DELETING).</summary>
    Unregistering,

    /// <summary>In error (ERROR).</summary>
    Error,
}

/// <summary>The rule that turns a status and a last check-in into an <see cref="AgentActivity"/>.</summary>
public static class AgentActivities
{
    /// <summary>Silent this long: Inactive.</summary>
    public static readonly TimeSpan InactiveAfter = TimeSpan.FromMinutes(30);

    /// <summary>Silent this long: Offline (the same day as <see cref="Staleness.Threshold"/>).</summary>
    public static readonly TimeSpan OfflineAfter = Staleness.Threshold;

    /// <summary>
    /// The activity of an instance with this status and last check-in at <paramref name="now"/>: the status says it
    /// (Hub's words, which the retired service shares for NORMAL, WARNING and UNREACHABLE), and a last check-in older
    /// than the thresholds makes it no better than Inactive or Offline (the retired service keeps saying NORMAL for an
    /// agent that stopped). Null for a status the engine does not know.
    /// </summary>
    public static AgentActivity? Of(string? status, DateTimeOffset? lastCheckin, DateTimeOffset now)
    {
        AgentActivity? byStatus = status?.ToUpperInvariant() switch
        {
            "NORMAL" => AgentActivity.Active,
            "WARNING" => AgentActivity.Inactive,
            Staleness.UnreachableStatus => AgentActivity.Offline,
            "REBOOTING" => AgentActivity.Rebooting,
            "ONBOARDING" => AgentActivity.Registering,
            "REGISTRATION_ERROR" => AgentActivity.RegistrationFailed,
            "DELETING" => AgentActivity.Unregistering,
            "ERROR" => AgentActivity.Error,
            _ => null,
        };
        if (byStatus is not (AgentActivity.Active or AgentActivity.Inactive) || lastCheckin is not { } checkin)
        {
            return byStatus;
        }
        var silence = now - checkin;
        return silence >= OfflineAfter ? AgentActivity.Offline
            : silence >= InactiveAfter ? AgentActivity.Inactive
            : byStatus;
    }

    /// <summary>The console's words: Active, Inactive, Offline, Rebooting, Registering, Registration failed, Unregistering, Error.</summary>
    public static string Words(this AgentActivity activity) =>
        activity == AgentActivity.RegistrationFailed ? "Registration failed" : activity.ToString();
}

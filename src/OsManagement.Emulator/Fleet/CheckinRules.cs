namespace OsManagement.Emulator.Fleet;

/// <summary>
/// What an agent's check-ins say of its instance, as OS Management Hub describes it ("Viewing Reports for a Group": an
/// active agent checks in every 2 minutes, one silent for 30 minutes is Inactive, for 24 hours Offline; the oci_osmh
/// metrics reference: Inactive is WARNING, Offline UNREACHABLE), and whether work reaches it.
/// </summary>
internal static class CheckinRules
{
    /// <summary>How often a healthy agent checks in.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    /// <summary>Silent this long: WARNING ("Inactive" in the console).</summary>
    public static readonly TimeSpan InactiveAfter = TimeSpan.FromMinutes(30);

    /// <summary>Silent this long: UNREACHABLE ("Offline" in the console).</summary>
    public static readonly TimeSpan OfflineAfter = TimeSpan.FromHours(24);

    /// <summary>The status an agent silent for <paramref name="silence"/> has by its check-ins alone.</summary>
    public static InstanceStatus StatusAfterSilence(TimeSpan silence) =>
        silence >= OfflineAfter ? InstanceStatus.Unreachable : silence >= InactiveAfter ? InstanceStatus.Warning : InstanceStatus.Normal;

    /// <summary>The worse of two statuses: Unreachable, then Error, then Warning, then Normal.</summary>
    public static InstanceStatus Worse(InstanceStatus a, InstanceStatus b) => Rank(a) >= Rank(b) ? a : b;

    /// <summary>
    /// Whether an agent of this status picks up work. One that is not checking in (Inactive or Offline) does not
    /// (assumption: Oracle does not say what becomes of work sent to a silent agent; see the README's behaviour table).
    /// </summary>
    public static bool TakesWork(InstanceStatus status) => status is not (InstanceStatus.Warning or InstanceStatus.Unreachable);

    private static int Rank(InstanceStatus status) => status switch
    {
        InstanceStatus.Unreachable => 3,
        InstanceStatus.Error => 2,
        InstanceStatus.Warning => 1,
        _ => 0,
    };
}

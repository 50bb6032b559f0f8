namespace OsManagement.Emulator.Fleet.Work;

/// <summary>How long (virtual time) a work request spends in each state.</summary>
internal static class WorkTiming
{
    /// <summary>ACCEPTED for this long before the agent picks the work up.</summary>
    public static readonly TimeSpan Queued = TimeSpan.FromMilliseconds(500);

    /// <summary>IN_PROGRESS for this long, percentComplete rising linearly.</summary>
    public static readonly TimeSpan Running = TimeSpan.FromSeconds(2);

    /// <summary>Finished work requests older than this are cleaned up.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);
}

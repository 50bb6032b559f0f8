namespace OsManagement.Emulator.Apis.Hub;

/// <summary>What OS Management Hub keeps beside the fleet: its scheduled jobs and its work request trees.</summary>
internal sealed class HubState : IApiState
{
    public HubState(EmulatorStore store)
    {
        Work = new HubWork(store, this);
        HubFleetJobs.Load(store, this);
    }

    public Dictionary<string, HubJobRecord> Jobs { get; } = new(StringComparer.Ordinal);

    public HubWork Work { get; }

    /// <summary>
    /// How long after a run's work requests are made its job lists them in <c>workRequestIds</c> (an admin fault: a late
    /// list, as an eventually consistent read could give); zero lists them at once. The work requests themselves, and
    /// <c>listWorkRequests?initiatorId=</c>, have them at once either way.
    /// </summary>
    public TimeSpan JobListingLag { get; set; }

    /// <summary>The earliest due job (the first made, on a tie): it runs, then moves to its rule's next occurrence.</summary>
    public DueJob? NextDue(DateTimeOffset now)
    {
        foreach (var job in Jobs.Values.Where(j => j.Unlisted.Count > 0))
        {
            job.ListDue(now);
        }
        HubJobRecord? next = null;
        foreach (var job in Jobs.Values)
        {
            if (job.IsDue(now) && (next is null || job.TimeNextExecution < next.TimeNextExecution))
            {
                next = job;
            }
        }
        return next is null ? null : new DueJob(next.TimeNextExecution, at =>
        {
            Work.RunJob(next, at);
            HubJobSchedule.MoveOn(next, at);
        });
    }
}

/// <summary>Hub's state in a store.</summary>
internal static class HubStore
{
    public static HubState Hub(this EmulatorStore store) => store.Api<HubState>();
}

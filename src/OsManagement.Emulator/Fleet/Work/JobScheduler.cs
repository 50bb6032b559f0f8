namespace OsManagement.Emulator.Fleet.Work;

/// <summary>
/// Runs the scheduled jobs of every API when they come due on the virtual clock, earliest first (on a tie, the API
/// registered first), letting work progress up to each run. Callers hold the store's lock.
/// </summary>
internal sealed class JobScheduler
{
    /// <summary>A guard against a huge clock jump running an hourly job thousands of times in one go.</summary>
    private const int MaxRunsPerCatchUp = 5000;

    private readonly EmulatorStore _store;

    public JobScheduler(EmulatorStore store) => _store = store;

    /// <summary>Runs every occurrence due by <paramref name="now"/>, earliest first, letting work progress in between.</summary>
    public void RunDue(DateTimeOffset now)
    {
        for (var runs = 0; runs < MaxRunsPerCatchUp; runs++)
        {
            DueJob? next = null;
            foreach (var api in _store.Apis)
            {
                if (api.NextDue(now) is { } due && (next is null || due.At < next.At))
                {
                    next = due;
                }
            }
            if (next is null)
            {
                return;
            }
            _store.Work.Advance(next.At);
            next.Run(next.At);
        }
    }
}

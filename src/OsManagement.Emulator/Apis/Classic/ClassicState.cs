using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>What the retired OS Management API keeps beside the fleet: its scheduled jobs and its way of making work.</summary>
internal sealed class ClassicState : IApiState
{
    public ClassicState(EmulatorStore store) => Work = new ClassicWork(store, this);

    public Dictionary<string, ClassicJobRecord> Jobs { get; } = new(StringComparer.Ordinal);

    public ClassicWork Work { get; }

    /// <summary>The earliest ACTIVE job whose next execution has come (the first made, on a tie).</summary>
    public DueJob? NextDue(DateTimeOffset now)
    {
        ClassicJobRecord? next = null;
        foreach (var job in Jobs.Values)
        {
            if (job.LifecycleState == "ACTIVE" && job.TimeNextExecution is { } due && due <= now
                && (next is null || due < next.TimeNextExecution))
            {
                next = job;
            }
        }
        return next is null ? null : new DueJob(next.TimeNextExecution!.Value, at =>
        {
            Work.RunJob(next, at);
            Work.MoveOn(next);
        });
    }
}

/// <summary>The retired API's state in a store.</summary>
internal static class ClassicStore
{
    public static ClassicState Classic(this EmulatorStore store) => store.Api<ClassicState>();
}

using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>An OS Management Hub scheduled job: operations, one kind of target, and a one-time or RRULE schedule.</summary>
internal sealed class HubJobRecord : ScheduledJobRecord
{
    public required DateTimeOffset TimeNextExecution { get; set; }
    /// <summary>The RRULE value (no <c>RRULE:</c> prefix), for RECURRING jobs.</summary>
    public string? RecurringRule { get; set; }
    /// <summary>False once a one-time job has run (it then is INACTIVE and never runs again).</summary>
    public bool IsPending { get; set; } = true;
    public List<string> ManagedInstanceIds { get; init; } = new();
    public List<string> ManagedInstanceGroupIds { get; init; } = new();
    public List<string> ManagedCompartmentIds { get; init; } = new();
    public List<string> LifecycleStageIds { get; init; } = new();
    public List<string> DynamicSetIds { get; init; } = new();
    public bool? IsSubcompartmentIncluded { get; init; }
    public List<string>? Locations { get; init; }
    public required List<ScheduledJobOperation> Operations { get; set; }
    public List<int>? RetryIntervals { get; set; }
    public required DateTimeOffset TimeUpdated { get; set; }

    /// <summary>Work requests of its runs not in <see cref="ScheduledJobRecord.WorkRequestIds"/> yet, each with when it will be (a listing lag).</summary>
    public List<(string Id, DateTimeOffset ListedAt)> Unlisted { get; } = new();

    /// <summary>
    /// Lists a run's work request in <see cref="ScheduledJobRecord.WorkRequestIds"/>: now, or <paramref name="lag"/> after <paramref name="at"/>.
    /// </summary>
    public void List(string workRequestId, DateTimeOffset at, TimeSpan lag)
    {
        if (lag > TimeSpan.Zero)
        {
            Unlisted.Add((workRequestId, at + lag));
            return;
        }
        WorkRequestIds.Add(workRequestId);
        Version++;
    }

    /// <summary>Lists the work requests whose listing lag is over by <paramref name="now"/>.</summary>
    public void ListDue(DateTimeOffset now)
    {
        var due = Unlisted.Where(u => u.ListedAt <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }
        Unlisted.RemoveAll(u => u.ListedAt <= now);
        WorkRequestIds.AddRange(due.Select(u => u.Id));
        Version++;
    }

    /// <summary>Due to run at <paramref name="now"/>: active, not yet run if one-time, and its time has come.</summary>
    public bool IsDue(DateTimeOffset now) => LifecycleState == "ACTIVE" && IsPending && TimeNextExecution <= now;

    protected override void StopRunning() => IsPending = false;
}

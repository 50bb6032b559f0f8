namespace OsManagement.Emulator.Apis.Hub;

/// <summary>Where a Hub job goes after a run: a one-time job is done (INACTIVE); a recurring one moves to its rule's next occurrence.</summary>
internal static class HubJobSchedule
{
    public static void MoveOn(HubJobRecord job, DateTimeOffset ran)
    {
        job.TimeUpdated = ran;
        job.Version++;
        if (job.ScheduleType != "RECURRING" || job.RecurringRule is null)
        {
            job.IsPending = false;
            job.LifecycleState = "INACTIVE";
            return;
        }
        // The run time is the rule's start: a job moved by an update (a skip) keeps the same series of occurrences.
        var next = RecurrenceRule.Parse(job.RecurringRule).NextAfter(ran, ran);
        if (next is { } at)
        {
            job.TimeNextExecution = at;
        }
        else
        {
            job.IsPending = false;
            job.LifecycleState = "INACTIVE";
        }
    }
}

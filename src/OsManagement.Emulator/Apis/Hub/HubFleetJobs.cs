using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// The scheduled jobs a fleet file brings, made OS Management Hub's jobs on every load (and reset), as if created
/// before the emulator started. A recurring job whose next run has passed by then moves to its rule's next occurrence,
/// as the service's own would have run meanwhile (assumption: the fleet is a copy taken earlier); a one-time job whose
/// time has passed runs at once.
/// </summary>
internal static class HubFleetJobs
{
    public static void Load(EmulatorStore store, HubState state)
    {
        var now = store.Clock.Now;
        foreach (var job in store.Fleet.Jobs)
        {
            var next = job.NextRun;
            if (job.Recurring && job.Rule is { } rule && next < now)
            {
                next = RecurrenceRule.Parse(rule).NextAfter(next, now) ?? next;
            }
            state.Jobs[job.Id] = new HubJobRecord
            {
                Id = job.Id,
                CompartmentId = job.CompartmentId,
                DisplayName = job.DisplayName,
                Description = job.Description,
                ScheduleType = job.Recurring ? "RECURRING" : "ONETIME",
                TimeNextExecution = next,
                RecurringRule = job.Rule,
                ManagedInstanceIds = job.InstanceIds.ToList(),
                ManagedInstanceGroupIds = job.GroupIds.ToList(),
                ManagedCompartmentIds = job.CompartmentIds.ToList(),
                LifecycleStageIds = job.StageIds.ToList(),
                DynamicSetIds = job.SetIds.ToList(),
                IsSubcompartmentIncluded = job.IncludeSubcompartments,
                Operations = job.Operations.Select(o => new ScheduledJobOperation(o.Type, o.Packages.Count > 0 ? o.Packages.ToList() : null,
                    o.WindowsUpdates.Count > 0 ? o.WindowsUpdates.ToList() : null)).ToList(),
                TimeCreated = job.Created,
                TimeUpdated = job.Created,
            };
        }
    }
}

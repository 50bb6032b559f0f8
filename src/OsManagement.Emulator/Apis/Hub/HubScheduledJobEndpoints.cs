using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub: scheduled jobs. Create answers 200 with the job, its etag and location; update 200 with the job
/// and etag; delete 204; runNow (recurring jobs only) 202 with no body and no work request id: the run is found
/// through the job's <c>workRequestIds</c> or <c>listWorkRequests?initiatorId=</c>. A deleted job is 404.
/// </summary>
internal static class HubScheduledJobEndpoints
{
    /// <summary>Where the jobs live (a new job's location).</summary>
    internal const string Prefix = "/20220901/scheduledJobs";

    /// <summary>Create, get, update and delete, answered as both OS Management APIs answer them.</summary>
    internal static readonly ScheduledJobRoutes<HubJobRecord, ScheduledJob, CreateScheduledJobDetails, UpdateScheduledJobDetails, HubJobRules> Jobs =
        new(Prefix, store => store.Hub().Jobs, HubWireMap.Job);

    internal static IResult RunNow(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Act(http, scheduledJobId, store, (job, now) =>
    {
        job.CheckETag(http.IfMatch());
        if (job.ScheduleType != "RECURRING")
        {
            throw new OciException(409, "Conflict",
                "Run now applies only to recurring scheduled jobs; this job runs once. Update its timeNextExecution to run it sooner.");
        }
        if (job.LifecycleState != "ACTIVE")
        {
            throw new OciException(409, "Conflict", $"The scheduled job is {job.LifecycleState}; only an ACTIVE job can run.");
        }
        store.Hub().Work.RunJob(job, now);
    }, 202);

    // Hub answers a move with 204 and no etag (the old service: 200 with one).
    internal static IResult ChangeCompartment(HttpContext http, string scheduledJobId, EmulatorStore store)
    {
        var details = http.Body<ChangeScheduledJobCompartmentDetails>();
        return Jobs.Act(http, scheduledJobId, store, (job, now) =>
        {
            job.MoveTo(store, details.CompartmentId, http.IfMatch());
            job.TimeUpdated = now;
        }, 204, withETag: false);
    }

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var subtree = http.BoolQuery("compartmentIdInSubtree") ?? false;
        var displayName = http.Query("displayName");
        var contains = http.Query("displayNameContains");
        var state = http.EnumQuery("lifecycleState", HubVocabulary.JobLifecycleStates);
        var instanceId = http.Query("managedInstanceId");
        var groupId = http.Query("managedInstanceGroupId");
        var targetCompartment = http.Query("managedCompartmentId");
        var operation = http.EnumQuery("operationType", HubVocabulary.JobOperationTypes);
        var scheduleType = http.EnumQuery("scheduleType", HubVocabulary.ScheduleTypes);
        var timeStart = http.OptionalTime("timeStart");
        var timeEnd = http.OptionalTime("timeEnd");
        var restricted = http.BoolQuery("isRestricted");
        var id = http.Query("id");
        var locations = http.ManyOf("location", HubVocabulary.Locations.Words);
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree);
            var instance = instanceId is null ? null : store.Instances.GetValueOrDefault(instanceId);
            var items = store.Hub().Jobs.Values.Where(j => j.LifecycleState != "DELETED" && store.Serves(j.Region)
                && HubScope.In(scope, j.CompartmentId)
                && (displayName is null || j.DisplayName == displayName)
                && (contains is null || j.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase))
                && (state is null || j.LifecycleState == state)
                && (instanceId is null || (instance is not null && HubWireMap.Targets(j, instance, store)))
                && (groupId is null || j.ManagedInstanceGroupIds.Contains(groupId))
                && (targetCompartment is null || j.ManagedCompartmentIds.Contains(targetCompartment))
                && (operation is null || j.Operations.Any(o => o.OperationType == operation))
                && (scheduleType is null || j.ScheduleType == scheduleType)
                && (timeStart is null || j.TimeNextExecution >= timeStart)
                && (timeEnd is null || j.TimeNextExecution <= timeEnd)
                && (restricted is null || j.IsRestricted == restricted)
                && (id is null || j.Id == id)
                && (locations.Count == 0 || (j.Locations ?? new()).Intersect(locations).Any()));
            var page = list.Apply(items, j => j.TimeCreated, j => j.DisplayName, j => j.Id, HubWireMap.JobSummary);
            return HubRequests.Items(http, page);
        });
    }
}

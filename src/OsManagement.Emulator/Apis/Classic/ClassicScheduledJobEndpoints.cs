using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// OS Management: scheduled jobs. A deleted job answers 404 and leaves every list. runNow answers 202,
/// skipNextExecution and changeCompartment 200, delete 204; all without a body.
/// </summary>
internal static class ClassicScheduledJobEndpoints
{
    private const string Prefix = "/20190801/scheduledJobs";

    private static readonly string[] States =
    {
        LifecycleStates.Creating, LifecycleStates.Updating, LifecycleStates.Active, LifecycleStates.Deleting, LifecycleStates.Deleted, LifecycleStates.Failed,
    };

    private static readonly string[] Operations =
    {
        OperationTypes.Install, OperationTypes.Update, OperationTypes.Remove, OperationTypes.Updateall, OperationTypes.Enablemodulestream,
        OperationTypes.Disablemodulestream, OperationTypes.Switchmodulestream, OperationTypes.Installmodulestreamprofile,
        OperationTypes.Removemodulestreamprofile, OperationTypes.Compound,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Prefix, Create).WithName("createScheduledJob");
        app.MapGet(Prefix, List).WithName("listScheduledJobs");
        app.MapGet(Prefix + "/upcomingSchedules", ListUpcoming).WithName("listUpcomingScheduledJobs");
        app.MapGet(Prefix + "/{scheduledJobId}", Get).WithName("getScheduledJob");
        app.MapPut(Prefix + "/{scheduledJobId}", Update).WithName("updateScheduledJob");
        app.MapDelete(Prefix + "/{scheduledJobId}", Delete).WithName("deleteScheduledJob");
        app.MapPost(Prefix + "/{scheduledJobId}/actions/runNow", RunNow).WithName("runScheduledJobNow");
        app.MapPost(Prefix + "/{scheduledJobId}/actions/skipNextExecution", SkipNext).WithName("skipNextScheduledJobExecution");
        app.MapPost(Prefix + "/{scheduledJobId}/actions/changeCompartment", ChangeCompartment).WithName("changeScheduledJobCompartment");
    }

    private static readonly ScheduledJobRoutes<ClassicJobRecord, ScheduledJob> Jobs = new(Prefix, store => store.Classic().Jobs, ClassicWireMap.Full);

    private static IResult Create(HttpContext http, EmulatorStore store, ClassicJobRules rules) =>
        Jobs.Create<CreateScheduledJobDetails>(http, store, rules.Create);

    private static IResult Get(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Get(http, scheduledJobId, store);

    private static IResult Update(HttpContext http, string scheduledJobId, EmulatorStore store, ClassicJobRules rules) =>
        Jobs.Update<UpdateScheduledJobDetails>(http, scheduledJobId, store, rules.Update);

    private static IResult Delete(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Delete(http, scheduledJobId, store);

    private static IResult RunNow(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Act(http, scheduledJobId, store, (job, now) =>
    {
        job.CheckETag(http.IfMatch());
        store.Classic().Work.RunJob(job, now);
    }, 202);

    private static IResult SkipNext(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Act(http, scheduledJobId, store, (job, _) =>
    {
        job.CheckETag(http.IfMatch());
        if (job.ScheduleType != ScheduleTypes.Recurring)
        {
            throw new OciException(409, "Conflict", "Skipping the next execution applies only to recurring scheduled jobs; this job runs once.");
        }
        if (job.TimeNextExecution is null)
        {
            throw new OciException(409, "Conflict", "The scheduled job has no next execution to skip.");
        }
        store.Classic().Work.Skip(job);
    }, 200);

    private static IResult ChangeCompartment(HttpContext http, string scheduledJobId, EmulatorStore store)
    {
        var details = http.Body<ChangeScheduledJobCompartmentDetails>();
        return Jobs.Act(http, scheduledJobId, store, (job, _) => job.MoveTo(store, details.CompartmentId, http.IfMatch()), 200);
    }

    private static IResult List(HttpContext http, EmulatorStore store, EmulatorOptions options)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var displayName = http.Query("displayName");
        var instanceId = http.Query("managedInstanceId");
        var groupId = http.Query("managedInstanceGroupId");
        var operationType = http.EnumQuery("operationType", Operations);
        var state = http.EnumQuery("lifecycleState", States);
        var osFamily = http.EnumQuery("osFamily", OsFamilies.Linux, OsFamilies.Windows, OsFamilies.All);
        var restricted = http.BoolQuery("isRestricted");
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            ClassicInstanceEndpoints.CheckCompartment(store, compartmentId);
            var items = store.Classic().Jobs.Values.Where(j => j.LifecycleState != LifecycleStates.Deleted
                && j.CompartmentId == compartmentId
                && (displayName is null || j.DisplayName == displayName)
                && (instanceId is null || j.ManagedInstances.Any(t => t.Id == instanceId))
                && (groupId is null || j.ManagedInstanceGroups.Any(t => t.Id == groupId))
                && (operationType is null || j.OperationType == operationType)
                && (state is null || j.LifecycleState == state)
                && (osFamily is null || j.OsFamily == osFamily)
                && (restricted is null || j.IsRestricted == restricted));
            return OciResponses.Page(http, list.Apply(items, j => j.TimeCreated, j => j.DisplayName, j => j.Id, ClassicWireMap.Summary));
        });
    }

    private static IResult ListUpcoming(HttpContext http, EmulatorStore store, EmulatorOptions options)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var timeEnd = http.TimeQuery("timeEnd");
        var displayName = http.Query("displayName");
        var tagName = http.Query("tagName");
        var tagValue = http.Query("tagValue");
        var state = http.EnumQuery("lifecycleState", States);
        var osFamily = http.EnumQuery("osFamily", OsFamilies.Linux, OsFamilies.Windows, OsFamilies.All);
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            ClassicInstanceEndpoints.CheckCompartment(store, compartmentId);
            var items = store.Classic().Jobs.Values.Where(j => j.LifecycleState != LifecycleStates.Deleted
                && j.CompartmentId == compartmentId
                && j.TimeNextExecution is { } next && next <= timeEnd
                && (displayName is null || j.DisplayName == displayName)
                && (tagName is null || (j.FreeformTags.TryGetValue(tagName, out var v) && (tagValue is null || v == tagValue)))
                && (state is null || j.LifecycleState == state)
                && (osFamily is null || j.OsFamily == osFamily));
            return OciResponses.Page(http, list.Apply(items, j => j.TimeCreated, j => j.DisplayName, j => j.Id, ClassicWireMap.Summary));
        });
    }
}

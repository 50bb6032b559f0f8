using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// OS Management: scheduled jobs. A deleted job answers 404 and leaves every list. runNow answers 202,
/// skipNextExecution and changeCompartment 200, delete 204; all without a body.
/// </summary>
internal static class ClassicScheduledJobEndpoints
{
    /// <summary>Where the jobs live (a new job's location).</summary>
    internal const string Prefix = "/20190801/scheduledJobs";

    /// <summary>Create, get, update and delete, answered as both OS Management APIs answer them.</summary>
    internal static readonly ScheduledJobRoutes<ClassicJobRecord, ScheduledJob, CreateScheduledJobDetails, UpdateScheduledJobDetails, ClassicJobRules> Jobs =
        new(Prefix, store => store.Classic().Jobs, ClassicWireMap.Full);

    internal static IResult RunNow(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Act(http, scheduledJobId, store, (job, now) =>
    {
        job.CheckETag(http.IfMatch());
        store.Classic().Work.RunJob(job, now);
    }, 202);

    internal static IResult SkipNext(HttpContext http, string scheduledJobId, EmulatorStore store) => Jobs.Act(http, scheduledJobId, store, (job, _) =>
    {
        job.CheckETag(http.IfMatch());
        if (job.ScheduleType != "RECURRING")
        {
            throw new OciException(409, "Conflict", "Skipping the next execution applies only to recurring scheduled jobs; this job runs once.");
        }
        if (job.TimeNextExecution is null)
        {
            throw new OciException(409, "Conflict", "The scheduled job has no next execution to skip.");
        }
        store.Classic().Work.Skip(job);
    }, 200);

    internal static IResult ChangeCompartment(HttpContext http, string scheduledJobId, EmulatorStore store)
    {
        var details = http.Body<ChangeScheduledJobCompartmentDetails>();
        return Jobs.Act(http, scheduledJobId, store, (job, _) => job.MoveTo(store, details.CompartmentId, http.IfMatch()), 200);
    }

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var list = new ClassicList(http);
        var instanceId = http.Query("managedInstanceId");
        var groupId = http.Query("managedInstanceGroupId");
        var operationType = http.EnumQuery("operationType", ClassicVocabulary.OperationTypes);
        var state = http.EnumQuery("lifecycleState", ClassicVocabulary.LifecycleStates);
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        var restricted = http.BoolQuery("isRestricted");
        return list.Answer(http, store, () => Listed(store).Where(j => list.Holds(j.CompartmentId, j.DisplayName)
                && (instanceId is null || j.ManagedInstances.Any(t => t.Id == instanceId))
                && (groupId is null || j.ManagedInstanceGroups.Any(t => t.Id == groupId))
                && (operationType is null || j.OperationType == operationType)
                && (state is null || j.LifecycleState == state)
                && (osFamily is null || j.OsFamily == osFamily)
                && (restricted is null || j.IsRestricted == restricted)),
            j => j.TimeCreated, j => j.DisplayName, j => j.Id, ClassicWireMap.Summary);
    }

    internal static IResult ListUpcoming(HttpContext http, EmulatorStore store)
    {
        var list = new ClassicList(http);
        var timeEnd = http.TimeQuery("timeEnd");
        var tagName = http.Query("tagName");
        var tagValue = http.Query("tagValue");
        var state = http.EnumQuery("lifecycleState", ClassicVocabulary.LifecycleStates);
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        return list.Answer(http, store, () => Listed(store).Where(j => list.Holds(j.CompartmentId, j.DisplayName)
                && j.TimeNextExecution is { } next && next <= timeEnd
                && (tagName is null || (j.FreeformTags.TryGetValue(tagName, out var v) && (tagValue is null || v == tagValue)))
                && (state is null || j.LifecycleState == state)
                && (osFamily is null || j.OsFamily == osFamily)),
            j => j.TimeCreated, j => j.DisplayName, j => j.Id, ClassicWireMap.Summary);
    }

    /// <summary>The jobs a list may show: a deleted job leaves every list.</summary>
    private static IEnumerable<ClassicJobRecord> Listed(EmulatorStore store) =>
        store.Classic().Jobs.Values.Where(j => j.LifecycleState != "DELETED" && store.Serves(j.Region));
}

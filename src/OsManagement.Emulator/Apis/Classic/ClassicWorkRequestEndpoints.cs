using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: work requests, their logs and errors.</summary>
internal static class ClassicWorkRequestEndpoints
{
    /// <summary>Get, log and errors: any work request, Hub's too, is the retired API's to show.</summary>
    internal static readonly WorkRequestRoutes<WorkRequestRecord, WorkRequest> Requests = new(
        (store, id) => store.WorkRequests.TryGetValue(id, out var request) && store.Serves(request.Region)
            ? request
            : throw OciException.NotFound($"Work request {id}"),
        ClassicVocabulary.Sorts, OciResponses.Page, ClassicWireMap.Full, ClassicWireMap.Log, ClassicWireMap.Error);

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var list = new ClassicList(http);
        var instanceId = http.Query("managedInstanceId");
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        return list.Answer(http, store, () => store.WorkRequests.Values.Where(w => store.Serves(w.Region) && list.Holds(w.CompartmentId, w.Description)
                && (instanceId is null || w.InstanceId == instanceId)
                && (osFamily is null or "ALL" || ClassicVocabulary.Family(w.Family) == osFamily)),
            w => w.TimeAccepted, w => w.Description, w => w.Id, ClassicWireMap.Summary);
    }
}

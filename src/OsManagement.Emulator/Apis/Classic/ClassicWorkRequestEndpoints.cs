using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: work requests, their logs and errors.</summary>
internal static class ClassicWorkRequestEndpoints
{
    private static WorkRequestRecord Find(EmulatorStore store, string id) =>
        store.WorkRequests.TryGetValue(id, out var request) ? request : throw OciException.NotFound($"Work request {id}");

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var displayName = http.Query("displayName");
        var instanceId = http.Query("managedInstanceId");
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        var list = http.Paging(ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            ClassicInstanceEndpoints.CheckCompartment(store, compartmentId);
            var items = store.WorkRequests.Values.Where(w => w.CompartmentId == compartmentId
                && (displayName is null || w.Description == displayName)
                && (instanceId is null || w.InstanceId == instanceId)
                && (osFamily is null or "ALL" || ClassicVocabulary.Family(w.Family) == osFamily));
            return OciResponses.Page(http, list.Apply(items, w => w.TimeAccepted, w => w.Description, w => w.Id, ClassicWireMap.Summary));
        });
    }

    internal static IResult Get(HttpContext http, string workRequestId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => ClassicWireMap.Full(Find(store, workRequestId))));

    internal static IResult ListLogs(HttpContext http, string workRequestId, EmulatorStore store)
    {
        var list = http.Paging(ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var logs = Find(store, workRequestId).Logs.Select((entry, index) => (entry, index)).ToList();
            return OciResponses.Page(http, list.Apply(logs, l => l.entry.Timestamp, l => l.entry.Message, l => l.index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), l => ClassicWireMap.Log(l.entry)));
        });
    }

    internal static IResult ListErrors(HttpContext http, string workRequestId, EmulatorStore store)
    {
        var list = http.Paging(ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var errors = Find(store, workRequestId).Errors.Select((entry, index) => (entry, index)).ToList();
            return OciResponses.Page(http, list.Apply(errors, e => e.entry.Timestamp ?? default, e => e.entry.Message ?? "", e => e.index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), e => ClassicWireMap.Error(e.entry)));
        });
    }
}

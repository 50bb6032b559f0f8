using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: work requests, their logs and errors.</summary>
internal static class ClassicWorkRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/20190801/workRequests", List).WithName("listWorkRequests");
        app.MapGet("/20190801/workRequests/{workRequestId}", Get).WithName("getWorkRequest");
        app.MapGet("/20190801/workRequests/{workRequestId}/logs", ListLogs).WithName("listWorkRequestLogs");
        app.MapGet("/20190801/workRequests/{workRequestId}/errors", ListErrors).WithName("listWorkRequestErrors");
    }

    private static WorkRequestRecord Find(EmulatorStore store, string id) =>
        store.WorkRequests.TryGetValue(id, out var request) ? request : throw OciException.NotFound($"Work request {id}");

    private static IResult List(HttpContext http, EmulatorStore store, EmulatorOptions options)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var displayName = http.Query("displayName");
        var instanceId = http.Query("managedInstanceId");
        var osFamily = http.EnumQuery("osFamily", OsFamilies.Linux, OsFamilies.Windows, OsFamilies.All);
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            ClassicInstanceEndpoints.CheckCompartment(store, compartmentId);
            var items = store.WorkRequests.Values.Where(w => w.CompartmentId == compartmentId
                && (displayName is null || w.Description == displayName)
                && (instanceId is null || w.InstanceId == instanceId)
                && (osFamily is null or OsFamilies.All || ClassicVocabulary.Family(w.Family) == osFamily));
            return OciResponses.Page(http, list.Apply(items, w => w.TimeAccepted, w => w.Description, w => w.Id, ClassicWireMap.Summary));
        });
    }

    private static IResult Get(HttpContext http, string workRequestId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => ClassicWireMap.Full(Find(store, workRequestId))));

    private static IResult ListLogs(HttpContext http, string workRequestId, EmulatorStore store, EmulatorOptions options)
    {
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var logs = Find(store, workRequestId).Logs.Select((entry, index) => (entry, index)).ToList();
            return OciResponses.Page(http, list.Apply(logs, l => l.entry.Timestamp, l => l.entry.Message, l => l.index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), l => ClassicWireMap.Log(l.entry)));
        });
    }

    private static IResult ListErrors(HttpContext http, string workRequestId, EmulatorStore store, EmulatorOptions options)
    {
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var errors = Find(store, workRequestId).Errors.Select((entry, index) => (entry, index)).ToList();
            return OciResponses.Page(http, list.Apply(errors, e => e.entry.Timestamp ?? default, e => e.entry.Message ?? "", e => e.index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), e => ClassicWireMap.Error(e.entry)));
        });
    }
}

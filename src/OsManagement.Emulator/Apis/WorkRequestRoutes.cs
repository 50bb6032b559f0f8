namespace OsManagement.Emulator.Apis;

/// <summary>
/// What both OS Management APIs answer alike for a work request: get is 200 with the work request and a content etag;
/// its log and its errors list by time (or message), in written order on a tie. Each API gives how it finds its work
/// requests, how its lists sort and answer (the retired API a bare array, Hub <c>{"items": [...]}</c>), and how it shows
/// a work request, a log entry and an error.
/// </summary>
internal sealed class WorkRequestRoutes<TRequest, TWire>(
    Func<EmulatorStore, string, TRequest> find,
    ListSorts sorts,
    Func<HttpContext, Page<object>, IResult> answer,
    Func<TRequest, TWire> wire,
    Func<WorkLog, object> log,
    Func<WorkError, object> error)
    where TRequest : WorkRequestRecord
{
    public IResult Get(HttpContext http, string workRequestId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => wire(find(store, workRequestId))));

    public IResult ListLogs(HttpContext http, string workRequestId, EmulatorStore store) =>
        Entries(http, workRequestId, store, request => request.Logs, l => l.Timestamp, l => l.Message, log);

    public IResult ListErrors(HttpContext http, string workRequestId, EmulatorStore store) =>
        Entries(http, workRequestId, store, request => request.Errors, e => e.Timestamp ?? default, e => e.Message ?? "", error);

    private IResult Entries<T>(HttpContext http, string workRequestId, EmulatorStore store, Func<TRequest, List<T>> entries,
        Func<T, DateTimeOffset> time, Func<T, string> text, Func<T, object> show)
    {
        var list = http.Paging(sorts);
        return store.Execute(_ => answer(http, list.Apply(entries(find(store, workRequestId)).Select((entry, index) => (entry, index)),
            e => time(e.entry), e => text(e.entry), e => e.index.ToString("D6", CultureInfo.InvariantCulture), e => show(e.entry))));
    }
}

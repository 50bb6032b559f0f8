namespace OsManagement.Emulator.Apis;

/// <summary>How an API creates and changes its scheduled jobs (its rules; callers hold the store's lock).</summary>
internal interface IScheduledJobRules<TJob, TCreate, TUpdate>
{
    TJob Create(TCreate details, DateTimeOffset now);

    TJob Update(TJob job, TUpdate details, string? ifMatch, DateTimeOffset now);
}

/// <summary>
/// What both OS Management APIs answer alike for their scheduled jobs: create is 200 with the job, its etag and its
/// location; get and update are 200 with the job and etag; delete is 204; an action on a job answers with a status and
/// (where the API does) the new etag. A deleted job is 404. Each API gives its jobs, its wire shape and its rules.
/// </summary>
internal sealed class ScheduledJobRoutes<TJob, TWire, TCreate, TUpdate, TRules>(
    string prefix, Func<EmulatorStore, IReadOnlyDictionary<string, TJob>> jobs, Func<TJob, TWire> wire)
    where TJob : ScheduledJobRecord
    where TCreate : class
    where TUpdate : class
    where TRules : IScheduledJobRules<TJob, TCreate, TUpdate>
{
    public TJob Find(EmulatorStore store, string id) =>
        jobs(store).TryGetValue(id, out var job) && job.LifecycleState != "DELETED" && store.Serves(job.Region)
            ? job
            : throw OciException.NotFound($"Scheduled job {id}");

    public IResult Create(HttpContext http, EmulatorStore store, TRules rules)
    {
        var details = http.Body<TCreate>();
        var (body, id, etag) = store.Execute(now =>
        {
            var job = rules.Create(details, now);
            return (wire(job), job.Id, job.ETag);
        });
        http.Response.Headers.Location = $"{http.Request.Scheme}://{http.Request.Host}{prefix}/{id}";
        return OciResponses.WithETag(http, body, etag);
    }

    public IResult Get(HttpContext http, string scheduledJobId, EmulatorStore store) => Answer(http, store, _ => Find(store, scheduledJobId));

    public IResult Update(HttpContext http, string scheduledJobId, EmulatorStore store, TRules rules)
    {
        var details = http.Body<TUpdate>();
        return Answer(http, store, now => rules.Update(Find(store, scheduledJobId), details, http.IfMatch(), now));
    }

    public IResult Delete(HttpContext http, string scheduledJobId, EmulatorStore store)
    {
        store.Execute(_ =>
        {
            Find(store, scheduledJobId).Delete(http.IfMatch());
            return 0;
        });
        return Results.StatusCode(204);
    }

    /// <summary>Does <paramref name="act"/> to the job and answers <paramref name="status"/>, with the job's new etag when <paramref name="withETag"/>.</summary>
    public IResult Act(HttpContext http, string id, EmulatorStore store, Action<TJob, DateTimeOffset> act, int status, bool withETag = true)
    {
        var etag = store.Execute(now =>
        {
            var job = Find(store, id);
            act(job, now);
            return job.ETag;
        });
        if (withETag)
        {
            http.Response.Headers.ETag = etag;
        }
        return Results.StatusCode(status);
    }

    private IResult Answer(HttpContext http, EmulatorStore store, Func<DateTimeOffset, TJob> pick)
    {
        var (body, etag) = store.Execute(now =>
        {
            var job = pick(now);
            return (wire(job), job.ETag);
        });
        return OciResponses.WithETag(http, body, etag);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// Finding a run now's work requests: Hub answers runNow with no id, so they are the new ones in the job's
/// workRequestIds or, as Oracle's SDK documents, in listWorkRequests?initiatorId=&lt;job&gt;; a late list in one place
/// cannot leave the wait empty while the other has them.
/// </summary>
public sealed class JobRunFinderTests
{
    private sealed class TestClock : WorkRequestWaiter.IWaitClock
    {
        public TimeSpan Elapsed { get; private set; }

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            Elapsed += delay;
            return Task.CompletedTask;
        }
    }

    /// <summary>A job whose workRequestIds are <paramref name="listed"/> on each read in turn (the last one from then on).</summary>
    private static Func<CancellationToken, Task<ScheduledJobRecord>> JobReads(params string[][] listed)
    {
        var reads = 0;
        return _ => Task.FromResult(new ScheduledJobRecord { Id = "job", WorkRequestIds = listed[Math.Min(reads++, listed.Length - 1)] });
    }

    private static Func<CancellationToken, Task<IReadOnlyList<string>>> Listings(params string[][] listed)
    {
        var reads = 0;
        return _ => Task.FromResult<IReadOnlyList<string>>(listed[Math.Min(reads++, listed.Length - 1)]);
    }

    [Fact]
    public async Task A_job_whose_list_lags_is_followed_through_the_listing_by_job()
    {
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "old" }), Listings(new[] { "old", "older" }, new[] { "old", "older", "run" }),
            new[] { "old" }, CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), new TestClock(), CancellationToken.None);
        Assert.Equal(new[] { "run" }, run.WorkRequestIds);
    }

    [Fact]
    public async Task Without_a_listing_by_job_the_job_list_alone_finds_it_when_it_comes()
    {
        var clock = new TestClock();
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "old" }, new[] { "old" }, new[] { "old", "run-a", "run-b" }), null,
            new[] { "old" }, CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), clock, CancellationToken.None);
        Assert.Equal(new[] { "run-a", "run-b" }, run.WorkRequestIds);
        // Found at the third look, and a fourth finds no more.
        Assert.Equal(TimeSpan.FromSeconds(3), clock.Elapsed);
        Assert.Equal(new[] { "old", "run-a", "run-b" }, run.Job.WorkRequestIds);
    }

    [Fact]
    public async Task A_run_whose_work_requests_appear_a_moment_apart_is_found_whole()
    {
        var clock = new TestClock();
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "old" }, new[] { "old", "run-a" }, new[] { "old", "run-a", "run-b" }), null,
            new[] { "old" }, CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), clock, CancellationToken.None);
        Assert.Equal(new[] { "run-a", "run-b" }, run.WorkRequestIds);
        Assert.Equal(TimeSpan.FromSeconds(3), clock.Elapsed);
    }

    [Fact]
    public async Task A_run_still_growing_at_the_deadline_is_reported_as_found_then()
    {
        var clock = new TestClock();
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "a" }, new[] { "a", "b" }, new[] { "a", "b", "c" }), null,
            Array.Empty<string>(), CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), clock, CancellationToken.None);
        Assert.Equal(new[] { "a", "b" }, run.WorkRequestIds);
        Assert.Equal(TimeSpan.FromSeconds(1), clock.Elapsed);
    }

    [Fact]
    public async Task Both_places_are_joined_each_id_once_the_jobs_order_first()
    {
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "b" }), Listings(Array.Empty<string>(), new[] { "a", "b" }),
            Array.Empty<string>(), CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), new TestClock(), CancellationToken.None);
        Assert.Equal(new[] { "b", "a" }, run.WorkRequestIds);
    }

    [Fact]
    public async Task A_run_that_never_appears_is_looked_for_until_the_deadline_and_then_reported_empty()
    {
        var clock = new TestClock();
        var finder = await JobRunFinder.BeforeRunAsync(JobReads(new[] { "old" }), Listings(new[] { "old" }), new[] { "old" }, CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), clock, CancellationToken.None);
        Assert.Empty(run.WorkRequestIds);
        Assert.Equal(TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    [Fact]
    public async Task On_Hub_the_listing_asks_for_the_jobs_top_level_work_requests_across_the_tenancy_since_a_little_before_now()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"earlier\"}]}")
            .Then(HttpStatusCode.OK, "{\"id\":\"job\",\"workRequestIds\":[]}", ("etag", "E1"))
            .Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"earlier\"},{\"id\":\"run\"},{\"id\":\"child\",\"parentId\":\"run\"}]}")
            // One more look finds no more of the run.
            .Then(HttpStatusCode.OK, "{\"id\":\"job\",\"workRequestIds\":[\"run\"]}", ("etag", "E2"))
            .Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"earlier\"},{\"id\":\"run\"},{\"id\":\"child\",\"parentId\":\"run\"}]}");
        var service = new HubService(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), "ocid1.tenancy.oc1..t");
        var now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var finder = await JobRunFinder.BeforeRunAsync(service, new ScheduledJobRecord { Id = "job" }, "ocid1.tenancy.oc1..t", now, CancellationToken.None);
        var run = await finder.FindAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(new[] { "run" }, run.WorkRequestIds);
        var listing = Uri.UnescapeDataString(t.Handler.Requests[0].PathAndQuery);
        Assert.StartsWith("/20220901/workRequests?", listing);
        Assert.Contains("compartmentId=ocid1.tenancy.oc1..t", listing);
        Assert.Contains("compartmentIdInSubtree=true", listing);
        Assert.Contains("initiatorId=job", listing);
        Assert.Contains("timeCreatedGreaterThanOrEqualTo=2026-11-24T11:50:00", listing);
    }

    [Fact]
    public async Task The_retired_service_has_no_listing_by_job_and_is_never_asked_for_one()
    {
        using var t = new TestPipeline();
        var service = new Services.Classic.ClassicService(new Services.Classic.ClassicClient(t.Pipeline, TestPipeline.Endpoint),
            new IdentityClient(t.Pipeline, TestPipeline.Endpoint));
        await JobRunFinder.BeforeRunAsync(service, new ScheduledJobRecord { Id = "job", WorkRequestIds = new[] { "old" } }, "t", DateTimeOffset.UtcNow,
            CancellationToken.None);
        Assert.Empty(t.Handler.Requests);
    }
}

using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class CancellationTests
{
    private const string JobPath = "/20190801/scheduledJobs/ocid1.x";

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using var t = new TestPipeline();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, cts.Token));

        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_request_stops_it_promptly_and_is_not_reported_as_a_timeout()
    {
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var t = new TestPipeline(o => o.Timeout = TimeSpan.FromMinutes(5));
        t.Handler.Then(async (_, ct) =>
        {
            inFlight.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var cts = new CancellationTokenSource();
        var call = t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, cts.Token);
        await inFlight.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var watch = Stopwatch.StartNew();

        cts.Cancel();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Cancelling_during_backoff_stops_the_call_without_another_attempt()
    {
        var firstAttemptDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var t = new TestPipeline(o =>
        {
            o.MaxBackoff = TimeSpan.FromMinutes(2);
            o.OnCall = _ => firstAttemptDone.TrySetResult();
        });
        t.Handler.Then(HttpStatusCode.ServiceUnavailable, FakeHandler.Error("ServiceUnavailable", "later"), ("Retry-After", "60"))
                 .Then(HttpStatusCode.OK, "{}");
        using var cts = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var call = t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, cts.Token);
        await firstAttemptDone.Task.WaitAsync(TimeSpan.FromSeconds(10));

        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}; the backoff was 60 s");
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Cancelling_a_list_stops_paging()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[{\"id\":\"a\"},{\"id\":\"b\"}]", ("opc-next-page", "p2"))
                 .Then(async (_, ct) =>
                 {
                     await Task.Delay(Timeout.Infinite, ct);
                     throw new InvalidOperationException("unreachable");
                 });
        using var cts = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in t.Pipeline.ListAsync<Services.Classic.Models.ManagedInstanceSummary>(TestPipeline.Endpoint, new OciQuery("/20190801/managedInstances"), cts.Token))
            {
                if (++seen == 2)
                {
                    cts.Cancel();
                }
            }
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, seen);
        Assert.Equal(2, t.Handler.Requests.Count);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>Hub lists answer <c>{"items": [...]}</c> pages; the client streams the items across opc-next-page.</summary>
public sealed class HubPagingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HubClient Hub(TestPipeline t) => new(t.Pipeline, new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"));

    private static string Page(params string[] ids) => "{\"items\":[" + string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\"}}")) + "]}";

    [Fact]
    public async Task Items_are_unwrapped_from_each_page_and_pages_followed_to_the_end_keeping_the_filters()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Page("a", "b"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.OK, Page("c"), ("opc-next-page", "p+3/="))
                 .Then(HttpStatusCode.OK, Page("d"));

        var items = await Hub(t).ListWorkRequestsAsync(new ListWorkRequestsRequest
        {
            CompartmentId = "ocid1.c", Status = new() { "FAILED", "SUCCEEDED" }, Limit = 2,
        }, None).ToListAsync();

        Assert.Equal(new[] { "a", "b", "c", "d" }, items.Select(i => i.Id));
        Assert.Equal(new[]
        {
            "/20220901/workRequests?compartmentId=ocid1.c&status=FAILED&status=SUCCEEDED&limit=2",
            "/20220901/workRequests?compartmentId=ocid1.c&status=FAILED&status=SUCCEEDED&limit=2&page=p2",
            "/20220901/workRequests?compartmentId=ocid1.c&status=FAILED&status=SUCCEEDED&limit=2&page=p%2B3%2F%3D",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("{\"items\":[]}")]
    [InlineData("{\"items\":null}")]
    [InlineData("{}")]
    public async Task A_page_without_items_is_no_items(string body)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, body);

        var items = await Hub(t).ListScheduledJobsAsync(new ListScheduledJobsRequest { CompartmentId = "ocid1.c" }, None).ToListAsync();

        Assert.Empty(items);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task A_bare_array_where_a_collection_belongs_is_a_clear_JSON_error()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[{\"id\":\"a\"}]");

        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => Hub(t).ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest(), None).ToListAsync());
    }

    [Fact]
    public async Task Items_stream_page_one_is_seen_before_page_two_is_answered()
    {
        var firstItemRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondPageAnswered = false;
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Page("a", "b"), ("opc-next-page", "p2"))
                 .Then(async (_, ct) =>
                 {
                     await firstItemRead.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                     secondPageAnswered = true;
                     return FakeHandler.Respond(HttpStatusCode.OK, Page("c"));
                 });
        var seen = new List<(string Id, bool SecondPageAnsweredThen)>();

        await foreach (var item in Hub(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, None))
        {
            seen.Add((item.Id!, secondPageAnswered));
            firstItemRead.TrySetResult();
        }

        Assert.Equal(new[] { "a", "b", "c" }, seen.Select(s => s.Id));
        Assert.False(seen[0].SecondPageAnsweredThen);
        Assert.True(seen[2].SecondPageAnsweredThen);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_cancels_the_page_fetched_ahead()
    {
        var prefetchCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Page("a", "b"), ("opc-next-page", "p2"))
                 .Then(async (_, ct) =>
                 {
                     try
                     {
                         await Task.Delay(Timeout.Infinite, ct);
                     }
                     catch (OperationCanceledException)
                     {
                         prefetchCancelled.TrySetResult();
                         throw;
                     }
                     throw new InvalidOperationException("unreachable");
                 });

        await foreach (var item in Hub(t).ListManagedInstanceUpdatablePackagesAsync(new ListManagedInstanceUpdatablePackagesRequest { ManagedInstanceId = "i" }, None))
        {
            break;
        }

        await prefetchCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_failing_later_page_surfaces_as_the_service_error_after_the_items_before_it()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Page("a"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.NotFound, FakeHandler.Error("NotAuthorizedOrNotFound", "gone"));
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<OciServiceException>(async () =>
        {
            await foreach (var item in Hub(t).ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = "w" }, None))
            {
                seen.Add(item.Message ?? "");
            }
        });

        Assert.Single(seen);
        Assert.Equal((404, "NotAuthorizedOrNotFound"), (error.StatusCode, error.ServiceCode));
        Assert.Equal("/20220901/workRequests/w/logs?page=p2", error.Path);
    }
}

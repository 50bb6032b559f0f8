using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Classic.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class PagingTests
{
    private static ClassicClient Client(TestPipeline t) => new(t.Pipeline, TestPipeline.Endpoint);

    private static string Items(params string[] ids) => "[" + string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\"}}")) + "]";

    [Fact]
    public async Task Follows_opc_next_page_to_the_end_and_stops_when_it_is_absent()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a", "b"), ("opc-next-page", "page-2"))
                 .Then(HttpStatusCode.OK, Items("c"), ("opc-next-page", "page-3"))
                 .Then(HttpStatusCode.OK, Items("d", "e"));

        var items = await Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c", Limit = 2 }, CancellationToken.None).ToListAsync();

        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, items.Select(i => i.Id));
        Assert.Equal(new[]
        {
            "/20190801/managedInstances?compartmentId=ocid1.c&limit=2",
            "/20190801/managedInstances?compartmentId=ocid1.c&limit=2&page=page-2",
            "/20190801/managedInstances?compartmentId=ocid1.c&limit=2&page=page-3",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_single_page_is_one_request_and_an_empty_list_is_no_items()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[]");

        var items = await Client(t).ListScheduledJobsAsync(new ListScheduledJobsRequest { CompartmentId = "ocid1.c" }, CancellationToken.None).ToListAsync();

        Assert.Empty(items);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task An_empty_opc_next_page_ends_the_list()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", ""))
                 .Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", ""));

        var items = await Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None).ToListAsync();

        Assert.Equal(new[] { "a" }, items.Select(i => i.Id));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Page_tokens_and_query_values_are_url_encoded()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", "AAA+b/c==&x=1"))
                 .Then(HttpStatusCode.OK, Items("b"));

        await Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c", DisplayName = "web 01&env=prod/é+%" }, CancellationToken.None).ToListAsync();

        var requests = t.Handler.Requests;
        Assert.Equal("/20190801/managedInstances?compartmentId=ocid1.c&displayName=web%2001%26env%3Dprod%2F%C3%A9%2B%25", requests[0].PathAndQuery);
        Assert.Equal("/20190801/managedInstances?compartmentId=ocid1.c&displayName=web%2001%26env%3Dprod%2F%C3%A9%2B%25&page=AAA%2Bb%2Fc%3D%3D%26x%3D1", requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Items_stream_page_one_is_seen_before_page_two_is_answered()
    {
        var firstItemRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondPageAnswered = false;
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a", "b"), ("opc-next-page", "p2"))
                 .Then(async (_, ct) =>
                 {
                     // Holds page 2 back until the consumer has an item of page 1; a list that buffered pages would time out here.
                     await firstItemRead.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                     secondPageAnswered = true;
                     return FakeHandler.Respond(HttpStatusCode.OK, Items("c"));
                 });
        var seen = new List<(string Id, bool SecondPageAnsweredThen)>();

        await foreach (var item in Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None))
        {
            seen.Add((item.Id!, secondPageAnswered));
            firstItemRead.TrySetResult();
        }

        Assert.Equal(new[] { "a", "b", "c" }, seen.Select(s => s.Id));
        Assert.False(seen[0].SecondPageAnsweredThen);
        Assert.True(seen[2].SecondPageAnsweredThen);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_cancels_the_page_fetched_ahead_and_asks_for_no_more()
    {
        var prefetchCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a", "b"), ("opc-next-page", "p2"))
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
                 })
                 .Then(HttpStatusCode.OK, Items("d"));

        await foreach (var item in Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None))
        {
            Assert.Equal("a", item.Id);
            break;
        }

        await prefetchCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_next_page_token_equal_to_the_one_just_used_ends_the_list()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.OK, Items("b"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.OK, Items("b"), ("opc-next-page", "p2"));

        var items = await Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None).ToListAsync();

        Assert.Equal(new[] { "a", "b" }, items.Select(i => i.Id));
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Every_list_operation_uses_its_wire_path()
    {
        using var t = new TestPipeline();
        var handler = t.Handler;
        for (var i = 0; i < 8; i++)
        {
            handler.Then(HttpStatusCode.OK, "[]");
        }
        var client = Client(t);

        await client.ListWorkRequestsAsync(new ListWorkRequestsRequest { CompartmentId = "c", ManagedInstanceId = "mi" }, CancellationToken.None).ToListAsync();
        await client.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = "wr", Limit = 1 }, CancellationToken.None).ToListAsync();
        await client.ListWorkRequestErrorsAsync(new ListWorkRequestErrorsRequest { WorkRequestId = "wr" }, CancellationToken.None).ToListAsync();
        await client.ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "c", OsFamily = "WINDOWS" }, CancellationToken.None).ToListAsync();
        await client.ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest { CompartmentId = "c" }, CancellationToken.None).ToListAsync();
        await client.ListAvailableUpdatesForManagedInstanceAsync(new ListAvailableUpdatesForManagedInstanceRequest { ManagedInstanceId = "mi" }, CancellationToken.None).ToListAsync();
        await client.ListAvailableWindowsUpdatesForManagedInstanceAsync(new ListAvailableWindowsUpdatesForManagedInstanceRequest { ManagedInstanceId = "mi", IsEligibleForInstallation = "INSTALLABLE" }, CancellationToken.None).ToListAsync();
        await client.ListAvailableUpdatesForManagedInstanceAsync(new ListAvailableUpdatesForManagedInstanceRequest { ManagedInstanceId = "mi", DisplayName = "bash" }, CancellationToken.None).ToListAsync();

        Assert.Equal(new[]
        {
            "/20190801/workRequests?compartmentId=c&managedInstanceId=mi",
            "/20190801/workRequests/wr/logs?limit=1",
            "/20190801/workRequests/wr/errors",
            "/20190801/managedInstances?compartmentId=c&osFamily=WINDOWS",
            "/20190801/managedInstanceGroups?compartmentId=c",
            "/20190801/managedInstances/mi/packages/updates",
            "/20190801/managedInstances/mi/updates/available?isEligibleForInstallation=INSTALLABLE",
            "/20190801/managedInstances/mi/packages/updates?displayName=bash",
        }, handler.Requests.Select(r => r.PathAndQuery));
        Assert.All(handler.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task A_failing_later_page_surfaces_as_the_service_error()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.NotFound, FakeHandler.Error("NotAuthorizedOrNotFound", "gone"));
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<OciServiceException>(async () =>
        {
            await foreach (var item in Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None))
            {
                seen.Add(item.Id!);
            }
        });

        Assert.Equal(new[] { "a" }, seen);
        Assert.Equal(404, error.StatusCode);
        Assert.EndsWith("page=p2", error.Path);
    }

    [Fact]
    public async Task A_retried_page_does_not_repeat_items()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Items("a"), ("opc-next-page", "p2"))
                 .Then(HttpStatusCode.TooManyRequests, FakeHandler.Error("TooManyRequests", "slow"))
                 .Then(HttpStatusCode.OK, Items("b"));

        var items = await Client(t).ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = "ocid1.c" }, CancellationToken.None).ToListAsync();

        Assert.Equal(new[] { "a", "b" }, items.Select(i => i.Id));
        Assert.EndsWith("page=p2", t.Handler.Requests[2].PathAndQuery);
    }
}

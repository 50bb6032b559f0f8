using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// Why a work request failed, said once: a parent's errors repeat its children's, so the reasons are the failed
/// children's own errors, each once with the children it stopped; a request without children has its own, each once.
/// </summary>
public sealed class WorkRequestFailureTests
{
    private const string Unreachable = "The managed instance down-01 has not checked in since 2030-01-01T00:00:00Z.";

    // A Hub that answers each work request, its errors, by path, whatever the order the fan-out asks in.
    private static HubService Hub(TestPipeline t, Dictionary<string, string> requests, Dictionary<string, string> errors)
    {
        for (var i = 0; i < 50; i++)
        {
            t.Handler.Then((request, _) =>
            {
                var path = request.RequestUri!.AbsolutePath;
                var id = path.Split('/')[3];
                var body = path.EndsWith("/errors", StringComparison.Ordinal) ? "{\"items\":[" + errors.GetValueOrDefault(id, "") + "]}" : requests[id];
                return Task.FromResult(FakeHandler.Respond(HttpStatusCode.OK, body));
            });
        }
        return new HubService(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), "ocid1.tenancy.oc1..t");
    }

    private static string Request(string id, string operation, string status, string instance, params string[] children) =>
        $"{{\"id\":\"{id}\",\"operationType\":\"{operation}\",\"status\":\"{status}\",\"compartmentId\":\"c\",\"childrenId\":[{string.Join(",", children.Select(c => $"\"{c}\""))}]," +
        $"\"resources\":[{{\"entityType\":\"INSTANCE\",\"identifier\":\"ocid1.instance.{instance}\",\"name\":\"{instance}\"}}]}}";

    private static string Error(string code, string message) => $"{{\"code\":\"{code}\",\"message\":\"{message}\",\"timestamp\":\"2030-01-01T00:00:00Z\"}}";

    [Fact]
    public async Task Four_children_failed_for_one_reason_is_one_reason_naming_the_four()
    {
        using var t = new TestPipeline();
        var types = new[] { "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_ENHANCEMENT", "UPDATE_OTHER" };
        var requests = new Dictionary<string, string> { ["p"] = Request("p", "UPDATE_ALL_PACKAGES", "FAILED", "down-01", "c0", "c1", "c2", "c3") };
        var errors = new Dictionary<string, string>
        {
            // The parent repeats each child's error with the child's OCID in it: four near-identical lines.
            ["p"] = string.Join(",", Enumerable.Range(0, 4).Select(i => Error("AgentUnreachable", $"Work request c{i} on down-01 failed: {Unreachable}"))),
        };
        for (var i = 0; i < 4; i++)
        {
            requests["c" + i] = Request("c" + i, types[i], "FAILED", "down-01");
            errors["c" + i] = Error("AgentUnreachable", Unreachable);
        }
        var service = Hub(t, requests, errors);
        var parent = await service.GetWorkRequestAsync("p", CancellationToken.None);

        var failure = await WorkRequestFailure.ReadAsync(service, parent, 4, CancellationToken.None);

        var reason = Assert.Single(failure.Reasons);
        Assert.Equal(("AgentUnreachable", Unreachable), (reason.Code, reason.Message));
        Assert.Equal(types, reason.Children.Select(c => c.OperationType));
        Assert.Equal(4, failure.ChildCount);
        Assert.DoesNotContain(t.Handler.Requests, r => r.PathAndQuery.Contains("/workRequests/p/errors"));
    }

    [Fact]
    public async Task A_group_update_where_two_of_three_members_failed_for_two_reasons_names_each_reasons_members()
    {
        using var t = new TestPipeline();
        var requests = new Dictionary<string, string>
        {
            ["p"] = Request("p", "UPDATE_ALL_PACKAGES", "FAILED", "group", "a", "b", "c"),
            ["a"] = Request("a", "UPDATE_ALL_PACKAGES", "FAILED", "web-01"),
            ["b"] = Request("b", "UPDATE_ALL_PACKAGES", "SUCCEEDED", "web-02"),
            ["c"] = Request("c", "UPDATE_ALL_PACKAGES", "FAILED", "web-03"),
        };
        var errors = new Dictionary<string, string> { ["a"] = Error("AgentUnreachable", "web-01 is offline."), ["c"] = Error("PackageTransactionFailed", "rpmdb is locked.") };
        var service = Hub(t, requests, errors);

        var failure = await WorkRequestFailure.ReadAsync(service, await service.GetWorkRequestAsync("p", CancellationToken.None), 4, CancellationToken.None);

        Assert.Equal(new[] { "AgentUnreachable", "PackageTransactionFailed" }, failure.Reasons.Select(r => r.Code));
        Assert.Equal(new[] { "a" }, failure.Reasons[0].Children.Select(c => c.Id));
        Assert.Equal(new[] { "c" }, failure.Reasons[1].Children.Select(c => c.Id));
        Assert.Equal(new[] { "a", "c" }, failure.FailedChildren.Select(c => c.Id));
    }

    [Fact]
    public async Task A_request_without_children_has_its_own_errors_each_once()
    {
        using var t = new TestPipeline();
        var requests = new Dictionary<string, string> { ["w"] = Request("w", "INSTALL_PACKAGES", "FAILED", "web-01") };
        var errors = new Dictionary<string, string>
        {
            ["w"] = string.Join(",", Error("PackageNotFound", "tmux was not found."), Error("PackageNotFound", "tmux was not found."), Error("Timeout", "gave up.")),
        };
        var service = Hub(t, requests, errors);

        var failure = await WorkRequestFailure.ReadAsync(service, await service.GetWorkRequestAsync("w", CancellationToken.None), 4, CancellationToken.None);

        Assert.Equal(new[] { "PackageNotFound", "Timeout" }, failure.Reasons.Select(r => r.Code));
        Assert.All(failure.Reasons, r => Assert.Empty(r.Children));
        Assert.Equal(0, failure.ChildCount);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using System.Web;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The compartment tree as Identity gives it: from the tenancy one subtree listing, from anywhere else a walk level by
/// level; ACTIVE compartments only (an inactive one's subtree is left out), breadth-first with siblings by name, each
/// with its path of names and depth from where the walk started.
/// </summary>
public sealed class CompartmentDirectoryTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..t";

    private static string Json(params (string Id, string Name, string Parent, string State)[] compartments) =>
        "[" + string.Join(",", compartments.Select(c =>
            $"{{\"id\":\"{c.Id}\",\"name\":\"{c.Name}\",\"compartmentId\":\"{c.Parent}\",\"lifecycleState\":\"{c.State}\","
            + $"\"description\":\"{c.Name} team\",\"isAccessible\":true,\"timeCreated\":\"2026-01-02T03:04:05Z\"}}")) + "]";

    private static async Task<List<CompartmentRecord>> Walk(TestPipeline t, string parentId, bool recurse)
    {
        var directory = new CompartmentDirectory(new IdentityClient(t.Pipeline, TestPipeline.Endpoint));
        var found = new List<CompartmentRecord>();
        await foreach (var record in directory.WalkAsync(parentId, recurse, 4, CancellationToken.None))
        {
            found.Add(record);
        }
        return found;
    }

    private static string Query(Uri uri, string name) => HttpUtility.ParseQueryString(uri.Query)[name] ?? "";

    [Fact]
    public async Task From_the_tenancy_one_subtree_listing_gives_the_active_tree_breadth_first_with_paths()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Json(
            ("c-prod", "prod", Tenancy, "ACTIVE"),
            ("c-web", "web", "c-prod", "ACTIVE"),
            ("c-Apps", "Apps", Tenancy, "active"),
            ("c-old", "old", Tenancy, "DELETED"),
            ("c-orphan", "orphan", "c-old", "ACTIVE"),
            ("c-db", "db", "c-prod", "ACTIVE"),
            ("c-api", "api", "c-web", "ACTIVE")));

        var found = await Walk(t, Tenancy, recurse: true);

        var request = t.Handler.Requests.Single();
        Assert.Equal(Tenancy, Query(request.Uri, "compartmentId"));
        Assert.Equal("true", Query(request.Uri, "compartmentIdInSubtree"));
        Assert.Equal("ANY", Query(request.Uri, "accessLevel"));
        // Siblings by name in any case, level by level; the deleted compartment and its subtree are left out.
        Assert.Equal(new[] { "Apps", "prod", "prod/db", "prod/web", "prod/web/api" }, found.Select(c => c.Path));
        Assert.Equal(new[] { 1, 1, 2, 2, 3 }, found.Select(c => c.Depth));
        var api = found.Last();
        Assert.Equal(("c-api", "api", "c-web", "ACTIVE"), (api.Id, api.Name, api.ParentId, api.LifecycleState));
        Assert.Equal("api team", api.Description);
        Assert.True(api.IsAccessible);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), api.TimeCreated);
    }

    [Fact]
    public async Task Below_a_compartment_the_tree_is_walked_level_by_level_asking_for_active_children_only()
    {
        using var t = new TestPipeline();
        var children = new Dictionary<string, string>
        {
            ["c-prod"] = Json(("c-web", "web", "c-prod", "ACTIVE"), ("c-gone", "gone", "c-prod", "DELETING"), ("c-db", "db", "c-prod", "ACTIVE")),
            ["c-web"] = Json(("c-api", "api", "c-web", "ACTIVE")),
            ["c-db"] = Json(),
            ["c-api"] = Json(),
        };
        for (var i = 0; i < children.Count; i++)
        {
            t.Handler.Then((request, _) =>
                Task.FromResult(FakeHandler.Respond(HttpStatusCode.OK, children[Query(request.RequestUri!, "compartmentId")])));
        }

        var found = await Walk(t, "c-prod", recurse: true);

        Assert.Equal(new[] { "db", "web", "web/api" }, found.Select(c => c.Path));
        Assert.Equal(new[] { 1, 1, 2 }, found.Select(c => c.Depth));
        // The deleted child was neither returned nor listed; every listing asked for ACTIVE children of one parent.
        Assert.Equal(new[] { "c-api", "c-db", "c-prod", "c-web" }, t.Handler.Requests.Select(r => Query(r.Uri, "compartmentId")).OrderBy(id => id));
        Assert.All(t.Handler.Requests, r => Assert.Equal("ACTIVE", Query(r.Uri, "lifecycleState")));
        Assert.All(t.Handler.Requests, r => Assert.Equal("", Query(r.Uri, "compartmentIdInSubtree")));
    }

    [Theory]
    [InlineData(Tenancy)]
    [InlineData("c-prod")]
    public async Task Without_recurse_only_the_children_are_listed_with_one_request(string parentId)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Json(("c-web", "web", parentId, "ACTIVE"), ("c-db", "db", parentId, "INACTIVE"), ("c-app", "app", parentId, "ACTIVE")));

        var found = await Walk(t, parentId, recurse: false);

        var request = t.Handler.Requests.Single();
        Assert.Equal(parentId, Query(request.Uri, "compartmentId"));
        Assert.Equal("", Query(request.Uri, "compartmentIdInSubtree"));
        Assert.Equal(new[] { "app", "web" }, found.Select(c => c.Path));
        Assert.All(found, c => Assert.Equal(1, c.Depth));
    }

    [Fact]
    public async Task A_listings_compartments_are_the_root_then_the_tree_below_it_when_recursing()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, Json(("c-web", "web", Tenancy, "ACTIVE"), ("c-app", "app", Tenancy, "ACTIVE")));
        var service = new HubService(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), Tenancy);
        var fanOut = new FanOut(4);

        Assert.Equal(new[] { Tenancy, "c-app", "c-web" }, await fanOut.CompartmentsAsync(service, Tenancy, recurse: true, CancellationToken.None));
        Assert.Single(t.Handler.Requests);
        Assert.Equal(new[] { "c-dev" }, await fanOut.CompartmentsAsync(service, "c-dev", recurse: false, CancellationToken.None));
        Assert.Single(t.Handler.Requests);
    }
}

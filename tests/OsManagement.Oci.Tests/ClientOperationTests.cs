using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Classic.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

/// <summary>Each client operation's method, path, query, headers and body, as Oracle's SDK sends them.</summary>
public sealed class ClientOperationTests
{
    private static ClassicClient Osms(TestPipeline t) => new(t.Pipeline, TestPipeline.Endpoint);

    [Fact]
    public async Task Get_scheduled_job_escapes_the_id_and_returns_etag_and_request_id()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"ocid1/x y\"}", ("etag", "E1"), ("opc-request-id", "R1"));

        var response = await Osms(t).GetScheduledJobAsync("ocid1/x y", CancellationToken.None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/20190801/scheduledJobs/ocid1%2Fx%20y", request.PathAndQuery);
        Assert.Equal("https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs/ocid1%2Fx%20y", request.Uri.AbsoluteUri);
        Assert.Equal("ocid1/x y", response.Value.Id);
        Assert.Equal("E1", response.ETag);
        Assert.Equal("R1", response.OpcRequestId);
    }

    [Fact]
    public async Task An_empty_id_is_refused_before_anything_is_sent()
    {
        using var t = new TestPipeline();

        await Assert.ThrowsAsync<ArgumentException>(() => Osms(t).GetScheduledJobAsync("", CancellationToken.None));

        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task Create_scheduled_job_posts_the_details_with_the_retry_token()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"ocid1.new\"}");

        var response = await Osms(t).CreateScheduledJobAsync(new CreateScheduledJobDetails { CompartmentId = "ocid1.c", DisplayName = "d" }, "tok", CancellationToken.None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/20190801/scheduledJobs", request.PathAndQuery);
        Assert.Equal("{\"compartmentId\":\"ocid1.c\",\"displayName\":\"d\"}", request.Body);
        Assert.Equal("application/json", request.Header("content-type"));
        Assert.Equal("tok", request.Header("opc-retry-token"));
        Assert.Equal("ocid1.new", response.Value.Id);
    }

    [Fact]
    public async Task Update_and_delete_send_if_match()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.NoContent);

        await Osms(t).UpdateScheduledJobAsync("j", new UpdateScheduledJobDetails { DisplayName = "n" }, "E2", CancellationToken.None);
        await Osms(t).DeleteScheduledJobAsync("j", "E3", CancellationToken.None);

        var requests = t.Handler.Requests;
        Assert.Equal(("PUT", "/20190801/scheduledJobs/j", "E2", "{\"displayName\":\"n\"}"), (requests[0].Method, requests[0].PathAndQuery, requests[0].Header("if-match"), requests[0].Body));
        Assert.Equal(("DELETE", "/20190801/scheduledJobs/j", "E3"), (requests[1].Method, requests[1].PathAndQuery, requests[1].Header("if-match")));
        Assert.Null(requests[1].Body);
    }

    [Fact]
    public async Task Actions_post_an_empty_body_and_return_the_work_request_id()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.1"))
                 .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.2"))
                 .Then(HttpStatusCode.NoContent);

        var install = await Osms(t).InstallPackageOnManagedInstanceAsync("ocid1.i", "bash-5.1.8-6.el9.x86_64", null, CancellationToken.None);
        var updateAll = await Osms(t).InstallAllUpdatesOnManagedInstanceGroupAsync("ocid1.g", PackageUpdateTypes.Security, "tok", CancellationToken.None);
        await Osms(t).RunScheduledJobNowAsync("j", "E4", null, CancellationToken.None);

        var requests = t.Handler.Requests;
        Assert.Equal("/20190801/managedInstances/ocid1.i/actions/packages/install?softwarePackageName=bash-5.1.8-6.el9.x86_64", requests[0].PathAndQuery);
        Assert.Equal("/20190801/managedInstanceGroups/ocid1.g/actions/updates/installAll?updateType=SECURITY", requests[1].PathAndQuery);
        Assert.Equal("/20190801/scheduledJobs/j/actions/runNow", requests[2].PathAndQuery);
        Assert.All(requests, r => Assert.Equal(("POST", "", "application/json"), (r.Method, r.Body, r.Header("content-type"))));
        Assert.Equal("E4", requests[2].Header("if-match"));
        Assert.Equal("ocid1.wr.1", install.OpcWorkRequestId);
        Assert.Equal("ocid1.wr.2", updateAll.OpcWorkRequestId);
    }

    [Fact]
    public async Task Lists_send_their_filters_and_leave_out_unset_ones()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");

        await Osms(t).ListScheduledJobsAsync(new ListScheduledJobsRequest
        {
            CompartmentId = "ocid1.c", LifecycleState = "ACTIVE", IsRestricted = false, SortBy = "TIMECREATED", SortOrder = "ASC", Limit = 50,
        }, CancellationToken.None).ToListAsync();
        await Osms(t).ListUpcomingScheduledJobsAsync(new ListUpcomingScheduledJobsRequest
        {
            CompartmentId = "ocid1.c", TimeEnd = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.FromHours(1)),
        }, CancellationToken.None).ToListAsync();
        await Osms(t).ListAvailableUpdatesForManagedInstanceAsync(new ListAvailableUpdatesForManagedInstanceRequest { ManagedInstanceId = "ocid1.i" }, CancellationToken.None).ToListAsync();

        var paths = t.Handler.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal("/20190801/scheduledJobs?compartmentId=ocid1.c&lifecycleState=ACTIVE&isRestricted=false&limit=50&sortBy=TIMECREATED&sortOrder=ASC", paths[0]);
        Assert.Equal("/20190801/scheduledJobs/upcomingSchedules?compartmentId=ocid1.c&timeEnd=2026-12-01T02%3A00%3A00.000Z", paths[1]);
        Assert.Equal("/20190801/managedInstances/ocid1.i/packages/updates", paths[2]);
    }

    [Fact]
    public async Task Identity_lists_compartments()
    {
        using var t = new TestPipeline();
        var endpoint = new Uri("https://identity.us-ashburn-1.oci.oraclecloud.com");
        t.Handler.Then(HttpStatusCode.OK, "[{\"id\":\"c1\",\"name\":\"dev\"}]");
        var identity = new IdentityClient(t.Pipeline, endpoint);

        var compartments = await identity.ListCompartmentsAsync(new ListCompartmentsRequest
        {
            CompartmentId = "ocid1.tenancy", CompartmentIdInSubtree = true, AccessLevel = "ACCESSIBLE", LifecycleState = "ACTIVE",
        }, CancellationToken.None).ToListAsync();

        var requests = t.Handler.Requests;
        Assert.Equal("https://identity.us-ashburn-1.oci.oraclecloud.com/20160918/compartments?compartmentId=ocid1.tenancy&compartmentIdInSubtree=true&accessLevel=ACCESSIBLE&lifecycleState=ACTIVE", requests[0].Uri.AbsoluteUri);
        Assert.Equal("dev", compartments.Single().Name);
    }
}

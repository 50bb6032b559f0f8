using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Services.Hub.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>
/// The Hub client's requests and answers as literal wire text (method, path, query, headers, body), read from
/// oci-osmanagementhub 2.139.1's client.js; <see cref="HubSdkParityTests"/> checks every operation against the SDK itself.
/// </summary>
public sealed class HubClientOperationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HubClient Hub(TestPipeline t) => new(t.Pipeline, new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"));

    [Fact]
    public async Task Get_managed_instance_escapes_the_id_and_returns_the_model_etag_and_request_id()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, """{"id":"ocid1/x y","securityUpdatesAvailable":3,"managedInstanceGroup":{"id":"g","displayName":"web"}}""",
            ("etag", "E1"), ("opc-request-id", "R1"));

        var response = await Hub(t).GetManagedInstanceAsync("ocid1/x y", None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("https://osmh.us-ashburn-1.oci.oraclecloud.com/20220901/managedInstances/ocid1%2Fx%20y", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
        Assert.Equal((3, "web"), (response.Value.SecurityUpdatesAvailable, response.Value.ManagedInstanceGroup!.DisplayName));
        Assert.Equal(("E1", "R1"), (response.ETag, response.OpcRequestId));
    }

    [Fact]
    public async Task Bad_input_that_can_be_judged_locally_is_refused_before_anything_is_sent()
    {
        using var t = new TestPipeline();
        var hub = Hub(t);

        await Assert.ThrowsAsync<ArgumentException>(() => hub.GetScheduledJobAsync("", None));
        Assert.Throws<ArgumentException>(() => hub.ListErrataAsync(new ListErrataRequest(), None));
        Assert.Throws<ArgumentException>(() => hub.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest(), None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => hub.InstallPackagesOnManagedInstanceAsync("i", null!, null, null, None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => hub.UpdateScheduledJobAsync("j", null!, "E", None));

        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task Create_scheduled_job_posts_the_rule_operations_and_targets_with_the_retry_token()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, """{"id":"ocid1.job","recurringRule":"FREQ=WEEKLY;BYDAY=SU;INTERVAL=1"}""", ("etag", "E0"));

        var response = await Hub(t).CreateScheduledJobAsync(new CreateScheduledJobDetails
        {
            CompartmentId = "ocid1.c",
            ScheduleType = ScheduleTypes.Recurring,
            TimeNextExecution = new DateTimeOffset(2026, 12, 6, 4, 0, 0, TimeSpan.FromHours(1)),
            RecurringRule = "FREQ=WEEKLY;BYDAY=SU;INTERVAL=1",
            ManagedInstanceGroupIds = new() { "ocid1.g" },
            Operations = new() { new() { OperationType = OperationTypes.UpdateSecurity } },
            RetryIntervals = new() { 2, 5, 10 },
        }, "tok", None);

        var request = t.Handler.Requests.Single();
        Assert.Equal(("POST", "/20220901/scheduledJobs"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"compartmentId":"ocid1.c","scheduleType":"RECURRING","timeNextExecution":"2026-12-06T03:00:00.000Z","recurringRule":"FREQ=WEEKLY;BYDAY=SU;INTERVAL=1","managedInstanceGroupIds":["ocid1.g"],"operations":[{"operationType":"UPDATE_SECURITY"}],"retryIntervals":[2,5,10]}""", request.Body);
        Assert.Equal(("application/json", "tok"), (request.Header("content-type"), request.Header("opc-retry-token")));
        Assert.Equal(("ocid1.job", "E0"), (response.Value.Id, response.ETag));
    }

    [Fact]
    public async Task Update_puts_with_if_match_and_delete_sends_if_match_without_a_body()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{}", ("etag", "E3")).Then(HttpStatusCode.NoContent);

        var updated = await Hub(t).UpdateScheduledJobAsync("j", new UpdateScheduledJobDetails { TimeNextExecution = new DateTimeOffset(2026, 12, 13, 3, 0, 0, TimeSpan.Zero) }, "E2", None);
        await Hub(t).DeleteScheduledJobAsync("j", "E3", None);

        var requests = t.Handler.Requests;
        Assert.Equal(("PUT", "/20220901/scheduledJobs/j", "E2", """{"timeNextExecution":"2026-12-13T03:00:00.000Z"}"""),
            (requests[0].Method, requests[0].PathAndQuery, requests[0].Header("if-match"), requests[0].Body));
        Assert.Null(requests[0].Header("opc-retry-token"));
        Assert.Equal(("DELETE", "/20220901/scheduledJobs/j", "E3", null), (requests[1].Method, requests[1].PathAndQuery, requests[1].Header("if-match"), requests[1].Body));
        Assert.Equal("E3", updated.ETag);
    }

    [Fact]
    public async Task A_stale_etag_is_the_services_412_as_a_typed_error()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.PreconditionFailed, FakeHandler.Error("PreconditionFailed", "The resource has changed."), ("opc-request-id", "R9"));

        var error = await Assert.ThrowsAsync<OciServiceException>(() =>
            Hub(t).UpdateScheduledJobAsync("j", new UpdateScheduledJobDetails { DisplayName = "x" }, "stale", None));

        Assert.Equal((412, "PreconditionFailed", "R9"), (error.StatusCode, error.ServiceCode, error.OpcRequestId));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Actions_post_json_bodies_and_return_the_work_request_they_created()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.1"))
                 .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.2"))
                 .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.3"))
                 .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.4"));
        var hub = Hub(t);

        var update = await hub.UpdatePackagesOnManagedInstanceAsync("ocid1.i", new UpdatePackagesOnManagedInstanceDetails { UpdateTypes = new() { UpdateTypes.Security } }, null, "tok", None);
        var group = await hub.UpdateAllPackagesOnManagedInstanceGroupAsync("ocid1.g", new UpdateAllPackagesOnManagedInstanceGroupDetails { UpdateTypes = new() { UpdateTypes.All } }, "E", null, None);
        var windows = await hub.InstallWindowsUpdatesOnManagedInstanceAsync("ocid1.w", new InstallWindowsUpdatesOnManagedInstanceDetails { WindowsUpdateName = new() { "6981d463-cd91-4a26-b7c4-ea4ded9183ed" } }, null, null, None);
        var compartment = await hub.UpdateAllPackagesOnManagedInstancesInCompartmentAsync(new UpdateAllPackagesOnManagedInstancesInCompartmentDetails { CompartmentId = "ocid1.c" }, null, null, None);

        var requests = t.Handler.Requests;
        Assert.Equal(new (string, string?)[]
        {
            ("/20220901/managedInstances/ocid1.i/actions/updatePackages", """{"updateTypes":["SECURITY"]}"""),
            ("/20220901/managedInstanceGroups/ocid1.g/actions/updateAllPackages", """{"updateTypes":["ALL"]}"""),
            ("/20220901/managedInstances/ocid1.w/actions/installWindowsUpdates", """{"windowsUpdateName":["6981d463-cd91-4a26-b7c4-ea4ded9183ed"]}"""),
            ("/20220901/managedInstances/actions/updatePackages", """{"compartmentId":"ocid1.c"}"""),
        }, requests.Select(r => (r.PathAndQuery, r.Body)));
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.All(requests, r => Assert.NotNull(r.Header("opc-retry-token")));
        Assert.Equal(("tok", "E"), (requests[0].Header("opc-retry-token"), requests[1].Header("if-match")));
        Assert.Equal(new[] { "ocid1.wr.1", "ocid1.wr.2", "ocid1.wr.3", "ocid1.wr.4" }, new[] { update, group, windows, compartment }.Select(r => r.OpcWorkRequestId));
    }

    [Fact]
    public async Task Run_now_and_a_reboot_without_details_post_no_body_and_run_now_returns_no_work_request()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.NoContent, null, ("etag", "E5")).Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.r"));

        var run = await Hub(t).RunScheduledJobNowAsync("j", "E4", null, None);
        var reboot = await Hub(t).RebootManagedInstanceAsync("i", null, null, null, None);

        var requests = t.Handler.Requests;
        Assert.Equal(new[] { "/20220901/scheduledJobs/j/actions/runNow", "/20220901/managedInstances/i/actions/reboot" }, requests.Select(r => r.PathAndQuery));
        Assert.All(requests, r => Assert.Equal(("POST", "", "0"), (r.Method, r.Body, r.Header("content-length") ?? "0")));
        Assert.Equal("E4", requests[0].Header("if-match"));
        Assert.Null(run.OpcWorkRequestId);
        Assert.Equal("ocid1.wr.r", reboot.OpcWorkRequestId);
    }

    [Fact]
    public async Task A_retried_action_sends_the_same_retry_token_and_body_each_time()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.ServiceUnavailable, FakeHandler.Error("ServiceUnavailable", "busy"))
                 .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "ocid1.wr.rerun"));

        var rerun = await Hub(t).RerunWorkRequestAsync("ocid1.wr.failed", new RerunWorkRequestDetails { ManagedInstances = new() { "ocid1.i" } }, null, null, None);

        var requests = t.Handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("/20220901/workRequests/ocid1.wr.failed/actions/rerun", requests[1].PathAndQuery);
        Assert.Equal(requests[0].Header("opc-retry-token"), requests[1].Header("opc-retry-token"));
        Assert.Equal(("""{"managedInstances":["ocid1.i"]}""", requests[0].Body), (requests[1].Body, requests[1].Body));
        Assert.Equal("ocid1.wr.rerun", rerun.OpcWorkRequestId);
    }

    [Fact]
    public async Task Array_filters_repeat_their_key_and_unset_filters_are_left_out()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, """{"items":[]}""").Then(HttpStatusCode.OK, """{"items":[]}""").Then(HttpStatusCode.OK, """{"items":[]}""");
        var hub = Hub(t);

        await hub.ListWorkRequestsAsync(new ListWorkRequestsRequest
        {
            CompartmentId = "ocid1.c",
            Status = new() { OperationStatus.Accepted, OperationStatus.InProgress },
            InitiatorId = "ocid1.job",
            OperationType = new(),
            TimeCreatedGreaterThanOrEqualTo = new DateTimeOffset(2026, 12, 1, 6, 4, 3, TimeSpan.FromHours(1)),
        }, None).ToListAsync();
        await hub.ListManagedInstancesAsync(new ListManagedInstancesRequest
        {
            CompartmentId = "ocid1.c", OsFamily = new() { OsFamily.OracleLinux9, "", OsFamily.OracleLinux8 }, IsRebootRequired = false, Limit = 100,
        }, None).ToListAsync();
        await hub.ListManagedInstanceUpdatablePackagesAsync(new ListManagedInstanceUpdatablePackagesRequest { ManagedInstanceId = "ocid1.i" }, None).ToListAsync();

        Assert.Equal(new[]
        {
            "/20220901/workRequests?compartmentId=ocid1.c&status=ACCEPTED&status=IN_PROGRESS&initiatorId=ocid1.job&timeCreatedGreaterThanOrEqualTo=2026-12-01T05%3A04%3A03.000Z",
            "/20220901/managedInstances?compartmentId=ocid1.c&osFamily=ORACLE_LINUX_9&osFamily=ORACLE_LINUX_8&isRebootRequired=false&limit=100",
            "/20220901/managedInstances/ocid1.i/updatablePackages",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
        Assert.All(t.Handler.Requests, r => Assert.Equal("GET", r.Method));
    }
}

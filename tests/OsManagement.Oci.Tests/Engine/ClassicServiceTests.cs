using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>The retired service behind the engine's interface: domain requests to its wire, its wire to records, its errors to the engine's.</summary>
public sealed class ClassicServiceTests
{
    private static ClassicService Service(TestPipeline t) =>
        new(new ClassicClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint));

    private static readonly DateTime At = new(2030, 1, 5, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_new_recurring_job_is_sent_in_the_services_words()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
            "{\"id\":\"ocid1.scheduledjob.oc1.iad.j\",\"scheduleType\":\"RECURRING\",\"intervalType\":\"WEEK\",\"intervalValue\":\"2\",\"operationType\":\"UPDATEALL\",\"updateType\":\"SECURITY\",\"osFamily\":\"LINUX\",\"lifecycleState\":\"ACTIVE\"}",
            ("etag", "E1"));
        var job = new NewScheduledJob
        {
            CompartmentId = "ocid1.tenancy.oc1..t",
            DisplayName = "weekly",
            Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.a", "web-1") },
            UpdateKind = UpdateKind.Security,
            Schedule = { At = At, RepeatEvery = IntervalUnit.Week, Interval = 2 },
        };

        var created = await Service(t).CreateScheduledJobAsync(job, CancellationToken.None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/20190801/scheduledJobs", request.PathAndQuery);
        Assert.NotNull(request.Header("opc-retry-token"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal("RECURRING", body.GetProperty("scheduleType").GetString());
        Assert.Equal("WEEK", body.GetProperty("intervalType").GetString());
        Assert.Equal("2", body.GetProperty("intervalValue").GetString());
        Assert.Equal("UPDATEALL", body.GetProperty("operationType").GetString());
        Assert.Equal("SECURITY", body.GetProperty("updateType").GetString());
        Assert.Equal("LINUX", body.GetProperty("osFamily").GetString());
        Assert.Equal(At, body.GetProperty("timeNextExecution").GetDateTimeOffset().UtcDateTime);
        Assert.Equal("ocid1.instance.oc1.iad.a", body.GetProperty("managedInstances")[0].GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("managedInstanceGroups", out _));
        Assert.False(body.TryGetProperty("packageNames", out _));

        Assert.Equal(ScheduleKind.Recurring, created.ScheduleKind.Value);
        Assert.Equal((IntervalUnit.Week, 2), (created.Recurrence!.Unit!.Value, created.Recurrence.Interval));
        Assert.Equal(JobOperation.UpdateAll, created.Operation.Value);
        Assert.Equal(UpdateKind.Security, created.UpdateKind.Value);
        Assert.Equal(JobLifecycleState.Active, created.LifecycleState.Value);
        Assert.Equal("E1", created.ETag);
        Assert.True(created.IsDetailed);
    }

    [Fact]
    public async Task A_rule_the_service_cannot_say_is_never_sent()
    {
        using var t = new TestPipeline();
        var job = new NewScheduledJob { CompartmentId = "c", DisplayName = "d", Schedule = { At = At, RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU" }, Instances = new[] { new ResourceRef("i") } };

        await Assert.ThrowsAsync<NotSupportedException>(() => Service(t).CreateScheduledJobAsync(job, CancellationToken.None));
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task A_change_made_since_the_read_is_a_ChangedSinceReadException_not_a_status()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.PreconditionFailed, FakeHandler.Error("PreconditionFailed", "etag mismatch"));

        var change = new ScheduledJobChange { DisplayName = "renamed", Once = true, UpdateKind = UpdateKind.Bugfix };
        var error = await Assert.ThrowsAsync<ChangedSinceReadException>(() => Service(t).UpdateScheduledJobAsync("ocid1.scheduledjob.oc1.iad.j", change, "E1", CancellationToken.None));

        Assert.Equal(ServiceErrorKind.ChangedSinceRead, error.Kind);
        Assert.Equal("PreconditionFailed", error.ServiceCode);
        Assert.Contains("etag mismatch", error.Message);
        var request = t.Handler.Requests.Single();
        Assert.Equal("E1", request.Header("if-match"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal("ONETIME", body.GetProperty("scheduleType").GetString());
        Assert.Equal("BUGFIX", body.GetProperty("updateType").GetString());
        Assert.False(body.TryGetProperty("intervalType", out _));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "NotAuthorizedOrNotFound", ServiceErrorKind.NotFound, typeof(ResourceNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, "InvalidParameter", ServiceErrorKind.InvalidInput, typeof(InvalidInputException))]
    [InlineData(HttpStatusCode.Conflict, "Conflict", ServiceErrorKind.Conflict, typeof(OsmServiceException))]
    [InlineData(HttpStatusCode.Forbidden, "NotAllowed", ServiceErrorKind.NotAuthorized, typeof(OsmServiceException))]
    public async Task Service_errors_come_as_the_engines_typed_errors(HttpStatusCode status, string code, ServiceErrorKind kind, Type type)
    {
        using var t = new TestPipeline();
        t.Handler.Then(status, FakeHandler.Error(code, "refused"), ("opc-request-id", "REQ"));

        var error = await Assert.ThrowsAnyAsync<OsmServiceException>(() => Service(t).GetManagedInstanceAsync("ocid1.instance.oc1.iad.x", CancellationToken.None));

        Assert.IsType(type, error);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ServiceCode);
        Assert.Equal("REQ", error.RequestId);
    }

    [Fact]
    public async Task Errors_in_a_list_come_as_the_engines_typed_errors_too()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.NotFound, FakeHandler.Error("NotAuthorizedOrNotFound", "no"));

        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            Service(t).ListManagedInstancesAsync("ocid1.compartment.oc1..c", OsFamily.Windows, CancellationToken.None).CollectAsync(CancellationToken.None));
        Assert.Contains("osFamily=WINDOWS", t.Handler.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Available_updates_are_classified_in_the_engines_kinds()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
            "[{\"name\":\"openssl\",\"updateType\":\"SECURITY\",\"relatedCves\":[\"CVE-2026-1\"],\"errata\":[{\"id\":\"e\",\"displayName\":\"ELSA-1\"}]},{\"name\":\"tmux\",\"updateType\":\"BUG\"},{\"name\":\"new\",\"updateType\":\"NEWKIND\"}]");

        var updates = await Service(t).ListAvailableUpdatesAsync("ocid1.instance.oc1.iad.a", OsFamily.Linux, CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal("/20190801/managedInstances/ocid1.instance.oc1.iad.a/packages/updates", t.Handler.Requests.Single().PathAndQuery);
        Assert.Equal(new UpdateKind?[] { UpdateKind.Security, UpdateKind.Bugfix, null }, updates.Select(u => u.Kind.Value));
        Assert.Equal("NEWKIND", updates[2].Kind.Text);
        Assert.Equal(new[] { "CVE-2026-1" }, updates[0].Cves);
        Assert.Equal(new[] { "ELSA-1" }, updates[0].Errata);
        Assert.All(updates, u => Assert.Equal(OsFamily.Linux, u.OsFamily));
        Assert.All(updates, u => Assert.Null(u.Severity));
    }

    [Fact]
    public async Task Named_updates_on_a_Windows_instance_start_one_work_request_per_name()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.NoContent, null, ("opc-work-request-id", "wr1"))
            .Then(HttpStatusCode.NoContent, null, ("opc-work-request-id", "wr2"));

        var ids = await Service(t).StartActionAsync(ImmediateAction.UpdateNamed("ocid1.instance.oc1.iad.w", OsFamily.Windows, new[] { "KB1", "KB2" }), CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "wr1", "wr2" }, ids);
        Assert.Equal(new[]
        {
            "/20190801/managedInstances/ocid1.instance.oc1.iad.w/actions/updates/install?windowsUpdateName=KB1",
            "/20190801/managedInstances/ocid1.instance.oc1.iad.w/actions/updates/install?windowsUpdateName=KB2",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
        Assert.NotEqual(t.Handler.Requests[0].Header("opc-retry-token"), t.Handler.Requests[1].Header("opc-retry-token"));
    }

    [Theory]
    [InlineData(OsFamily.Linux, "/20190801/managedInstances/i/actions/packages/updateAll?updateType=KSPLICE")]
    [InlineData(OsFamily.Windows, "/20190801/managedInstances/i/actions/updates/installAll?updateType=KSPLICE")]
    public async Task Updating_all_of_a_kind_goes_where_the_family_says(OsFamily family, string path)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.NoContent, null, ("opc-work-request-id", "wr"));

        var ids = await Service(t).StartActionAsync(ImmediateAction.UpdateAll("i", family, UpdateKind.Ksplice), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "wr" }, ids);
        Assert.Equal(path, t.Handler.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Work_requests_are_filtered_by_status_and_time_as_the_query_says()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
            "[{\"id\":\"a\",\"status\":\"SUCCEEDED\",\"timeAccepted\":\"2026-11-24T10:00:00Z\"},{\"id\":\"b\",\"status\":\"CANCELLING\",\"timeAccepted\":\"2026-11-24T12:00:00Z\"},{\"id\":\"c\",\"status\":\"SUCCEEDED\",\"timeAccepted\":\"2026-11-24T13:00:00Z\"}]");
        var query = new WorkRequestQuery
        {
            CompartmentId = "ocid1.compartment.oc1..c",
            Statuses = new[] { WorkRequestStatus.Succeeded, WorkRequestStatus.Canceling },
            Since = new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.Zero),
        };

        var found = await Service(t).ListWorkRequestsAsync(query, CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "b", "c" }, found.Select(w => w.Id));
        Assert.Equal(WorkRequestStatus.Canceling, found[0].Status.Value);
        Assert.False(found[0].IsDetailed);
        Assert.Throws<NotSupportedException>(() => Service(t).ListWorkRequestsAsync(new WorkRequestQuery { InitiatorId = "ocid1.scheduledjob.oc1.iad.j" }, CancellationToken.None));
    }

    [Fact]
    public async Task Upcoming_jobs_are_listed_with_the_end_time_and_all_families_unfiltered()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[{\"id\":\"j\",\"scheduleType\":\"ONETIME\",\"osFamily\":\"ALL\"}]");

        var jobs = await Service(t).ListScheduledJobsAsync(new ScheduledJobQuery
        {
            CompartmentId = "ocid1.tenancy.oc1..t",
            OsFamily = OsFamily.All,
            RunningBefore = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        }, CancellationToken.None).CollectAsync(CancellationToken.None);

        var path = t.Handler.Requests.Single().PathAndQuery;
        Assert.StartsWith("/20190801/scheduledJobs/upcomingSchedules?", path);
        Assert.DoesNotContain("osFamily", path);
        Assert.Contains("timeEnd=", path);
        Assert.Equal(OsFamily.All, jobs.Single().OsFamily.Value);
        Assert.False(jobs.Single().IsDetailed);
    }

    [Theory]
    [InlineData(OsFamily.Linux, "osFamily=LINUX")]
    [InlineData(OsFamily.Windows, "osFamily=WINDOWS")]
    [InlineData(OsFamily.All, null)]
    public async Task Jobs_are_listed_by_family_and_all_families_without_a_filter(OsFamily family, string? sent)
    {
        // The service's osFamily=ALL would list only the jobs whose own family is ALL, not those of both families.
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "[]");

        await Service(t).ListScheduledJobsAsync(new ScheduledJobQuery { CompartmentId = "ocid1.tenancy.oc1..t", OsFamily = family }, CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        var path = t.Handler.Requests.Single().PathAndQuery;
        Assert.StartsWith("/20190801/scheduledJobs?", path);
        if (sent is null) { Assert.DoesNotContain("osFamily", path); } else { Assert.Contains(sent, path); }
    }

    [Fact]
    public async Task What_the_service_cannot_do_is_never_sent()
    {
        using var t = new TestPipeline();

        await Assert.ThrowsAsync<NotSupportedException>(() => Service(t).RerunWorkRequestAsync("ocid1.osmsworkrequest.oc1.iad.w", null, CancellationToken.None));
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            Service(t).StartActionAsync(ImmediateAction.Reboot("ocid1.instance.oc1.iad.a", OsFamily.Linux), CancellationToken.None).CollectAsync(CancellationToken.None));
        Assert.Empty(t.Handler.Requests);
    }
}

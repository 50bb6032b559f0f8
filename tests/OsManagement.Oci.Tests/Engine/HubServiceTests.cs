using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// OS Management Hub behind the engine's interface: domain requests to its wire (operations, RRULE, targets, action
/// bodies), its wire to records (detailed families, trees, severity), its errors to the engine's, and what Hub lacks done
/// with what it has (skip, one-time run-now).
/// </summary>
public sealed class HubServiceTests
{
    private static HubService Service(TestPipeline t) =>
        new(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), "ocid1.tenancy.oc1..t");

    private static readonly DateTime At = new(2030, 1, 6, 3, 0, 0, DateTimeKind.Utc);

    private static JsonElement Body(SeenRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    [Fact]
    public void Hub_has_every_feature_and_runs_only_recurring_jobs_now()
    {
        Assert.Equal(ServiceCapabilities.AllFeatures.OrderBy(f => f), ServiceRegistry.Hub.Capabilities.Features.OrderBy(f => f));
        Assert.False(ServiceRegistry.Hub.Capabilities.CanRunOneTimeJobsNow);
        Assert.Contains("Hub", ServiceRegistry.Hub.Capabilities.ServiceName);
    }

    [Fact]
    public async Task A_weekly_rule_job_on_a_compartment_is_sent_in_Hubs_words()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
            "{\"id\":\"ocid1.osmhscheduledjob.oc1.iad.j\",\"scheduleType\":\"RECURRING\",\"recurringRule\":\"FREQ=WEEKLY;BYDAY=SU\",\"operations\":[{\"operationType\":\"UPDATE_SECURITY\"}],"
            + "\"managedCompartmentIds\":[\"ocid1.tenancy.oc1..t\"],\"isSubcompartmentIncluded\":true,\"retryIntervals\":[5,15],\"lifecycleState\":\"ACTIVE\",\"workRequestIds\":[]}",
            ("etag", "E1"));
        var job = new NewScheduledJob
        {
            CompartmentId = "ocid1.tenancy.oc1..t",
            DisplayName = "sundays",
            Compartments = new[] { "ocid1.tenancy.oc1..t" },
            IncludeSubcompartments = true,
            UpdateKinds = new[] { UpdateKind.Security },
            Schedule = { At = At, RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU" },
            RetryIntervals = new[] { 5, 15 },
        };
        Assert.Empty(job.Validate(ServiceRegistry.Hub.Capabilities, new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var created = await Service(t).CreateScheduledJobAsync(job, CancellationToken.None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/20220901/scheduledJobs", request.PathAndQuery);
        Assert.NotNull(request.Header("opc-retry-token"));
        var body = Body(request);
        Assert.Equal("RECURRING", body.GetProperty("scheduleType").GetString());
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", body.GetProperty("recurringRule").GetString());
        Assert.Equal("UPDATE_SECURITY", body.GetProperty("operations").EnumerateArray().Single().GetProperty("operationType").GetString());
        Assert.Equal("ocid1.tenancy.oc1..t", body.GetProperty("managedCompartmentIds")[0].GetString());
        Assert.True(body.GetProperty("isSubcompartmentIncluded").GetBoolean());
        Assert.Equal(new[] { 5, 15 }, body.GetProperty("retryIntervals").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(body.TryGetProperty("managedInstanceIds", out _));
        Assert.False(body.TryGetProperty("osFamily", out _));
        Assert.Equal(At, body.GetProperty("timeNextExecution").GetDateTimeOffset().UtcDateTime);

        Assert.Equal(JobOperation.UpdateAll, created.Operation.Value);
        Assert.Equal(UpdateKind.Security, created.UpdateKind.Value);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", created.Recurrence!.Rule);
        Assert.True(created.Recurrence!.ReportedUnit.IsEmpty);
        Assert.Equal(new[] { "ocid1.tenancy.oc1..t" }, created.Compartments);
        Assert.True(created.IncludeSubcompartments);
        Assert.Equal(new[] { 5, 15 }, created.RetryIntervals);
        Assert.Equal("E1", created.ETag);
    }

    [Theory]
    [InlineData(JobOperation.Install, null, "git", null, new[] { "INSTALL_PACKAGES" })]
    [InlineData(JobOperation.Remove, null, "git", null, new[] { "REMOVE_PACKAGES" })]
    [InlineData(JobOperation.Update, null, "git", null, new[] { "UPDATE_PACKAGES" })]
    [InlineData(JobOperation.Install, null, null, "KB1", new[] { "INSTALL_WINDOWS_UPDATES" })]
    [InlineData(JobOperation.UpdateAll, UpdateKind.All, null, null, new[] { "UPDATE_ALL" })]
    [InlineData(JobOperation.UpdateAll, UpdateKind.Ksplice, null, null, new[] { "UPDATE_KSPLICE_KERNEL", "UPDATE_KSPLICE_USERSPACE" })]
    [InlineData(JobOperation.Reboot, null, null, null, new[] { "REBOOT" })]
    public async Task Each_operation_becomes_Hubs_operation_types(JobOperation operation, UpdateKind? kind, string? package, string? windowsUpdate, string[] expected)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"operations\":[]}");
        var job = new NewScheduledJob
        {
            CompartmentId = "c", DisplayName = "d", Schedule = { At = At }, Operation = operation, UpdateKinds = kind is { } k ? new[] { k } : Array.Empty<UpdateKind>(),
            Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.a") },
            PackageNames = package is null ? Array.Empty<string>() : new[] { package },
            WindowsUpdateNames = windowsUpdate is null ? Array.Empty<string>() : new[] { windowsUpdate },
        };

        await Service(t).CreateScheduledJobAsync(job, CancellationToken.None);

        var operations = Body(t.Handler.Requests.Single()).GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(expected, operations.Select(o => o.GetProperty("operationType").GetString()));
        Assert.All(operations, o => Assert.Equal(package is not null, o.TryGetProperty("packageNames", out _)));
        Assert.All(operations, o => Assert.Equal(windowsUpdate is not null, o.TryGetProperty("windowsUpdateNames", out _)));
    }

    [Fact]
    public void Windows_update_all_jobs_use_the_windows_operation_types()
    {
        Assert.Equal(new[] { "INSTALL_SECURITY_WINDOWS_UPDATES" }, HubVocabulary.OperationTypesFor(JobOperation.UpdateAll, UpdateKind.Security, OsFamily.Windows));
        Assert.Equal(new[] { "INSTALL_ALL_WINDOWS_UPDATES" }, HubVocabulary.OperationTypesFor(JobOperation.UpdateAll, UpdateKind.All, OsFamily.Windows));
        Assert.Throws<NotSupportedException>(() => HubVocabulary.OperationTypesFor(JobOperation.UpdateAll, UpdateKind.Ksplice, OsFamily.Windows));
    }

    [Theory]
    [InlineData("UPDATE_ALL", JobOperation.UpdateAll, UpdateKind.All, OsFamily.Linux)]
    [InlineData("UPDATE_ALL_PACKAGES", JobOperation.UpdateAll, UpdateKind.All, OsFamily.Linux)]
    [InlineData("UPDATE_SECURITY", JobOperation.UpdateAll, UpdateKind.Security, OsFamily.Linux)]
    [InlineData("INSTALL_PACKAGES", JobOperation.Install, null, OsFamily.Linux)]
    [InlineData("INSTALL_WINDOWS_UPDATES", JobOperation.Install, null, OsFamily.Windows)]
    [InlineData("INSTALL_BUGFIX_WINDOWS_UPDATES", JobOperation.UpdateAll, UpdateKind.Bugfix, OsFamily.Windows)]
    [InlineData("REBOOT", JobOperation.Reboot, null, null)]
    public void Hubs_operation_types_read_as_the_engines_words(string wire, JobOperation operation, UpdateKind? kind, OsFamily? family)
    {
        var (readOperation, readKind, readFamily) = HubVocabulary.Describe(wire);
        Assert.Equal(operation, readOperation.Value);
        Assert.Equal(wire, readOperation.Text);
        Assert.Equal(kind, readKind.Value);
        Assert.Equal(family, readFamily);
    }

    [Fact]
    public void An_operation_type_the_engine_has_no_word_for_is_kept_as_text()
    {
        var (operation, kind, family) = HubVocabulary.Describe("LIST_PACKAGES");
        Assert.Null(operation.Value);
        Assert.Equal("LIST_PACKAGES", operation.Text);
        Assert.True(kind.IsEmpty);
        Assert.Null(family);
    }

    [Theory]
    [InlineData("ORACLE_LINUX_8", OsFamily.Linux)]
    [InlineData("ORACLE_LINUX_10", OsFamily.Linux)]
    [InlineData("UBUNTU_22_04", OsFamily.Linux)]
    [InlineData("WINDOWS_SERVER_2022", OsFamily.Windows)]
    [InlineData("WINDOWS_11", OsFamily.Windows)]
    [InlineData("ALL", OsFamily.All)]
    public void Detailed_families_read_as_Linux_or_Windows(string wire, OsFamily family) =>
        Assert.Equal(family, HubVocabulary.Families.FromWire(wire).Value);

    [Fact]
    public void Every_engine_value_has_a_Hub_word_and_reads_back_as_itself()
    {
        foreach (var status in Enum.GetValues<WorkRequestStatus>())
        {
            Assert.Equal(status, HubVocabulary.Statuses.FromWire(HubVocabulary.Statuses.ToWire(status)).Value);
        }
        foreach (var state in Enum.GetValues<JobLifecycleState>())
        {
            Assert.Equal(state, HubVocabulary.JobStates.FromWire(HubVocabulary.JobStates.ToWire(state)).Value);
        }
        foreach (var severity in Enum.GetValues<AdvisorySeverity>())
        {
            Assert.Equal(severity, HubVocabulary.Severities.FromWire(HubVocabulary.Severities.ToWire(severity)).Value);
        }
        Assert.Equal("CANCELING", HubVocabulary.Statuses.ToWire(WorkRequestStatus.Canceling));
        foreach (var operation in Enum.GetValues<JobOperation>())
        {
            var kind = operation == JobOperation.UpdateAll ? UpdateKind.Security : (UpdateKind?)null;
            var wire = HubVocabulary.OperationTypesFor(operation, kind, OsFamily.Linux)[0];
            Assert.Equal(operation, HubVocabulary.Describe(wire).Operation.Value);
        }
    }

    [Fact]
    public async Task Listing_instances_of_a_family_asks_for_each_of_its_detailed_families()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"i\",\"osFamily\":\"ORACLE_LINUX_9\",\"status\":\"NORMAL\",\"managedInstanceGroup\":{\"id\":\"g\",\"displayName\":\"wave-1\"}}]}");

        var found = await Service(t).ListManagedInstancesAsync("ocid1.compartment.oc1..c", OsFamily.Linux, CancellationToken.None).CollectAsync(CancellationToken.None);

        var query = t.Handler.Requests.Single().PathAndQuery;
        Assert.StartsWith("/20220901/managedInstances?compartmentId=ocid1.compartment.oc1..c", query);
        foreach (var family in HubVocabulary.Families.WiresOf(OsFamily.Linux))
        {
            Assert.Contains("osFamily=" + family, query);
        }
        Assert.DoesNotContain("WINDOWS", query);
        Assert.Equal(OsFamily.Linux, found.Single().OsFamily.Value);
        Assert.Equal("ORACLE_LINUX_9", found.Single().OsFamilyDetail);
        Assert.Equal("wave-1", found.Single().Groups.Single().DisplayName);
    }

    [Fact]
    public async Task Linux_updates_carry_severity_and_their_advisorys_issue_date_each_advisory_read_once()
    {
        using var t = new TestPipeline();
        const string packages = "{\"items\":[{\"name\":\"openssl-3.0.7-1.el9.x86_64\",\"displayName\":\"openssl\",\"version\":\"3.0.7-1.el9\",\"installedVersion\":\"3.0.1-1.el9\","
            + "\"updateType\":\"SECURITY\",\"errata\":[\"ELSA-2026-1\"],\"relatedCves\":[\"CVE-2026-1\"],\"advisorySeverity\":\"CRITICAL\"},"
            + "{\"name\":\"tmux-3.3\",\"updateType\":\"BUGFIX\",\"errata\":[]}]}";
        t.Handler.Then(HttpStatusCode.OK, packages)
            .Then(HttpStatusCode.OK, "{\"items\":[{\"name\":\"ELSA-2026-1\",\"timeIssued\":\"2026-10-01T00:00:00Z\",\"advisorySeverity\":\"CRITICAL\"}]}")
            .Then(HttpStatusCode.OK, packages);
        var service = Service(t);

        var updates = await service.ListAvailableUpdatesAsync("ocid1.instance.oc1.iad.a", OsFamily.Linux, CancellationToken.None).CollectAsync(CancellationToken.None);
        var again = await service.ListAvailableUpdatesAsync("ocid1.instance.oc1.iad.b", OsFamily.Linux, CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[]
        {
            "/20220901/managedInstances/ocid1.instance.oc1.iad.a/updatablePackages",
            "/20220901/errata?compartmentId=ocid1.tenancy.oc1..t&name=ELSA-2026-1",
            "/20220901/managedInstances/ocid1.instance.oc1.iad.b/updatablePackages",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(AdvisorySeverity.Critical, updates[0].Severity);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), updates[0].AdvisoryIssued);
        Assert.Equal(updates[0].AdvisoryIssued, again[0].AdvisoryIssued);
        Assert.Equal(("3.0.1-1.el9", "3.0.7-1.el9"), (updates[0].InstalledVersion, updates[0].AvailableVersion));
        Assert.Equal(UpdateKind.Bugfix, updates[1].Kind.Value);
        Assert.Null(updates[1].Severity);
        Assert.Null(updates[1].AdvisoryIssued);
    }

    [Fact]
    public async Task The_instances_missing_security_advisories_are_found_by_advisory_name_a_request_a_compartment()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"name\":\"ELSA-2026-1\",\"timeIssued\":\"2026-10-01T00:00:00Z\"},{\"name\":\"ELSA-2026-2\",\"timeIssued\":\"2026-11-01T00:00:00Z\"}]}")
            .Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"ocid1.instance.oc1.iad.a\",\"displayName\":\"a\",\"status\":\"NORMAL\"}]}");
        var service = Service(t);

        var finder = await service.FindAffectedInstancesAsync(new[] { UpdateKind.Security }, CancellationToken.None);
        var affected = await finder!.InCompartmentAsync("ocid1.compartment.oc1..c", CancellationToken.None);

        Assert.Equal(OsFamily.Linux, finder.Family);
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.a" }, affected);
        Assert.Equal(new[]
        {
            "/20220901/errata?compartmentId=ocid1.tenancy.oc1..t&classificationType=SECURITY",
            "/20220901/managedInstances?compartmentId=ocid1.compartment.oc1..c&advisoryName=ELSA-2026-1&advisoryName=ELSA-2026-2",
        }, t.Handler.Requests.Select(r => r.PathAndQuery));
        Assert.Null(await service.FindAffectedInstancesAsync(new[] { UpdateKind.Security, UpdateKind.Other }, CancellationToken.None));
    }

    [Fact]
    public async Task Too_many_advisories_for_a_few_requests_a_compartment_leave_the_scan_to_read_each_instance()
    {
        using var t = new TestPipeline();
        var names = string.Join(",", Enumerable.Range(1, 201).Select(i => $"{{\"name\":\"ELSA-2026-{i}\"}}"));
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[" + names + "]}");

        Assert.Null(await Service(t).FindAffectedInstancesAsync(new[] { UpdateKind.Security }, CancellationToken.None));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Windows_updates_are_installed_by_Microsofts_update_id()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"name\":\"2026-11 Cumulative Update\",\"updateId\":\"6981d463-cd91\",\"updateType\":\"SECURITY\",\"installable\":\"INSTALLABLE\"}]}")
            .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "wr"));

        var update = (await Service(t).ListAvailableUpdatesAsync("w", OsFamily.Windows, CancellationToken.None).CollectAsync(CancellationToken.None)).Single();
        var ids = await Service(t).StartActionAsync(ImmediateAction.UpdateNamed("w", OsFamily.Windows, new[] { update.Name }), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal("6981d463-cd91", update.Name);
        Assert.Equal("2026-11 Cumulative Update", update.DisplayName);
        Assert.True(update.IsEligibleForInstallation);
        Assert.Equal(new[] { "wr" }, ids);
        var action = t.Handler.Requests[1];
        Assert.Equal("/20220901/managedInstances/w/actions/installWindowsUpdates", action.PathAndQuery);
        Assert.Equal("6981d463-cd91", Body(action).GetProperty("windowsUpdateName")[0].GetString());
    }

    [Theory]
    [InlineData(OsFamily.Linux, UpdateKind.Ksplice, "/20220901/managedInstances/i/actions/updatePackages", "updateTypes", "KSPLICE_KERNEL,KSPLICE_USERSPACE")]
    [InlineData(OsFamily.Linux, UpdateKind.All, "/20220901/managedInstances/i/actions/updatePackages", "updateTypes", "ALL")]
    [InlineData(OsFamily.Windows, UpdateKind.Security, "/20220901/managedInstances/i/actions/installWindowsUpdates", "windowsUpdateTypes", "SECURITY")]
    public async Task Updating_all_of_a_kind_is_one_action_with_Hubs_update_types(OsFamily family, UpdateKind kind, string path, string field, string types)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "wr"));

        var ids = await Service(t).StartActionAsync(ImmediateAction.UpdateAll("i", family, kind), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "wr" }, ids);
        var request = t.Handler.Requests.Single();
        Assert.Equal(path, request.PathAndQuery);
        Assert.Equal(types, string.Join(",", Body(request).GetProperty(field).EnumerateArray().Select(e => e.GetString())));
    }

    [Fact]
    public async Task Named_packages_are_one_action_for_all_names()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "wr"));

        var ids = await Service(t).StartActionAsync(ImmediateAction.InstallPackages("i", OsFamily.Linux, new[] { "git", "tmux" }), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "wr" }, ids);
        var request = t.Handler.Requests.Single();
        Assert.Equal("/20220901/managedInstances/i/actions/installPackages", request.PathAndQuery);
        Assert.Equal(new[] { "git", "tmux" }, Body(request).GetProperty("packageNames").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_group_update_reads_the_groups_family_to_choose_the_action()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"g\",\"osFamily\":\"WINDOWS_SERVER_2022\",\"managedInstanceIds\":[\"w1\",\"w2\"]}")
            .Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "parent"));

        var ids = await Service(t).StartActionAsync(ImmediateAction.UpdateAllOnGroup("g", UpdateKind.All), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "parent" }, ids);
        Assert.Equal("/20220901/managedInstanceGroups/g/actions/installWindowsUpdates", t.Handler.Requests[1].PathAndQuery);
        Assert.Equal("ALL", Body(t.Handler.Requests[1]).GetProperty("windowsUpdateTypes")[0].GetString());
    }

    [Fact]
    public async Task A_group_whose_family_is_known_is_not_read()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "parent"));

        await Service(t).StartActionAsync(ImmediateAction.UpdateAllOnGroup("g", UpdateKind.Security, OsFamily.Linux), CancellationToken.None).CollectAsync(CancellationToken.None);

        var request = t.Handler.Requests.Single();
        Assert.Equal("/20220901/managedInstanceGroups/g/actions/updateAllPackages", request.PathAndQuery);
        Assert.Equal("SECURITY", Body(request).GetProperty("updateTypes")[0].GetString());
    }

    [Fact]
    public async Task A_reboot_is_Hubs_reboot_action()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "wr1")).Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "wr2"));

        await Service(t).StartActionAsync(ImmediateAction.Reboot("i", null), CancellationToken.None).CollectAsync(CancellationToken.None);
        await Service(t).StartActionAsync(ImmediateAction.RebootGroup("g"), CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "/20220901/managedInstances/i/actions/reboot", "/20220901/managedInstanceGroups/g/actions/reboot" },
            t.Handler.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_skip_reads_the_job_and_moves_its_next_run_to_the_rules_next_occurrence_with_the_etag()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
                "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"timeNextExecution\":\"2030-01-06T03:00:00.250Z\",\"recurringRule\":\"FREQ=MONTHLY;BYDAY=1SU\",\"operations\":[{\"operationType\":\"UPDATE_ALL\"}]}",
                ("etag", "E7"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E8"));

        await Service(t).SkipNextRunAsync("j", CancellationToken.None);

        Assert.Equal(new[] { "GET", "PUT" }, t.Handler.Requests.Select(r => r.Method));
        var put = t.Handler.Requests[1];
        Assert.Equal("/20220901/scheduledJobs/j", put.PathAndQuery);
        Assert.Equal("E7", put.Header("if-match"));
        var body = Body(put);
        Assert.Equal(new DateTimeOffset(2030, 2, 3, 3, 0, 0, 250, TimeSpan.Zero), body.GetProperty("timeNextExecution").GetDateTimeOffset());
        Assert.Single(body.EnumerateObject());
    }

    [Fact]
    public async Task A_skip_of_an_interval_job_moves_it_one_interval()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
                "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"timeNextExecution\":\"2030-01-31T22:00:00Z\",\"recurringRule\":\"FREQ=DAILY;INTERVAL=2\",\"operations\":[]}", ("etag", "E"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}");

        await Service(t).SkipNextRunAsync("j", CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2030, 2, 2, 22, 0, 0, TimeSpan.Zero), Body(t.Handler.Requests[1]).GetProperty("timeNextExecution").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_job_changed_between_the_skips_read_and_its_update_is_reported_not_overwritten()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
                "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"timeNextExecution\":\"2030-01-06T03:00:00Z\",\"recurringRule\":\"FREQ=WEEKLY\",\"operations\":[]}", ("etag", "E1"))
            .Then(HttpStatusCode.PreconditionFailed, FakeHandler.Error("PreconditionFailed", "etag mismatch"));

        await Assert.ThrowsAsync<ChangedSinceReadException>(() => Service(t).SkipNextRunAsync("j", CancellationToken.None));
        Assert.Equal("E1", t.Handler.Requests[1].Header("if-match"));
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_one_time_job_has_no_run_to_skip_and_nothing_is_changed()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"displayName\":\"once\",\"scheduleType\":\"ONETIME\",\"timeNextExecution\":\"2030-01-06T03:00:00Z\",\"operations\":[]}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Service(t).SkipNextRunAsync("j", CancellationToken.None));
        Assert.Contains("once", error.Message);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Running_now_sends_runNow_and_the_run_is_found_through_the_job()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted)
            .Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"recurringRule\":\"FREQ=DAILY\",\"workRequestIds\":[\"w1\"],\"operations\":[]}");

        await Service(t).RunScheduledJobNowAsync("j", CancellationToken.None);
        var job = await Service(t).GetScheduledJobAsync("j", CancellationToken.None);

        Assert.Equal("/20220901/scheduledJobs/j/actions/runNow", t.Handler.Requests[0].PathAndQuery);
        Assert.NotNull(t.Handler.Requests[0].Header("opc-retry-token"));
        Assert.Equal(new[] { "w1" }, job.WorkRequestIds);
    }

    [Fact]
    public async Task Work_requests_are_filtered_by_Hub_itself_and_read_as_trees()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"p\",\"operationType\":\"UPDATE_ALL_PACKAGES\",\"status\":\"CANCELING\",\"childrenId\":[\"c1\",\"c2\"],\"timeCreated\":\"2026-11-24T12:00:00Z\"}]}");
        var query = new WorkRequestQuery
        {
            CompartmentId = "ocid1.compartment.oc1..c",
            ManagedInstanceId = "i",
            Statuses = new[] { WorkRequestStatus.Failed, WorkRequestStatus.Canceling },
            Since = new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.Zero),
            InitiatorId = "ocid1.osmhscheduledjob.oc1.iad.j",
        };

        var found = (await Service(t).ListWorkRequestsAsync(query, CancellationToken.None).CollectAsync(CancellationToken.None)).Single();

        var path = Uri.UnescapeDataString(t.Handler.Requests.Single().PathAndQuery);
        Assert.StartsWith("/20220901/workRequests?", path);
        Assert.Contains("status=FAILED&status=CANCELING", path);
        Assert.Contains("resourceId=i", path);
        Assert.Contains("initiatorId=ocid1.osmhscheduledjob.oc1.iad.j", path);
        Assert.Contains("timeCreatedGreaterThanOrEqualTo=2026-11-24T11:00:00", path);
        Assert.Equal(WorkRequestStatus.Canceling, found.Status.Value);
        Assert.Equal("CANCELING", found.Status.Text);
        Assert.Equal(JobOperation.UpdateAll, found.Operation.Value);
        Assert.Equal(UpdateKind.All, found.UpdateKind.Value);
        Assert.Equal(new[] { "c1", "c2" }, found.ChildrenIds);
    }

    [Fact]
    public async Task A_work_requests_instance_is_its_INSTANCE_resource()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"w\",\"operationType\":\"REBOOT\",\"status\":\"SUCCEEDED\",\"initiatorId\":\"j\",\"rerunOfId\":\"old\",\"parentId\":\"p\","
            + "\"resources\":[{\"entityType\":\"GROUP\",\"identifier\":\"g\",\"actionType\":\"RELATED\"},{\"entityType\":\"INSTANCE\",\"identifier\":\"i\",\"name\":\"web-1\",\"actionType\":\"UPDATED\"}]}");

        var found = await Service(t).GetWorkRequestAsync("w", CancellationToken.None);

        Assert.Equal(("i", "web-1"), (found.ManagedInstance!.Id, found.ManagedInstance.DisplayName));
        Assert.Equal(("j", "old", "p"), (found.InitiatorId, found.RerunOfId, found.ParentId));
        Assert.Equal(JobOperation.Reboot, found.Operation.Value);
        Assert.Equal(2, found.Resources.Count);
        Assert.True(found.IsDetailed);
    }

    [Fact]
    public async Task A_rerun_names_the_instances_given_and_returns_the_new_work_request()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "new")).Then(HttpStatusCode.Accepted, null, ("opc-work-request-id", "new2"));

        Assert.Equal("new", await Service(t).RerunWorkRequestAsync("w", new[] { "i1" }, CancellationToken.None));
        Assert.Equal("new2", await Service(t).RerunWorkRequestAsync("w", null, CancellationToken.None));

        Assert.Equal("/20220901/workRequests/w/actions/rerun", t.Handler.Requests[0].PathAndQuery);
        Assert.Equal("i1", Body(t.Handler.Requests[0]).GetProperty("managedInstances")[0].GetString());
        Assert.True(string.IsNullOrEmpty(t.Handler.Requests[1].Body));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "NotAuthorizedOrNotFound", typeof(ResourceNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, "InvalidParameter", typeof(InvalidInputException))]
    [InlineData(HttpStatusCode.Conflict, "Conflict", typeof(OsmServiceException))]
    public async Task Hubs_errors_come_as_the_engines_typed_errors(HttpStatusCode status, string code, Type type)
    {
        using var t = new TestPipeline();
        t.Handler.Then(status, FakeHandler.Error(code, "refused"), ("opc-request-id", "REQ"));

        var error = await Assert.ThrowsAnyAsync<OsmServiceException>(() => Service(t).RunScheduledJobNowAsync("j", CancellationToken.None));

        Assert.IsType(type, error);
        Assert.Equal(code, error.ServiceCode);
        Assert.Equal("REQ", error.RequestId);
    }

    [Fact]
    public async Task A_change_of_packages_rewrites_the_jobs_operations_from_the_job_as_it_is()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"ONETIME\",\"operations\":[{\"operationType\":\"INSTALL_PACKAGES\",\"packageNames\":[\"git\"]}]}", ("etag", "E2"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E3"));

        await Service(t).UpdateScheduledJobAsync("j", new ScheduledJobChange { PackageNames = new[] { "git", "tmux" }, Schedule = { RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU" } }, "E1", CancellationToken.None);

        var put = t.Handler.Requests[1];
        Assert.Equal("E1", put.Header("if-match"));
        var body = Body(put);
        var operation = body.GetProperty("operations").EnumerateArray().Single();
        Assert.Equal("INSTALL_PACKAGES", operation.GetProperty("operationType").GetString());
        Assert.Equal(new[] { "git", "tmux" }, operation.GetProperty("packageNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", body.GetProperty("recurringRule").GetString());
        Assert.Equal("RECURRING", body.GetProperty("scheduleType").GetString());
    }
}

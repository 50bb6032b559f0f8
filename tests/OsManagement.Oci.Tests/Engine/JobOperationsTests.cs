using System;
using System.Collections.Generic;
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
/// A job's several operations (OS Management Hub makes one UPDATE_* operation per update category): judged before any
/// request, every one read, the ones a change does not touch kept as the service has them, and several kinds in one new job.
/// </summary>
public sealed class JobOperationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly ServiceCapabilities Classic = ServiceRegistry.Classic.Capabilities;
    private static readonly ServiceCapabilities Hub = ServiceRegistry.Hub.Capabilities;

    private static NewScheduledJob Job(params UpdateKind[] kinds) => new()
    {
        CompartmentId = "ocid1.tenancy.oc1..t",
        DisplayName = "patch",
        Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.a") },
        Schedule = { At = Now.UtcDateTime.AddHours(1) },
        UpdateKinds = kinds,
    };

    private static JobOperationRecord Op(JobOperation operation, UpdateKind? kind = null, params string[] packages) => new()
    {
        Operation = new Reported<JobOperation>(operation, operation.ToString()),
        UpdateKind = kind is { } k ? new Reported<UpdateKind>(k, k.ToString()) : Reported<UpdateKind>.Unknown(null),
        PackageNames = packages,
    };

    private static ScheduledJobRecord ReadJob(OsFamily family, params JobOperationRecord[] operations) => new()
    {
        DisplayName = "nightly",
        Operation = operations[0].Operation,
        Operations = operations,
        OsFamily = new Reported<OsFamily>(family, family.ToString()),
    };

    [Fact]
    public void Several_update_kinds_are_one_Hub_job_and_refused_on_the_retired_service_before_anything_else_naming_the_feature()
    {
        Assert.Empty(Job(UpdateKind.Security, UpdateKind.Bugfix).Validate(Hub, Now));
        var problem = Job(UpdateKind.Security, UpdateKind.Bugfix).Validate(Classic, Now).First();
        Assert.Equal((JobProblemKind.FeatureNotSupported, ServiceFeature.SeveralUpdateKinds, JobAspect.Action), (problem.Kind, problem.Feature, problem.Aspect));
        Assert.Equal(ServiceRegistry.Hub, ServiceRegistry.Offering(ServiceFeature.SeveralUpdateKinds));
        // One kind, or the same kind twice, is one operation: nothing for the retired service to refuse.
        Assert.Empty(Job(UpdateKind.Security, UpdateKind.Security).Validate(Classic, Now));
        Assert.Equal(new[] { UpdateKind.Security }, Job(UpdateKind.Security, UpdateKind.Security).EffectiveUpdateKinds);
        Assert.Equal(new[] { UpdateKind.All }, Job().EffectiveUpdateKinds);
        Assert.Equal(new ServiceFeature?[] { ServiceFeature.SeveralUpdateKinds },
            new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Security, UpdateKind.Other } }.Validate(null, Classic, Now).Select(p => p.Feature).ToArray());
    }

    [Fact]
    public void All_with_other_kinds_and_several_kinds_for_Windows_are_refused()
    {
        var withAll = Assert.Single(Job(UpdateKind.All, UpdateKind.Security).Validate(Hub, Now));
        Assert.Equal(JobProblemKind.SeveralUpdateKindsWithAll, withAll.Kind);
        Assert.Equal(new[] { UpdateKind.All, UpdateKind.Security }, withAll.UpdateKinds);

        var windows = Job(UpdateKind.Security, UpdateKind.Bugfix);
        windows.TargetOsFamilies = new[] { OsFamily.Windows };
        var problem = Assert.Single(windows.Validate(Hub, Now));
        Assert.Equal((JobProblemKind.SeveralUpdateKindsForWindows, JobAspect.Targets), (problem.Kind, problem.Aspect));
        Assert.Equal(JobProblemKind.SeveralUpdateKindsForWindows,
            new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Security, UpdateKind.Bugfix } }
                .Validate(ReadJob(OsFamily.Windows, Op(JobOperation.UpdateAll, UpdateKind.Security)), Hub, Now).Single().Kind);
    }

    [Fact]
    public void A_change_is_judged_against_every_operation_of_the_job()
    {
        var mixed = ReadJob(OsFamily.Linux, Op(JobOperation.Update, null, "openssl"), Op(JobOperation.UpdateAll, UpdateKind.Security));
        Assert.Empty(new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Bugfix } }.Validate(mixed, Hub, Now));
        Assert.Empty(new ScheduledJobChange { PackageNames = new[] { "curl" } }.Validate(mixed, Hub, Now));
        var named = ReadJob(OsFamily.Linux, Op(JobOperation.Install, null, "git"));
        var problem = Assert.Single(new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Security, UpdateKind.Bugfix } }.Validate(named, Hub, Now));
        Assert.Equal((JobProblemKind.UpdateKindNotTaken, UpdateKind.Security), (problem.Kind, problem.UpdateKind));
        Assert.Equal(new[] { UpdateKind.Security, UpdateKind.Bugfix }, problem.UpdateKinds);
    }

    [Fact]
    public void A_change_of_kinds_replaces_the_UpdateAll_operations_where_the_first_was_and_keeps_the_others()
    {
        var job = ReadJob(OsFamily.Linux, Op(JobOperation.Update, null, "openssl"), Op(JobOperation.UpdateAll, UpdateKind.Security),
            Op(JobOperation.UpdateAll, UpdateKind.Bugfix));
        Assert.Null(new ScheduledJobChange { DisplayName = "renamed", Tags = new Dictionary<string, string>() }.OperationsAfter(job));

        var planned = new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Enhancement, UpdateKind.Other, UpdateKind.Enhancement } }.OperationsAfter(job)!;
        Assert.Equal(new int?[] { 0, null, null }, planned.Select(p => p.KeptFrom));
        Assert.Equal(new UpdateKind?[] { UpdateKind.Enhancement, UpdateKind.Other }, planned.Skip(1).Select(p => p.UpdateKind));
        Assert.All(planned.Skip(1), p => Assert.Equal(JobOperation.UpdateAll, p.Operation));

        var renamed = new ScheduledJobChange { PackageNames = new[] { "curl" } }.OperationsAfter(job)!;
        Assert.Equal(new int?[] { null, 1, 2 }, renamed.Select(p => p.KeptFrom));
        Assert.Equal(JobOperation.Update, renamed[0].Operation);
        Assert.Equal(new[] { "curl" }, renamed[0].PackageNames);
    }

    [Fact]
    public void Operations_the_engine_does_not_know_are_kept_and_a_change_only_they_could_take_is_not_supported()
    {
        var streams = new JobOperationRecord { Operation = Reported<JobOperation>.Unknown("MANAGE_MODULE_STREAMS") };
        var job = ReadJob(OsFamily.Linux, Op(JobOperation.UpdateAll, UpdateKind.Security), streams);
        Assert.Equal(new int?[] { null, 1 }, new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Bugfix } }.OperationsAfter(job)!.Select(p => p.KeptFrom));
        var unknownOnly = ReadJob(OsFamily.Linux, streams);
        Assert.Empty(new ScheduledJobChange { PackageNames = new[] { "git" } }.Validate(unknownOnly, Hub, Now));
        var error = Assert.Throws<NotSupportedException>(() => new ScheduledJobChange { PackageNames = new[] { "git" } }.OperationsAfter(unknownOnly));
        Assert.Contains("MANAGE_MODULE_STREAMS", error.Message);
    }

    [Fact]
    public void A_job_that_gives_one_operation_is_that_one()
    {
        var job = new ScheduledJobRecord
        {
            Operation = new Reported<JobOperation>(JobOperation.UpdateAll, "UPDATEALL"),
            UpdateKind = new Reported<UpdateKind>(UpdateKind.Security, "SECURITY"),
        };
        var only = Assert.Single(job.Operations);
        Assert.True(only.UpdateKind.Is(UpdateKind.Security));
        Assert.Equal(new[] { UpdateKind.Security }, job.UpdateKinds.Select(k => k.Value!.Value));
    }

    private static HubService Service(TestPipeline t) =>
        new(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), "ocid1.tenancy.oc1..t");

    private static JsonElement Body(SeenRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    private static string[] OperationTypes(JsonElement body) =>
        body.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operationType").GetString()!).ToArray();

    [Fact]
    public async Task Hub_creates_one_job_with_an_operation_per_kind_and_reads_every_one_back()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"ONETIME\",\"operations\":[{\"operationType\":\"UPDATE_SECURITY\"},"
            + "{\"operationType\":\"UPDATE_BUGFIX\"},{\"operationType\":\"UPDATE_KSPLICE_KERNEL\"},{\"operationType\":\"UPDATE_KSPLICE_USERSPACE\"}]}", ("etag", "E1"));

        var created = await Service(t).CreateScheduledJobAsync(Job(UpdateKind.Security, UpdateKind.Bugfix, UpdateKind.Ksplice), CancellationToken.None);

        Assert.Equal(new[] { "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_KSPLICE_KERNEL", "UPDATE_KSPLICE_USERSPACE" }, OperationTypes(Body(t.Handler.Requests.Single())));
        Assert.Equal(4, created.Operations.Count);
        Assert.Equal(new[] { UpdateKind.Security, UpdateKind.Bugfix, UpdateKind.Ksplice }, created.UpdateKinds.Select(k => k.Value!.Value));
        Assert.Equal(new[] { "UPDATE_SECURITY", "UPDATE_BUGFIX", "UPDATE_KSPLICE_KERNEL" }, created.UpdateKinds.Select(k => k.Text));
        Assert.True(created.UpdateKind.Is(UpdateKind.Security));
        Assert.True(created.Operation.Is(JobOperation.UpdateAll));
    }

    [Fact]
    public async Task Hub_sends_back_every_operation_a_change_does_not_touch_exactly_as_it_gave_it()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"recurringRule\":\"FREQ=DAILY\",\"operations\":["
                + "{\"operationType\":\"UPDATE_PACKAGES\",\"packageNames\":[\"openssl\"]},{\"operationType\":\"UPDATE_SECURITY\"},{\"operationType\":\"UPDATE_BUGFIX\"}]}",
                ("etag", "E2"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E3"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"recurringRule\":\"FREQ=DAILY\",\"operations\":["
                + "{\"operationType\":\"UPDATE_PACKAGES\",\"packageNames\":[\"openssl\"]},{\"operationType\":\"UPDATE_OTHER\"}]}", ("etag", "E4"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E5"));
        var service = Service(t);

        await service.UpdateScheduledJobAsync("j", new ScheduledJobChange { UpdateKinds = new[] { UpdateKind.Other } }, "E1", CancellationToken.None);
        var put = Body(t.Handler.Requests[1]);
        Assert.Equal(new[] { "UPDATE_PACKAGES", "UPDATE_OTHER" }, OperationTypes(put));
        Assert.Equal("openssl", put.GetProperty("operations")[0].GetProperty("packageNames")[0].GetString());
        Assert.Equal("E1", t.Handler.Requests[1].Header("if-match"));

        await service.UpdateScheduledJobAsync("j", new ScheduledJobChange { PackageNames = new[] { "curl", "git" } }, "E4", CancellationToken.None);
        var second = Body(t.Handler.Requests[3]);
        Assert.Equal(new[] { "UPDATE_PACKAGES", "UPDATE_OTHER" }, OperationTypes(second));
        Assert.Equal(new[] { "curl", "git" }, second.GetProperty("operations")[0].GetProperty("packageNames").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_rename_sends_no_operations_so_Hub_keeps_them_all()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E2"));
        await Service(t).UpdateScheduledJobAsync("j", new ScheduledJobChange { DisplayName = "renamed" }, "E1", CancellationToken.None);
        Assert.False(Body(t.Handler.Requests.Single()).TryGetProperty("operations", out _));
    }

    [Fact]
    public async Task Jobs_listed_for_an_instance_are_those_that_name_it_whatever_Hub_adds_for_its_group_or_compartment()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"direct\",\"managedInstanceIds\":[\"i\"],\"operations\":[{\"operationType\":\"UPDATE_SECURITY\"}]},"
            + "{\"id\":\"group\",\"managedInstanceGroupIds\":[\"g\"],\"operations\":[{\"operationType\":\"UPDATE_SECURITY\"}]},"
            + "{\"id\":\"compartment\",\"managedCompartmentIds\":[\"c\"],\"operations\":[{\"operationType\":\"UPDATE_BUGFIX\"},{\"operationType\":\"REBOOT\"}]}]}");
        var jobs = await Service(t).ListScheduledJobsAsync(new ScheduledJobQuery { CompartmentId = "c", ManagedInstanceId = "i" }, CancellationToken.None)
            .CollectAsync(CancellationToken.None);
        Assert.Equal(new[] { "direct" }, jobs.Select(j => j.Id));
        Assert.Contains("managedInstanceId=i", t.Handler.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task An_operation_filter_matches_any_operation_of_a_job()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"items\":[{\"id\":\"a\",\"operations\":[{\"operationType\":\"UPDATE_PACKAGES\",\"packageNames\":[\"x\"]},"
            + "{\"operationType\":\"UPDATE_SECURITY\"}]},{\"id\":\"b\",\"operations\":[{\"operationType\":\"INSTALL_PACKAGES\",\"packageNames\":[\"x\"]}]}]}");
        var jobs = await Service(t).ListScheduledJobsAsync(new ScheduledJobQuery { CompartmentId = "c", Operation = JobOperation.UpdateAll }, CancellationToken.None)
            .CollectAsync(CancellationToken.None);
        Assert.Equal(new[] { "a" }, jobs.Select(j => j.Id));
    }

    [Fact]
    public async Task A_rule_left_on_a_one_time_job_is_not_its_schedule()
    {
        // Oracle does not say whether making a job ONETIME clears its recurringRule: read either way, the job runs once.
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"j\",\"scheduleType\":\"ONETIME\",\"recurringRule\":\"FREQ=DAILY\",\"operations\":[{\"operationType\":\"UPDATE_ALL\"}]}",
            ("etag", "E1"));
        var job = await Service(t).GetScheduledJobAsync("j", CancellationToken.None);
        Assert.Null(job.Recurrence);
        Assert.Throws<InvalidOperationException>(() => HubService.NextRunAfterSkip(job));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Platform.Http;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class SchedulerTests
{
    private readonly TestWorld _world = new();

    private InstanceRecord HealthyLinux(bool withSecurityUpdates = true) => _world.Store.Fleet.Instances.First(i =>
        !i.IsWindows && !i.IsPaas && i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates && (!withSecurityUpdates || i.CountUpdates(Classification.Security) > 0));

    private ClassicJobRecord CreateJob(string scheduleType, TimeSpan inFuture, string? intervalType = null, string? intervalValue = null,
        InstanceRecord? instance = null, GroupRecord? group = null) => _world.Store.Execute(now =>
    {
        var target = instance ?? HealthyLinux();
        return _world.Rules.Create(new CreateScheduledJobDetails
        {
            CompartmentId = target.CompartmentId,
            DisplayName = "patch",
            ScheduleType = scheduleType,
            TimeNextExecution = now + inFuture,
            IntervalType = intervalType,
            IntervalValue = intervalValue,
            OperationType = "UPDATEALL",
            UpdateType = "SECURITY",
            ManagedInstances = group is null ? new List<NamedId> { new() { Id = target.Id } } : null,
            ManagedInstanceGroups = group is null ? null : new List<NamedId> { new() { Id = group.Id } },
        }, now);
    });

    private void Advance(string duration)
    {
        Assert.True(IsoDuration.TryParse(duration, out var by));
        _world.Store.Advance(by);
    }

    [Fact]
    public void EachLoadGivesEveryApiItsOwnFreshStateInTheOrderItsJobsWinATie()
    {
        var classic = _world.Store.Classic();
        var hub = _world.Store.Hub();
        CreateJob("ONETIME", TimeSpan.FromHours(1));

        _world.Store.Reset();

        Assert.Equal(new[] { typeof(ClassicState), typeof(HubState) }, _world.Store.Apis.Select(a => a.GetType()));
        Assert.NotSame(classic, _world.Store.Classic());
        Assert.NotSame(hub, _world.Store.Hub());
        Assert.Empty(_world.Store.Classic().Jobs);
    }

    [Fact]
    public void ADueOneTimeJobCreatesAWorkRequestAndIsDone()
    {
        var instance = HealthyLinux();
        var job = CreateJob("ONETIME", TimeSpan.FromHours(1), instance: instance);
        var due = job.TimeNextExecution!.Value;
        Advance("PT30M");
        Assert.Empty(job.WorkRequestIds);
        Advance("PT31M");
        var request = Assert.Single(job.WorkRequestIds.Select(id => _world.Store.WorkRequests[id]));
        Assert.Equal(instance.Id, request.InstanceId);
        Assert.Equal(due, request.TimeAccepted);
        Assert.Equal(due, job.TimeLastExecution);
        Assert.Null(job.TimeNextExecution);
    }

    [Fact]
    public void ARecurringJobRunsEveryOccurrenceAndMovesOn()
    {
        var job = CreateJob("RECURRING", TimeSpan.FromHours(1), "DAY", "1");
        var first = job.TimeNextExecution!.Value;
        Advance("P3D");
        Assert.Equal(3, job.WorkRequestIds.Count);
        Assert.Equal(first.AddDays(2), job.TimeLastExecution);
        Assert.Equal(first.AddDays(3), job.TimeNextExecution);
        var accepted = job.WorkRequestIds.Select(id => _world.Store.WorkRequests[id].TimeAccepted).ToList();
        Assert.Equal(new[] { first, first.AddDays(1), first.AddDays(2) }, accepted);
    }

    [Fact]
    public void SecurityUpdatesAreGoneAfterTheFirstRunSoLaterRunsFindNothing()
    {
        var instance = HealthyLinux();
        var job = CreateJob("RECURRING", TimeSpan.FromMinutes(5), "HOUR", "1", instance);
        Advance("PT3H");
        Assert.Equal(0, instance.CountUpdates(Classification.Security));
        var logs = job.WorkRequestIds.Select(id => _world.Store.WorkRequests[id]).Select(w => string.Join("\n", w.Logs.Select(l => l.Message))).ToList();
        Assert.Contains("Installing", logs[0]);
        Assert.Contains("No applicable updates", logs[1]);
    }

    [Fact]
    public void SkipMovesTheNextOccurrenceWithoutRunning()
    {
        var job = CreateJob("RECURRING", TimeSpan.FromHours(1), "WEEK", "1");
        var first = job.TimeNextExecution!.Value;
        var etag = job.ETag;
        _world.Store.Execute(_ => { _world.Store.Classic().Work.Skip(job); return 0; });
        Assert.Equal(first.AddDays(7), job.TimeNextExecution);
        Assert.NotEqual(etag, job.ETag);
        Advance("P2D");
        Assert.Empty(job.WorkRequestIds);
    }

    [Fact]
    public void RunNowCreatesWorkWithoutChangingTheSchedule()
    {
        var job = CreateJob("RECURRING", TimeSpan.FromDays(2), "MONTH", "1");
        var next = job.TimeNextExecution;
        var created = _world.Store.Execute(now => _world.Store.Classic().Work.RunJob(job, now));
        Assert.Single(created);
        Assert.Equal(next, job.TimeNextExecution);
        Assert.NotNull(job.TimeLastExecution);
    }

    [Fact]
    public void AMonthlyJobAnchoredOnThe31stFollowsMonthEnds()
    {
        // TestWorld starts on 2026-01-31 09:00.
        var job = CreateJob("RECURRING", TimeSpan.FromHours(1), "MONTH", "1");
        Advance("PT2H");
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero), job.TimeNextExecution);
        Advance("P1M");
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.Zero), job.TimeNextExecution);
    }

    [Fact]
    public void AGroupJobMakesAParentWithOneChildPerMember()
    {
        var group = _world.Store.Fleet.Groups.First(g => g.InstanceIds.Count >= 2);
        var job = CreateJob("ONETIME", TimeSpan.FromMinutes(10), group: group);
        Advance("PT11M");
        var parent = _world.Store.WorkRequests[Assert.Single(job.WorkRequestIds)];
        Assert.Null(parent.InstanceId);
        Assert.Equal(group.InstanceIds.OrderBy(x => x), parent.ChildrenIds.Select(id => _world.Store.WorkRequests[id].InstanceId!).OrderBy(x => x));
        Assert.All(parent.ChildrenIds, id => Assert.Equal(parent.Id, _world.Store.WorkRequests[id].ParentId));
        Assert.True(parent.IsFinished);
    }

    [Fact]
    public void DeletedJobsNeverRun()
    {
        var job = CreateJob("ONETIME", TimeSpan.FromMinutes(10));
        _world.Store.Execute(_ => { job.Delete(job.ETag); return 0; });
        Advance("PT1H");
        Assert.Empty(job.WorkRequestIds);
        Assert.Equal("DELETED", job.LifecycleState);
    }

    [Theory]
    [InlineData(null, "DISPLAY", "ONETIME", "UPDATEALL", "MissingParameter")]
    [InlineData("c", null, "ONETIME", "UPDATEALL", "MissingParameter")]
    [InlineData("c", "job", "SOMETIMES", "UPDATEALL", "InvalidParameter")]
    [InlineData("c", "job", "ONETIME", "REBOOT", "InvalidParameter")]
    [InlineData("c", "job", "RECURRING", "UPDATEALL", "MissingParameter")]
    public void CreateValidatesLikeTheService(string? compartment, string? name, string scheduleType, string operation, string code)
    {
        var instance = HealthyLinux();
        var error = Assert.Throws<OciException>(() => _world.Store.Execute(now => _world.Rules.Create(new CreateScheduledJobDetails
        {
            CompartmentId = compartment is null ? null : instance.CompartmentId,
            DisplayName = name,
            ScheduleType = scheduleType,
            TimeNextExecution = now.AddHours(1),
            OperationType = operation,
            ManagedInstances = new List<NamedId> { new() { Id = instance.Id } },
        }, now)));
        Assert.Equal(400, error.Status);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void CreateNeedsATargetThatExists()
    {
        var instance = HealthyLinux();
        OciException Attempt(List<NamedId>? instances) => Assert.Throws<OciException>(() => _world.Store.Execute(now => _world.Rules.Create(new CreateScheduledJobDetails
        {
            CompartmentId = instance.CompartmentId,
            DisplayName = "job",
            ScheduleType = "ONETIME",
            TimeNextExecution = now.AddHours(1),
            OperationType = "UPDATEALL",
            ManagedInstances = instances,
        }, now)));
        Assert.Equal(400, Attempt(null).Status);
        Assert.Equal(404, Attempt(new List<NamedId> { new() { Id = "ocid1.instance.oc1.iad.nope" } }).Status);
    }

    [Fact]
    public void RecurringJobsNeedAPositiveWholeIntervalValue()
    {
        var error = Assert.Throws<OciException>(() => CreateJob("RECURRING", TimeSpan.FromHours(1), "DAY", "0"));
        Assert.Equal("InvalidParameter", error.Code);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Hub.Wire;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;
using OsManagement.Emulator.Fleet.Work;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>OS Management Hub's jobs and work request trees on the engine, on a hand-driven clock.</summary>
public sealed class HubWorkTests
{
    private readonly TestWorld _world = new(FleetSpec.Parse("instances=40,compartments=5,groups=3,windows=0.2"));

    private HubJobRecord Job(string scheduleType, string? rule, IReadOnlyList<string> instances, TimeSpan inFuture, List<int>? retries = null,
        string operation = "UPDATE_SECURITY") =>
        _world.Store.Execute(now => new HubJobRules(_world.Store).Create(new CreateScheduledJobDetails
        {
            CompartmentId = _world.Store.TenancyId,
            ScheduleType = scheduleType,
            RecurringRule = rule,
            TimeNextExecution = now + inFuture,
            Operations = new List<ScheduledJobOperation> { new() { OperationType = operation } },
            ManagedInstanceIds = instances.ToList(),
            RetryIntervals = retries,
        }, now));

    private InstanceRecord Linux(Func<InstanceRecord, bool> also) =>
        _world.Store.Fleet.Instances.First(i => !i.IsWindows && !i.IsPaas && also(i));

    [Fact]
    public void AClockJumpRunsEveryOccurrenceOfTheRuleOnceAndInOrder()
    {
        var instance = Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal);
        var job = Job("RECURRING", "FREQ=DAILY;BYHOUR=3;BYMINUTE=0", new[] { instance.Id }, TimeSpan.FromHours(1));
        var first = job.TimeNextExecution;
        _world.Wait(TimeSpan.FromDays(5));
        var runs = job.WorkRequestIds.Select(id => _world.Store.WorkRequests[id].TimeAccepted).ToList();
        Assert.Equal(runs.OrderBy(t => t), runs);
        Assert.Equal(first, runs[0]);
        Assert.All(runs.Skip(1), t => Assert.Equal((3, 0), (t.Hour, t.Minute)));
        Assert.Equal(runs.Count - 1, runs.Skip(1).Select(t => t.Date).Distinct().Count());
        Assert.InRange(runs.Count, 5, 6);
        Assert.True(job.TimeNextExecution > _world.Clock.Now);
    }

    [Fact]
    public void AOneTimeJobRunsOnceThenIsInactive()
    {
        var job = Job("ONETIME", null, new[] { Linux(_ => true).Id }, TimeSpan.FromMinutes(10));
        _world.Wait(TimeSpan.FromDays(2));
        Assert.Single(job.WorkRequestIds);
        Assert.Equal("INACTIVE", job.LifecycleState);
        Assert.False(job.IsDue(_world.Clock.Now));
    }

    [Fact]
    public void RetriesWaitForEachIntervalThenStop()
    {
        var failing = Linux(i => i.FailsUpdates);
        var job = Job("ONETIME", null, new[] { failing.Id }, TimeSpan.FromMinutes(1), new List<int> { 5, 20 });
        _world.Wait(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        var first = _world.Store.WorkRequests[job.WorkRequestIds[0]];
        Assert.Equal(WorkStatus.Failed, first.Status);
        var retry = _world.Store.WorkRequests.Values.OfType<HubWorkRequest>().Single(w => w.RetryOfId == first.Id);
        Assert.Equal(WorkStatus.Waiting, retry.Status);
        Assert.Equal(first.TimeFinished + TimeSpan.FromMinutes(5), retry.StartAfter);
        _world.Wait(TimeSpan.FromMinutes(4));
        Assert.Equal(WorkStatus.Waiting, retry.Status);
        _world.Wait(TimeSpan.FromMinutes(2));
        Assert.Equal(WorkStatus.Failed, retry.Status);
        _world.Wait(TimeSpan.FromHours(2));
        Assert.Equal(3, job.WorkRequestIds.Count);
        Assert.Equal(2, _world.Store.WorkRequests.Values.OfType<HubWorkRequest>().Count(w => w.RetryOfId is not null));
    }

    [Fact]
    public void FinishedHubWorkIsCleanedUpAfter14DaysAndLeavesTheJob()
    {
        var job = Job("RECURRING", "FREQ=WEEKLY;BYDAY=SU", new[] { Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal).Id }, TimeSpan.FromMinutes(5));
        _world.Wait(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(3));
        var first = Assert.Single(job.WorkRequestIds);
        Assert.Equal(WorkStatus.Succeeded, _world.Store.WorkRequests[first].Status);
        _world.Wait(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.True(_world.Store.WorkRequests.ContainsKey(first), "not yet 14 days after it finished");
        _world.Wait(TimeSpan.FromMinutes(2));
        Assert.False(_world.Store.WorkRequests.ContainsKey(first));
        Assert.DoesNotContain(first, job.WorkRequestIds);
        Assert.NotEmpty(job.WorkRequestIds);
        Assert.All(job.WorkRequestIds, id => Assert.True(_world.Store.WorkRequests.ContainsKey(id)));
    }

    [Fact]
    public void UpdatingAllSplitsIntoOneChildPerTypeUnderTheInstance()
    {
        var instance = Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates && i.UpdatesAvailable > 0);
        var parent = _world.Store.Execute(now => _world.Store.Hub().Work.ForInstance(instance,
            new[] { new ScheduledJobOperation { OperationType = "UPDATE_ALL" } }, new HubWorkOrigin(now, "test")));
        Assert.True(parent.IsParent);
        Assert.Equal("UPDATE_ALL_PACKAGES", parent.OperationType);
        var children = parent.ChildrenIds.Select(id => _world.Store.WorkRequests[id]).ToList();
        Assert.Equal(new[] { "UPDATE_BUGFIX", "UPDATE_ENHANCEMENT", "UPDATE_OTHER", "UPDATE_SECURITY" }, children.Select(c => c.OperationType).Order());
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Succeeded, parent.Status);
        Assert.Equal(0, instance.UpdatesAvailable);
    }

    [Fact]
    public void AJobOfSeveralUpdateKindsRunsOneChildPerKindAndLeavesTheOthers()
    {
        var instance = Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates
            && i.CountUpdates(Classification.Security) > 0 && i.CountUpdates(Classification.Bugfix) > 0 && i.CountUpdates(Classification.Enhancement) > 0);
        var enhancements = instance.CountUpdates(Classification.Enhancement);
        var parent = _world.Store.Execute(now => _world.Store.Hub().Work.ForInstance(instance,
            new[] { new ScheduledJobOperation { OperationType = "UPDATE_SECURITY" }, new ScheduledJobOperation { OperationType = "UPDATE_BUGFIX" } },
            new HubWorkOrigin(now, "test")));
        Assert.Equal(new[] { "UPDATE_SECURITY", "UPDATE_BUGFIX" }, parent.ChildrenIds.Select(id => _world.Store.WorkRequests[id].OperationType));
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Succeeded, parent.Status);
        Assert.Equal((0, 0, enhancements),
            (instance.CountUpdates(Classification.Security), instance.CountUpdates(Classification.Bugfix), instance.CountUpdates(Classification.Enhancement)));
    }

    [Fact]
    public void ATreeWhoseInstanceStoppedCheckingInFailsWithNoChildEverDispatched()
    {
        var instance = Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates);
        _world.Store.Execute(now =>
        {
            instance.CheckinLag = null;
            instance.LastCheckin = now.AddDays(-2);
            return 0;
        });
        var parent = _world.Store.Execute(now => _world.Store.Hub().Work.ForInstance(instance,
            new[] { new ScheduledJobOperation { OperationType = "UPDATE_ALL" } }, new HubWorkOrigin(now, "test")));
        _world.Wait(TimeSpan.FromSeconds(3));
        var children = parent.ChildrenIds.Select(id => _world.Store.WorkRequests[id]).ToList();
        Assert.All(children, c => Assert.Equal((WorkStatus.Failed, (DateTimeOffset?)null), (c.Status, c.TimeStarted)));
        Assert.Equal(WorkStatus.Failed, parent.Status);
        Assert.Equal(children.Count, parent.Errors.Count(e => e.Code == "AgentUnreachable"));
    }

    [Fact]
    public void WithAListingLagAJobListsItsRunOnlyOnceTheLagIsOverWhileTheWorkRequestsCarryTheJobAtOnce()
    {
        var instance = Linux(i => i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal);
        var job = Job("RECURRING", "FREQ=WEEKLY;BYDAY=SU", new[] { instance.Id }, TimeSpan.FromDays(1));
        var run = _world.Store.Execute(now =>
        {
            _world.Store.Hub().JobListingLag = TimeSpan.FromMinutes(10);
            return _world.Store.Hub().Work.RunJob(job, now);
        });
        Assert.Empty(job.WorkRequestIds);
        Assert.All(run, w => Assert.Equal(job.Id, w.JobId));
        _world.Wait(TimeSpan.FromMinutes(9));
        Assert.Empty(job.WorkRequestIds);
        _world.Wait(TimeSpan.FromMinutes(2));
        Assert.Equal(run.Select(w => w.Id), job.WorkRequestIds);
    }
}


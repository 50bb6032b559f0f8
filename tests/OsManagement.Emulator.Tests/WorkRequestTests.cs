using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;
using OsManagement.Emulator.Fleet.Work;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class WorkRequestTests
{
    private readonly TestWorld _world = new(new FleetSpec { Instances = 40, Compartments = 5, Groups = 3 });

    private WorkRequestRecord UpdateAll(InstanceRecord instance, Classification? type = null) => _world.Store.Execute(now =>
        _world.Store.Classic().Work.ForInstance(instance, "UPDATEALL", WorkPlan.UpdateAll(type), "test", now));

    private InstanceRecord Healthy(bool windows) => _world.Store.Fleet.Instances.First(i =>
        i.IsWindows == windows && !i.IsPaas && i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates && i.UpdatesAvailable > 1);

    [Fact]
    public void MovesFromAcceptedThroughInProgressToSucceeded()
    {
        var request = UpdateAll(Healthy(windows: false));
        Assert.Equal(WorkStatus.Accepted, request.Status);
        _world.Wait(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(WorkStatus.InProgress, request.Status);
        Assert.NotNull(request.TimeStarted);
        var early = request.PercentComplete;
        Assert.InRange(early, 1, 99);
        _world.Wait(TimeSpan.FromMilliseconds(1000));
        Assert.True(request.PercentComplete > early);
        _world.Wait(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(WorkStatus.Succeeded, request.Status);
        Assert.Equal(100, request.PercentComplete);
        Assert.Equal(request.TimeAccepted + TimeSpan.FromSeconds(2.5), request.TimeFinished);
        Assert.Empty(request.Errors);
    }

    [Fact]
    public void ASuccessfulUpdateRemovesOnlyTheRequestedTypeAndCountsFollow()
    {
        var instance = _world.Store.Fleet.Instances.First(i => !i.IsWindows && !i.IsPaas && i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Normal && !i.FailsUpdates
            && i.CountUpdates(Classification.Security) > 0 && i.UpdatesAvailable > i.CountUpdates(Classification.Security));
        var others = instance.UpdatesAvailable - instance.CountUpdates(Classification.Security);
        UpdateAll(instance, Classification.Security);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(0, instance.CountUpdates(Classification.Security));
        Assert.Equal(others, instance.UpdatesAvailable);
        var wire = _world.Store.Execute(_ => Apis.Classic.ClassicWireMap.Full(instance, _world.Store));
        Assert.Equal(wire.UpdatesAvailable, wire.SecurityUpdatesAvailable + wire.BugUpdatesAvailable + wire.EnhancementUpdatesAvailable + wire.OtherUpdatesAvailable);
    }

    [Fact]
    public void WindowsUpdatesAreInstalledToo()
    {
        var instance = Healthy(windows: true);
        UpdateAll(instance);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Empty(instance.WindowsUpdates);
        Assert.Contains(instance.InstalledPackages, p => p.Type == "windows-update");
    }

    [Fact]
    public void InstancesMarkedToFailAlwaysFailWithAnError()
    {
        var failing = _world.Store.Fleet.Instances.First(i => i.FailsUpdates);
        var before = failing.UpdatesAvailable;
        var request = UpdateAll(failing);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Failed, request.Status);
        var error = Assert.Single(request.Errors);
        Assert.False(string.IsNullOrEmpty(error.Code));
        Assert.Contains(failing.DisplayName, error.Message);
        Assert.Equal(before, failing.UpdatesAvailable);
    }

    [Fact]
    public void UnreachableInstancesFail()
    {
        var unreachable = _world.Store.Fleet.Instances.First(i => i.Status == InstanceStatus.Unreachable);
        var request = UpdateAll(unreachable);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Failed, request.Status);
        Assert.Equal("AgentUnreachable", Assert.Single(request.Errors).Code);
    }

    [Fact]
    public void WorkForAnInstanceThatStoppedCheckingInIsNeverDispatchedAndFailsWhateverTheFleetSays()
    {
        // One status: the retired API still says NORMAL for it, Hub says UNREACHABLE (Offline), and its work does not run.
        var silent = _world.Store.Fleet.Instances.First(i => !i.IsPaas && i.Status == InstanceStatus.Normal && !i.FailsUpdates
            && i.StatusAt(_world.Store.Clock.Now) == InstanceStatus.Unreachable);
        var before = silent.UpdatesAvailable;
        var request = UpdateAll(silent);
        _world.Wait(TimeSpan.FromSeconds(1.5));
        Assert.Equal(WorkStatus.Accepted, request.Status);
        Assert.Null(request.TimeStarted);
        _world.Wait(TimeSpan.FromSeconds(1.5));
        Assert.Equal(WorkStatus.Failed, request.Status);
        Assert.Null(request.TimeStarted);
        Assert.Equal(request.TimeAccepted + TimeSpan.FromSeconds(2.5), request.TimeFinished);
        var error = Assert.Single(request.Errors);
        Assert.Equal("AgentUnreachable", error.Code);
        Assert.Contains("has not checked in since", error.Message);
        Assert.Equal(before, silent.UpdatesAvailable);
    }

    [Fact]
    public void AnInstanceSilentForHalfAnHourIsInactiveAndItsWorkDoesNotRunEither()
    {
        var instance = Healthy(windows: false);
        var before = instance.UpdatesAvailable;
        _world.Store.Execute(now =>
        {
            instance.CheckinLag = null;
            instance.LastCheckin = now.AddMinutes(-45);
            return 0;
        });
        Assert.Equal(InstanceStatus.Warning, instance.StatusAt(_world.Store.Clock.Now));
        var request = UpdateAll(instance);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Failed, request.Status);
        Assert.Equal("AgentUnreachable", Assert.Single(request.Errors).Code);
        Assert.Equal(before, instance.UpdatesAvailable);
    }

    [Fact]
    public void RemovingAPackageThatIsNotInstalledFails()
    {
        var instance = Healthy(windows: false);
        var request = _world.Store.Execute(now => _world.Store.Classic().Work.ForInstance(instance, "REMOVE",
            WorkPlan.Of(WorkKind.RemovePackages, new List<string> { "no-such-package" }), "test", now));
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.Equal(WorkStatus.Failed, request.Status);
        Assert.Equal("PackageNotInstalled", Assert.Single(request.Errors).Code);
    }

    [Fact]
    public void AGroupParentFailsWhenAnyChildFails()
    {
        var failing = _world.Store.Fleet.Instances.First(i => i.FailsUpdates);
        var group = _world.Store.Fleet.Groups.First(g => g.Family == failing.Os.Family);
        if (!group.InstanceIds.Contains(failing.Id))
        {
            group.InstanceIds.Add(failing.Id);
            failing.GroupIds.Add(group.Id);
        }
        var parent = _world.Store.Execute(now => _world.Store.Classic().Work.ForGroup(group, "UPDATEALL", _ => WorkPlan.UpdateAll(null), "group", now));
        _world.Wait(TimeSpan.FromSeconds(1));
        Assert.Equal(WorkStatus.InProgress, parent.Status);
        _world.Wait(TimeSpan.FromSeconds(2));
        Assert.Equal(WorkStatus.Failed, parent.Status);
        Assert.Contains(parent.Errors, e => e.Message!.Contains(failing.DisplayName, StringComparison.Ordinal));
        Assert.Equal(group.InstanceIds.Count, parent.ChildrenIds.Count);
    }

    [Fact]
    public void FinishedWorkRequestsGoAfterFourteenDaysButNewerOnesStay()
    {
        var instance = Healthy(windows: false);
        var old = UpdateAll(instance);
        _world.Wait(TimeSpan.FromSeconds(3));
        Assert.True(old.IsFinished);
        Assert.True(IsoDuration.TryParse("P13D", out var thirteen));
        _world.Store.Advance(thirteen);
        Assert.True(_world.Store.WorkRequests.ContainsKey(old.Id));

        var pending = UpdateAll(instance);
        Assert.True(IsoDuration.TryParse("P1DT1H", out var more));
        _world.Store.Advance(more);
        Assert.False(_world.Store.WorkRequests.ContainsKey(old.Id));
        Assert.True(_world.Store.WorkRequests.ContainsKey(pending.Id));
    }

    [Fact]
    public void UnfinishedWorkRequestsAreNeverCleanedUp()
    {
        var instance = Healthy(windows: false);
        var pending = UpdateAll(instance);
        // Clean-up alone, with "now" far in the future, must leave work that has not finished.
        _world.Store.Execute(now => { _world.Store.Work.CleanUp(now.AddDays(60)); return 0; });
        Assert.True(_world.Store.WorkRequests.ContainsKey(pending.Id));
        Assert.False(pending.IsFinished);
    }
}

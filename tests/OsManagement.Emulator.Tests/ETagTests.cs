using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Apis;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Http;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class ETagTests
{
    private readonly TestWorld _world = new();

    private ClassicJobRecord NewJob() => _world.Store.Execute(now =>
    {
        var instance = _world.Store.Fleet.Instances.First(i => !i.IsPaas);
        return _world.Rules.Create(new CreateScheduledJobDetails
        {
            CompartmentId = instance.CompartmentId,
            DisplayName = "job",
            ScheduleType = "RECURRING",
            IntervalType = "DAY",
            IntervalValue = "1",
            TimeNextExecution = now.AddHours(1),
            OperationType = "UPDATEALL",
            ManagedInstances = new List<NamedId> { new() { Id = instance.Id } },
        }, now);
    });

    [Fact]
    public void AnUpdateWithTheCurrentETagSucceedsAndChangesIt()
    {
        var job = NewJob();
        var etag = job.ETag;
        _world.Store.Execute(now => _world.Rules.Update(job, new UpdateScheduledJobDetails { DisplayName = "renamed" }, etag, now));
        Assert.Equal("renamed", job.DisplayName);
        Assert.NotEqual(etag, job.ETag);
    }

    [Fact]
    public void AStaleETagIs412AndChangesNothing()
    {
        var job = NewJob();
        var stale = job.ETag;
        _world.Store.Execute(now => _world.Rules.Update(job, new UpdateScheduledJobDetails { DisplayName = "first" }, stale, now));
        var error = Assert.Throws<OciException>(() =>
            _world.Store.Execute(now => _world.Rules.Update(job, new UpdateScheduledJobDetails { DisplayName = "second" }, stale, now)));
        Assert.Equal(412, error.Status);
        Assert.Equal("PreconditionFailed", error.Code);
        Assert.Equal("first", job.DisplayName);
        Assert.Throws<OciException>(() => _world.Store.Execute(_ => { job.Delete(stale); return 0; }));
        Assert.Equal("ACTIVE", job.LifecycleState);
    }

    [Fact]
    public void NoIfMatchMeansUnconditional()
    {
        var job = NewJob();
        _world.Store.Execute(now => _world.Rules.Update(job, new UpdateScheduledJobDetails { Description = "x" }, null, now));
        _world.Store.Execute(_ => { job.Delete(null); return 0; });
        Assert.Equal("DELETED", job.LifecycleState);
    }

    [Fact]
    public void AFailedUpdateLeavesTheJobAsItWas()
    {
        var job = NewJob();
        var etag = job.ETag;
        Assert.Throws<OciException>(() => _world.Store.Execute(now =>
            _world.Rules.Update(job, new UpdateScheduledJobDetails { DisplayName = "new", IntervalType = "FORTNIGHT" }, etag, now)));
        Assert.Equal("job", job.DisplayName);
        Assert.Equal("DAY", job.IntervalType);
        Assert.Equal(etag, job.ETag);
    }

    [Fact]
    public void ANewTimeRestartsTheRecurrence()
    {
        var job = NewJob();
        var next = _world.Clock.Now.AddDays(3);
        _world.Store.Execute(now => _world.Rules.Update(job, new UpdateScheduledJobDetails { TimeNextExecution = next }, job.ETag, now));
        Assert.Equal(next, job.TimeNextExecution);
        Assert.Equal(next, job.Anchor);
        Assert.Equal(0, job.OccurrenceIndex);
        Assert.Throws<OciException>(() => _world.Store.Execute(now =>
            _world.Rules.Update(job, new UpdateScheduledJobDetails { TimeNextExecution = now.AddDays(-1) }, null, now)));
        _ = ScheduledJobRecord.PastTolerance;
    }
}

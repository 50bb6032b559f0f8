using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests;

/// <summary>
/// The waiter behind every -Wait: it must look once more at the deadline, so work that finishes within the
/// timeout is never reported as timed out (Wait-OsmWorkRequest -Timeout 4 gave up at 2 s, -Timeout 2 at 0.03 s).
/// </summary>
public sealed class WorkRequestWaiterTests
{
    private const string Id = "ocid1.workrequest.oc1..test";

    /// <summary>A work request that is IN_PROGRESS for the first <paramref name="readsBeforeDone"/> reads, then SUCCEEDED.</summary>
    private static (Func<string, CancellationToken, Task<WorkRequestRecord>> Read, Func<int> Reads) FinishingOnRead(int readsBeforeDone)
    {
        var reads = 0;
        return ((id, _) =>
        {
            var n = Interlocked.Increment(ref reads);
            return Task.FromResult(new WorkRequestRecord
            {
                Id = id,
                Status = n > readsBeforeDone ? new Reported<WorkRequestStatus>(WorkRequestStatus.Succeeded, "SUCCEEDED") : new Reported<WorkRequestStatus>(WorkRequestStatus.InProgress, "IN_PROGRESS"),
                PercentComplete = n > readsBeforeDone ? 100 : 50,
            });
        }, () => Volatile.Read(ref reads));
    }

    /// <summary>
    /// A clock that sleeps at once and moves on by what was asked, plus <see cref="Oversleep"/> (a busy machine wakes
    /// late): the tests say exactly when each read happens, however loaded the machine running them is.
    /// </summary>
    private sealed class TestClock : WorkRequestWaiter.IWaitClock
    {
        public TimeSpan Elapsed { get; private set; }

        public TimeSpan Oversleep { get; init; }

        public List<TimeSpan> Sleeps { get; } = new();

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            Sleeps.Add(delay);
            Elapsed += delay + Oversleep;
            return Task.CompletedTask;
        }
    }

    private static async Task<(IReadOnlyList<string> Unfinished, List<WorkRequestRecord> Finished, TimeSpan Elapsed)> WaitAsync(
        Func<string, CancellationToken, Task<WorkRequestRecord>> read, TimeSpan pollInterval, TimeSpan? timeout, TestClock? testClock = null)
    {
        var finished = new List<WorkRequestRecord>();
        var clock = testClock ?? new TestClock();
        var unfinished = await WorkRequestWaiter.WaitAsync(read, new[] { Id }, pollInterval, timeout, 4,
            (request, _) =>
            {
                lock (finished)
                {
                    finished.Add(request);
                }
                return Task.CompletedTask;
            },
            null, (_, e) => throw new Xunit.Sdk.XunitException("unexpected read error: " + e.Message), clock, CancellationToken.None);
        return (unfinished, finished, clock.Elapsed);
    }

    [Fact]
    public async Task A_poll_interval_longer_than_the_timeout_still_looks_once_at_the_deadline()
    {
        // Before: the first round saw IN_PROGRESS, the next poll (10 s) was past the 0.3 s deadline, so it gave up at once.
        var (read, reads) = FinishingOnRead(1);

        var (unfinished, finished, elapsed) = await WaitAsync(read, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));

        Assert.Empty(unfinished);
        Assert.Single(finished);
        Assert.Equal(2, reads());
        Assert.Equal(TimeSpan.FromMilliseconds(300), elapsed);
    }

    [Fact]
    public async Task Work_that_finishes_between_the_last_full_interval_and_the_deadline_is_seen_finished()
    {
        // Reads at 0 and 0.4 s see IN_PROGRESS; the one at the deadline (0.6 s) sees SUCCEEDED. Before, the waiter
        // stopped after 0.4 s because the next full interval (0.8 s) would pass the deadline.
        var (read, reads) = FinishingOnRead(2);

        var clock = new TestClock();

        var (unfinished, finished, _) = await WaitAsync(read, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(600), clock);

        Assert.Empty(unfinished);
        Assert.Single(finished);
        Assert.Equal(3, reads());
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(200) }, clock.Sleeps);
    }

    [Fact]
    public async Task A_round_that_begins_past_the_deadline_is_the_last_look()
    {
        // A busy machine wakes 250 ms late: the second read happens at 0.65 s, past the 0.6 s deadline, and is the last.
        var (read, reads) = FinishingOnRead(2);

        var (unfinished, finished, elapsed) = await WaitAsync(read, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(600),
            new TestClock { Oversleep = TimeSpan.FromMilliseconds(250) });

        Assert.Equal(new[] { Id }, unfinished);
        Assert.Empty(finished);
        Assert.Equal(2, reads());
        Assert.Equal(TimeSpan.FromMilliseconds(650), elapsed);
    }

    [Fact]
    public async Task Work_still_running_at_the_deadline_is_returned_unfinished_after_the_whole_timeout()
    {
        var (read, _) = FinishingOnRead(int.MaxValue);

        var (unfinished, finished, elapsed) = await WaitAsync(read, TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(500));

        Assert.Equal(new[] { Id }, unfinished);
        Assert.Empty(finished);
        Assert.Equal(TimeSpan.FromMilliseconds(500), elapsed);
    }

    [Fact]
    public async Task Without_a_timeout_it_waits_until_the_work_finishes()
    {
        var (read, reads) = FinishingOnRead(3);

        var (unfinished, finished, _) = await WaitAsync(read, TimeSpan.FromMilliseconds(20), null);

        Assert.Empty(unfinished);
        Assert.Single(finished);
        Assert.Equal(4, reads());
    }
}

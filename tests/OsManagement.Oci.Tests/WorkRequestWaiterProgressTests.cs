using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests;

/// <summary>
/// What a wait for several work requests reports after each poll round (the progress bar of every -Wait): how many
/// finished and failed, the mean percent complete, each request counted once, one that cannot be read reported once.
/// </summary>
public sealed class WorkRequestWaiterProgressTests
{
    private sealed class InstantClock : WorkRequestWaiter.IWaitClock
    {
        public TimeSpan Elapsed { get; private set; }

        public List<TimeSpan> Sleeps { get; } = new();

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            Sleeps.Add(delay);
            Elapsed += delay;
            return Task.CompletedTask;
        }
    }

    private static WorkRequestRecord Record(string id, WorkRequestStatus status, float? percent) => new()
    {
        Id = id,
        Status = new Reported<WorkRequestStatus>(status, status.ToString().ToUpperInvariant()),
        PercentComplete = percent,
    };

    [Fact]
    public async Task Each_round_reports_finished_failed_and_the_mean_percent_of_every_request()
    {
        var reads = new Dictionary<string, int>();
        Task<WorkRequestRecord> Read(string id, CancellationToken _)
        {
            int n;
            lock (reads)
            {
                n = reads[id] = reads.GetValueOrDefault(id) + 1;
            }
            return id switch
            {
                // Running at 40% on the first look, SUCCEEDED on the second.
                "slow" => Task.FromResult(n == 1 ? Record(id, WorkRequestStatus.InProgress, 40) : Record(id, WorkRequestStatus.Succeeded, 100)),
                // FAILED at once, saying 30% (a failed request counts as done for the mean).
                "bad" => Task.FromResult(Record(id, WorkRequestStatus.Failed, 30)),
                // A percent the service left out counts as 0 until the request is final.
                "quiet" => Task.FromResult(n == 1 ? Record(id, WorkRequestStatus.Accepted, null) : Record(id, WorkRequestStatus.Canceled, null)),
                _ => throw new InvalidOperationException("not found"),
            };
        }

        var rounds = new List<(int Total, int Finished, int Failed, float Percent)>();
        var finished = new List<string>();
        var errors = new List<string>();
        var clock = new InstantClock();

        var unfinished = await WorkRequestWaiter.WaitAsync(Read, new[] { "slow", "bad", "gone", "slow", "quiet" }, TimeSpan.FromSeconds(5), null, 2,
            (request, _) =>
            {
                lock (finished)
                {
                    finished.Add(request.Id);
                }
                return Task.CompletedTask;
            },
            p => rounds.Add((p.Total, p.Finished, p.Failed, p.PercentComplete)),
            (id, _) => errors.Add(id), clock, CancellationToken.None);

        Assert.Empty(unfinished);
        Assert.Equal(new[] { "gone" }, errors);
        Assert.Equal(new[] { "bad", "quiet", "slow" }, finished.OrderBy(id => id));
        Assert.Equal(new[] { 1, 2 }, new[] { reads["bad"], reads["slow"] });
        // Round 1: bad is final (100), slow 40, quiet and gone 0. Round 2: slow and quiet are final.
        Assert.Equal(2, rounds.Count);
        Assert.Equal((4, 1, 1), (rounds[0].Total, rounds[0].Finished, rounds[0].Failed));
        Assert.Equal(35f, rounds[0].Percent, 3);
        Assert.Equal((4, 3, 2), (rounds[1].Total, rounds[1].Finished, rounds[1].Failed));
        Assert.Equal(75f, rounds[1].Percent, 3);
        Assert.Equal(new[] { TimeSpan.FromSeconds(5) }, clock.Sleeps);
    }

    [Fact]
    public async Task Nothing_to_wait_for_is_no_read_and_no_progress()
    {
        var progress = 0;
        var unfinished = await WorkRequestWaiter.WaitAsync((_, _) => throw new InvalidOperationException("no read expected"),
            Array.Empty<string>(), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 2, (_, _) => Task.CompletedTask,
            _ => progress++, (_, e) => throw e, new InstantClock(), CancellationToken.None);
        Assert.Empty(unfinished);
        Assert.Equal(0, progress);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>How far a wait for many work requests has come.</summary>
public sealed class WorkRequestWaitProgress
{
    public int Total { get; set; }
    public int Finished { get; set; }
    public int Failed { get; set; }

    /// <summary>Mean percentComplete over all of them.</summary>
    public float PercentComplete { get; set; }
}

/// <summary>Polls work requests until each reaches a final state, or a deadline passes.</summary>
public static class WorkRequestWaiter
{
    private static bool IsFinal(WorkRequestRecord request) => request.Status.Value?.IsFinal() ?? false;

    /// <summary>
    /// Waits for every work request. Each one reaching a final state goes to <paramref name="onFinished"/> as soon
    /// as it is seen; progress after every poll round. Returns the ids still unfinished when the timeout passed
    /// (empty when all finished). Polls at most <paramref name="throttleLimit"/> at once.
    /// </summary>
    public static Task<IReadOnlyList<string>> WaitAsync(IOsmService service, IEnumerable<string> workRequestIds,
        TimeSpan pollInterval, TimeSpan? timeout, int throttleLimit, Func<WorkRequestRecord, CancellationToken, Task> onFinished,
        Action<WorkRequestWaitProgress>? onProgress, Action<string, Exception> onError, CancellationToken cancellationToken) =>
        WaitAsync(service.GetWorkRequestAsync, workRequestIds, pollInterval, timeout, throttleLimit, onFinished, onProgress, onError, cancellationToken);

    /// <summary>
    /// Like the overload above, reading each work request with <paramref name="read"/>. The last poll happens at
    /// the deadline, never before it: a work request that finishes within the timeout is seen finished, however the
    /// timeout and the poll interval compare (a poll interval longer than the timeout just means one poll at the end).
    /// </summary>
    public static Task<IReadOnlyList<string>> WaitAsync(Func<string, CancellationToken, Task<WorkRequestRecord>> read,
        IEnumerable<string> workRequestIds, TimeSpan pollInterval, TimeSpan? timeout, int throttleLimit,
        Func<WorkRequestRecord, CancellationToken, Task> onFinished, Action<WorkRequestWaitProgress>? onProgress,
        Action<string, Exception> onError, CancellationToken cancellationToken) =>
        WaitAsync(read, workRequestIds, pollInterval, timeout, throttleLimit, onFinished, onProgress, onError, new WallClock(), cancellationToken);

    /// <summary>The time a wait goes by: how long since it began, and sleeping (tests give a clock of their own).</summary>
    internal interface IWaitClock
    {
        TimeSpan Elapsed { get; }

        Task Delay(TimeSpan delay, CancellationToken cancellationToken);
    }

    internal sealed class WallClock : IWaitClock
    {
        private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

        public TimeSpan Elapsed => _watch.Elapsed;

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
    }

    internal static async Task<IReadOnlyList<string>> WaitAsync(Func<string, CancellationToken, Task<WorkRequestRecord>> read,
        IEnumerable<string> workRequestIds, TimeSpan pollInterval, TimeSpan? timeout, int throttleLimit,
        Func<WorkRequestRecord, CancellationToken, Task> onFinished, Action<WorkRequestWaitProgress>? onProgress,
        Action<string, Exception> onError, IWaitClock clock, CancellationToken cancellationToken)
    {
        var pending = workRequestIds.Distinct(StringComparer.Ordinal).ToList();
        var percent = pending.ToDictionary(id => id, _ => 0f, StringComparer.Ordinal);
        var progress = new WorkRequestWaitProgress { Total = pending.Count };
        var fanOut = new FanOut(throttleLimit);

        while (pending.Count > 0)
        {
            var roundStarted = clock.Elapsed;
            var finishedNow = new List<string>();
            await foreach (var polled in fanOut.ReadEach(pending, read, cancellationToken).ConfigureAwait(false))
            {
                if (!polled.Succeeded)
                {
                    // A work request that cannot be read is reported once and no longer waited for.
                    finishedNow.Add(polled.Target);
                    onError(polled.Target, polled.Error!);
                    continue;
                }
                var request = polled.Value;
                percent[polled.Target] = request.PercentComplete ?? 0;
                if (IsFinal(request))
                {
                    percent[polled.Target] = 100;
                    finishedNow.Add(polled.Target);
                    progress.Finished++;
                    if (!request.Status.Is(WorkRequestStatus.Succeeded))
                    {
                        progress.Failed++;
                    }
                    await onFinished(request, cancellationToken).ConfigureAwait(false);
                }
            }

            pending.RemoveAll(finishedNow.Contains);
            progress.PercentComplete = percent.Values.Sum() / Math.Max(1, percent.Count);
            onProgress?.Invoke(progress);
            if (pending.Count == 0)
            {
                break;
            }
            var delay = pollInterval;
            if (timeout is not null)
            {
                // This round began at or after the deadline: it was the last look. Otherwise sleep no further than
                // the deadline, so one more round looks at what is true then.
                var left = timeout.Value - roundStarted;
                if (left <= TimeSpan.Zero)
                {
                    return pending;
                }
                var untilDeadline = timeout.Value - clock.Elapsed;
                delay = untilDeadline < delay ? untilDeadline : delay;
            }
            if (delay > TimeSpan.Zero)
            {
                await clock.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
        return Array.Empty<string>();
    }
}

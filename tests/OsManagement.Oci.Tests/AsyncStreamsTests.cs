using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests;

public sealed class AsyncStreamsTests
{
    [Fact]
    public async Task MapConcurrent_keeps_the_items_order_when_later_calls_finish_first()
    {
        // Earlier items take longer, so their calls finish last.
        var results = await AsyncStreams.CollectAsync(Enumerable.Range(0, 12).AsStream()
            .MapConcurrent(4, async (i, t) =>
            {
                await Task.Delay((12 - i) * 5, t);
                return i * 10;
            }), CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => i * 10), results);
    }

    [Fact]
    public async Task MapConcurrent_runs_up_to_the_limit_at_once_and_never_more()
    {
        var running = 0;
        var highest = 0;
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new List<int>();
        var consumer = AsyncStreams.CollectAsync(Enumerable.Range(0, 10).AsStream()
            .MapConcurrent(3, async (i, t) =>
            {
                lock (started)
                {
                    started.Add(i);
                }
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref highest, now);
                await release.Task;
                Interlocked.Decrement(ref running);
                return i;
            }), CancellationToken.None);

        await WaitUntil(() => { lock (started) { return started.Count == 3; } });
        await Task.Delay(50);
        lock (started)
        {
            Assert.Equal(3, started.Count);
        }
        release.SetResult(true);

        Assert.Equal(Enumerable.Range(0, 10), await consumer);
        Assert.Equal(3, highest);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}

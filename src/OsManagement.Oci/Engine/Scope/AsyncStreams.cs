using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>The few stream operators the engine needs (netstandard2.0 has no async LINQ).</summary>
public static class AsyncStreams
{
    /// <summary>The items that match.</summary>
    public static async IAsyncEnumerable<T> Filter<T>(this IAsyncEnumerable<T> items, Func<T, bool> predicate,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (predicate(item))
            {
                yield return item;
            }
        }
    }

    /// <summary>Each item mapped.</summary>
    public static async IAsyncEnumerable<TResult> Map<T, TResult>(this IAsyncEnumerable<T> items, Func<T, TResult> map,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return map(item);
        }
    }

    /// <summary>
    /// Each item mapped by an asynchronous call, the results in the items' order: at most <paramref name="window"/>
    /// calls are started and not yet taken, so later items' calls run while an earlier result waits to be taken.
    /// <paramref name="map"/> should handle its own failures; one that throws ends the stream when its result is reached.
    /// </summary>
    public static async IAsyncEnumerable<TResult> MapConcurrent<T, TResult>(this IAsyncEnumerable<T> items, int window,
        Func<T, CancellationToken, Task<TResult>> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = new Queue<Task<TResult>>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (started.Count >= Math.Max(1, window))
            {
                yield return await started.Dequeue().ConfigureAwait(false);
            }
            started.Enqueue(map(item, cancellationToken));
        }
        while (started.Count > 0)
        {
            yield return await started.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>A list as a stream.</summary>
    public static async IAsyncEnumerable<T> AsStream<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Collects a stream into a list.</summary>
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }
        return list;
    }
}

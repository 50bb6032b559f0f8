using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>The few stream operators the engine needs (netstandard2.0 has no async LINQ).</summary>
public static class AsyncStreams
{
    /// <summary>The streams of each source, one after another.</summary>
    public static async IAsyncEnumerable<T> SelectManyStream<TSource, T>(this IEnumerable<TSource> sources,
        Func<TSource, IAsyncEnumerable<T>> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            await foreach (var item in stream(source).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

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

    /// <summary>A list as a stream.</summary>
    public static async IAsyncEnumerable<T> AsStream<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>Runs independent pieces of work concurrently, at most a given number at a time.</summary>
public static class Throttled
{
    /// <summary>
    /// Runs <paramref name="body"/> for every item, at most <paramref name="limit"/> at once. A failing item does
    /// not stop the others: its exception goes to <paramref name="onError"/>. Cancellation stops everything.
    /// </summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, int limit, Func<T, CancellationToken, Task> body,
        Action<T, Exception> onError, CancellationToken cancellationToken) =>
        ForEachAsync(items.AsStream(), limit, body, onError, cancellationToken);

    /// <summary>Like ForEachAsync, for items that arrive as a stream (the next page loads while earlier items run).</summary>
    public static async Task ForEachAsync<T>(IAsyncEnumerable<T> items, int limit, Func<T, CancellationToken, Task> body,
        Action<T, Exception> onError, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, limit));
        var running = new List<Task>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            running.Add(RunOneAsync(item));
            running.RemoveAll(t => t.IsCompleted && !t.IsFaulted && !t.IsCanceled);
        }
        await Task.WhenAll(running).ConfigureAwait(false);

        async Task RunOneAsync(T item)
        {
            try
            {
                await body(item, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                onError(item, e);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Collects a stream into a list.</summary>
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }
        return list;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>What one region's part of a several-region command came to: its result, or why the region failed.</summary>
public sealed class RegionOutcome<T>
{
    internal RegionOutcome(string region, T value, Exception? error)
    {
        Region = region;
        Value = value;
        Error = error;
    }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>The region's result; default when it failed.</summary>
    public T Value { get; }

    /// <summary>Why the region failed (unreachable, not subscribed, not authenticated...); null when it did not.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the region's work completed.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// Runs a command's work in several regions side by side: at most <c>concurrency</c> regions at once (each region's own
/// requests bounded by the work itself), a region that fails is one outcome naming it while the others go on, and the
/// outcomes come back in the order the regions were given. Cancellation stops every region and is not a failure.
/// </summary>
public static class RegionRun
{
    /// <summary>Runs <paramref name="work"/> once per region.</summary>
    public static async Task<IReadOnlyList<RegionOutcome<T>>> EachAsync<T>(IReadOnlyList<string> regions, int concurrency,
        Func<string, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        var runs = regions.Select(async region =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return new RegionOutcome<T>(region, await work(region, cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                return new RegionOutcome<T>(region, default!, e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return await Task.WhenAll(runs).ConfigureAwait(false);
    }
}

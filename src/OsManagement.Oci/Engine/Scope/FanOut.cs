using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// "Every X in this scope (a compartment, its subtree, a group), read in full, at most N requests at a time": the one
/// fan-out behind the Get cmdlets, the completers and the compliance report.
/// </summary>
/// <remarks>
/// <para>
/// Order, the same everywhere: compartment by compartment in the order of the scope (the starting compartment, then
/// its ACTIVE subtree breadth-first with siblings by name), and in each compartment the service's own order (oldest
/// first); ids given by the caller keep the caller's order. Results stream in that order as soon as each is read.
/// </para>
/// <para>
/// Listings and reads share one gate of <see cref="ThrottleLimit"/> requests in flight. Reads start ahead of the one
/// being written (up to four times the limit are kept), so a slow read holds up the output, not the other requests.
/// A failure is an item of the stream (<see cref="Fetched{T}.Error"/>), naming what failed; the rest goes on.
/// </para>
/// <para>
/// A unit of work the fan-out runs may make several requests of its own at once (a compartment listed by several
/// advisory names, a job's targets named): <see cref="SpreadAsync"/> runs them on the unit's slot and on slots free at
/// the moment, never on more, so every concurrent request goes through the one gate.
/// </para>
/// </remarks>
public sealed class FanOut
{
    private const int ReadAhead = 4;

    /// <summary>How many requests run at once where no fan-out bounds them (one command's own reads).</summary>
    public const int DefaultThrottleLimit = 8;

    // The fan-out whose slot the running unit of work holds: set while a gated unit runs, and in what it starts.
    private static readonly AsyncLocal<FanOut?> Holder = new();

    // Never disposed: reads cancelled with their caller may still release it, and without a wait handle it holds nothing to free.
    private readonly SemaphoreSlim _gate;

    /// <summary>A fan-out with at most <paramref name="throttleLimit"/> requests in flight.</summary>
    public FanOut(int throttleLimit)
    {
        ThrottleLimit = Math.Max(1, throttleLimit);
        _gate = new SemaphoreSlim(ThrottleLimit);
    }

    /// <summary>Requests in flight at most.</summary>
    public int ThrottleLimit { get; }

    /// <summary>
    /// The compartments a listing covers: <paramref name="rootId"/> and, with <paramref name="recurse"/>, every ACTIVE
    /// compartment below it, in scope order.
    /// </summary>
    public async Task<IReadOnlyList<string>> CompartmentsAsync(IOsmService service, string rootId, bool recurse, CancellationToken cancellationToken)
    {
        var ids = new List<string> { rootId };
        if (recurse)
        {
            await foreach (var compartment in service.ListCompartmentsAsync(rootId, true, ThrottleLimit, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(compartment.Id);
            }
        }
        return ids;
    }

    /// <summary>
    /// Lists every compartment with <paramref name="list"/>, several at once, and yields their items in scope order.
    /// A compartment that cannot be listed yields one failure (its OCID as the target). <paramref name="onListed"/>
    /// hears of each compartment listed, with how many items it had.
    /// </summary>
    public async IAsyncEnumerable<Fetched<T>> ListEach<T>(IEnumerable<string> compartmentIds, Func<string, CancellationToken, IAsyncEnumerable<T>> list,
        [EnumeratorCancellation] CancellationToken cancellationToken, Action<string, int>? onListed = null)
    {
        var listings = compartmentIds.AsStream().MapConcurrent(ThrottleLimit, async (compartmentId, token) =>
        {
            var items = await GatedAsync(compartmentId, t => list(compartmentId, t).CollectAsync(t), token).ConfigureAwait(false);
            onListed?.Invoke(compartmentId, items.Succeeded ? items.Value.Count : 0);
            return items;
        }, cancellationToken);
        await foreach (var listing in listings.ConfigureAwait(false))
        {
            if (!listing.Succeeded)
            {
                yield return listing.AsFailure<T>();
                continue;
            }
            foreach (var item in listing.Value)
            {
                yield return Fetched<T>.Of(listing.Target, item);
            }
        }
    }

    /// <summary>
    /// Reads each item with <paramref name="read"/>, several at once, yielding the results in the items' order. A
    /// failure among the items passes through as it is; <paramref name="targetOf"/> names an item in a failure of its read.
    /// </summary>
    public IAsyncEnumerable<Fetched<TOut>> ReadEach<TIn, TOut>(IAsyncEnumerable<Fetched<TIn>> items, Func<TIn, string> targetOf,
        Func<TIn, CancellationToken, Task<TOut>> read, CancellationToken cancellationToken) =>
        items.MapConcurrent(ThrottleLimit * ReadAhead, (item, token) => item.Succeeded
            ? GatedAsync(targetOf(item.Value), t => read(item.Value, t), token)
            : Task.FromResult(item.AsFailure<TOut>()), cancellationToken);

    /// <summary>Reads each OCID with <paramref name="read"/>, several at once, yielding the results in the OCIDs' order.</summary>
    public IAsyncEnumerable<Fetched<TOut>> ReadEach<TOut>(IEnumerable<string> ids, Func<string, CancellationToken, Task<TOut>> read,
        CancellationToken cancellationToken) =>
        ReadEach(ids.Select(id => Fetched<string>.Of(id, id)).AsStream(), id => id, read, cancellationToken);

    /// <summary>
    /// Every resource listed in the compartments, kept by <paramref name="keep"/>, read in full by its OCID: the whole
    /// fan-out of a Get cmdlet, in scope order.
    /// </summary>
    public IAsyncEnumerable<Fetched<T>> ReadInScope<TListed, T>(IEnumerable<string> compartmentIds,
        Func<string, CancellationToken, IAsyncEnumerable<TListed>> list, Func<TListed, bool> keep, Func<TListed, string> idOf,
        Func<string, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        ReadEach(ListEach(compartmentIds, list, cancellationToken).Filter(f => !f.Succeeded || keep(f.Value), cancellationToken),
            idOf, (listed, token) => read(idOf(listed), token), cancellationToken);

    /// <summary>
    /// Runs <paramref name="calls"/> at once within the one gate. Inside a unit of work a fan-out runs (a listing or a
    /// read), they run on that unit's slot one after another and on any other slot free at the moment, so the fan-out's
    /// limit is never passed and a unit never waits for a slot another unit holds. Outside any fan-out, at most
    /// <see cref="DefaultThrottleLimit"/> run at a time. The results are in the calls' order.
    /// </summary>
    public static async Task<IReadOnlyList<T>> SpreadAsync<T>(IReadOnlyList<Func<CancellationToken, Task<T>>> calls, CancellationToken cancellationToken)
    {
        var results = new T[calls.Count];
        var next = -1;
        async Task Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls.Count)
            {
                results[i] = await calls[i](cancellationToken).ConfigureAwait(false);
            }
        }
        if (Holder.Value is { } holder)
        {
            // The unit's own slot works through the calls; each slot free now takes a share, and is given back after.
            var workers = new List<Task> { Work() };
            while (workers.Count < calls.Count && holder._gate.Wait(0))
            {
                workers.Add(holder.OnSlotAsync(Work));
            }
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        else
        {
            var own = new FanOut(DefaultThrottleLimit);
            await Task.WhenAll(Enumerable.Range(0, Math.Min(calls.Count, own.ThrottleLimit)).Select(async _ =>
            {
                await own._gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                await own.OnSlotAsync(Work).ConfigureAwait(false);
            })).ConfigureAwait(false);
        }
        return results;
    }

    /// <summary>As <see cref="SpreadAsync{T}"/>, for calls that give nothing back.</summary>
    public static Task SpreadAsync(IReadOnlyList<Func<CancellationToken, Task>> calls, CancellationToken cancellationToken) =>
        SpreadAsync(calls.Select(call => (Func<CancellationToken, Task<bool>>)(async t =>
        {
            await call(t).ConfigureAwait(false);
            return true;
        })).ToList(), cancellationToken);

    // Runs work on a slot already taken, with this fan-out as the holder of what it starts, and gives the slot back.
    private async Task OnSlotAsync(Func<Task> work)
    {
        Holder.Value = this;
        try
        {
            await work().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // One unit of work under the gate; its failure (not a cancellation of the whole) becomes the result.
    private async Task<Fetched<T>> GatedAsync<T>(string target, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        Holder.Value = this;
        try
        {
            return Fetched<T>.Of(target, await work(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return Fetched<T>.Failed(target, e);
        }
        finally
        {
            _gate.Release();
        }
    }
}

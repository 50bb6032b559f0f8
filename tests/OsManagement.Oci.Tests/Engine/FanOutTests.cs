using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>The one fan-out: every item of a scope, read in full, in one documented order, at most N requests at a time.</summary>
public sealed class FanOutTests
{
    // Counts requests in flight and remembers the most seen at once.
    private sealed class InFlight
    {
        private int _now;
        private int _most;

        public int Most => Volatile.Read(ref _most);

        public async Task<T> Run<T>(Func<Task<T>> work)
        {
            var now = Interlocked.Increment(ref _now);
            int most;
            while (now > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, most) != most)
            {
            }
            try
            {
                return await work();
            }
            finally
            {
                Interlocked.Decrement(ref _now);
            }
        }
    }

    private static async IAsyncEnumerable<string> Listing(InFlight flight, string compartment, int count, int delayMs,
        [EnumeratorCancellation] CancellationToken token = default)
    {
        // One request for the whole listing, as a page would be.
        var items = await flight.Run(async () =>
        {
            await Task.Delay(delayMs, token);
            return Enumerable.Range(0, count).Select(i => $"{compartment}-{i}").ToList();
        });
        foreach (var item in items)
        {
            yield return item;
        }
    }

    [Fact]
    public async Task Items_come_compartment_by_compartment_in_scope_order_whatever_order_the_requests_finish_in()
    {
        var flight = new InFlight();
        var fanOut = new FanOut(4);
        var compartments = new[] { "a", "b", "c", "d", "e" };
        // Earlier compartments and items answer slower, so they finish last.
        var results = await fanOut.ReadInScope(compartments,
                (c, t) => Listing(flight, c, 3, (5 - Array.IndexOf(compartments, c)) * 15, t),
                item => !item.EndsWith("-1", StringComparison.Ordinal), item => item,
                (id, t) => flight.Run(async () => { await Task.Delay(id.StartsWith("a", StringComparison.Ordinal) ? 40 : 1, t); return id.ToUpperInvariant(); }),
                CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "A-0", "A-2", "B-0", "B-2", "C-0", "C-2", "D-0", "D-2", "E-0", "E-2" }, results.Select(r => r.Value));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.InRange(flight.Most, 2, 4);
    }

    [Fact]
    public async Task Listings_and_reads_together_never_have_more_requests_in_flight_than_the_limit()
    {
        var flight = new InFlight();
        var fanOut = new FanOut(3);
        var compartments = Enumerable.Range(0, 10).Select(i => $"c{i}").ToList();
        var results = await fanOut.ReadInScope(compartments, (c, t) => Listing(flight, c, 5, 5, t), _ => true, id => id,
                (id, t) => flight.Run(async () => { await Task.Delay(5, t); return id; }), CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        Assert.Equal(50, results.Count);
        Assert.Equal(3, flight.Most);
    }

    [Fact]
    public async Task A_failure_is_an_item_that_names_what_failed_and_the_rest_goes_on()
    {
        var fanOut = new FanOut(2);
        var results = await fanOut.ReadInScope(new[] { "ok", "denied", "also" },
                (c, t) => c == "denied" ? Throwing(t) : new[] { c + "-1", c + "-2" }.AsStream(), _ => true, id => id,
                (id, _) => id == "ok-2" ? Task.FromException<string>(new InvalidOperationException("gone")) : Task.FromResult(id),
                CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { "ok-1", "ok-2", "denied", "also-1", "also-2" }, results.Select(r => r.Target));
        Assert.Equal(new[] { true, false, false, true, true }, results.Select(r => r.Succeeded));
        Assert.Equal("gone", results[1].Error!.Message);
        Assert.IsType<ResourceNotFoundException>(results[2].Error);
    }

    [Fact]
    public async Task Ids_given_are_read_concurrently_up_to_the_limit_and_come_in_the_order_given()
    {
        var flight = new InFlight();
        var ids = Enumerable.Range(0, 20).Select(i => $"id{i}").ToList();
        var results = await new FanOut(5).ReadEach(ids, (id, t) => flight.Run(async () =>
            {
                await Task.Delay(20 - ids.IndexOf(id), t);
                return id;
            }), CancellationToken.None)
            .CollectAsync(CancellationToken.None);

        Assert.Equal(ids, results.Select(r => r.Value));
        Assert.Equal(5, flight.Most);
    }

    [Fact]
    public async Task Compartments_hears_of_each_listing_with_its_count()
    {
        var heard = new List<(string, int)>();
        await new FanOut(1).ListEach(new[] { "x", "y" }, (c, _) => Enumerable.Range(0, c == "x" ? 2 : 3).Select(i => i.ToString()).AsStream(),
            CancellationToken.None, (c, n) => { lock (heard) { heard.Add((c, n)); } }).CollectAsync(CancellationToken.None);

        Assert.Equal(new[] { ("x", 2), ("y", 3) }, heard);
    }

    private static async IAsyncEnumerable<string> Throwing([EnumeratorCancellation] CancellationToken token = default)
    {
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        throw new ResourceNotFoundException("NotAuthorizedOrNotFound", "no", "NotAuthorizedOrNotFound (404): no", "r", null);
#pragma warning disable CS0162
        yield break;
#pragma warning restore CS0162
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Requests_a_unit_spreads_run_on_its_slot_and_free_ones_never_past_the_limit(int limit)
    {
        var flight = new InFlight();
        var fanOut = new FanOut(limit);
        var compartments = Enumerable.Range(0, 6).Select(i => $"c{i}").ToList();
        // Each compartment's listing makes five requests of its own at once, as Hub lists a compartment by advisory names.
        async IAsyncEnumerable<int> Spread(string compartment, [EnumeratorCancellation] CancellationToken token)
        {
            var counts = await FanOut.SpreadAsync(Enumerable.Range(0, 5).Select(n => (Func<CancellationToken, Task<int>>)(t =>
                flight.Run(async () => { await Task.Delay(5, t); return n; }))).ToList(), token);
            foreach (var count in counts)
            {
                yield return count;
            }
        }

        var results = await fanOut.ListEach(compartments, Spread, CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(compartments.SelectMany(_ => Enumerable.Range(0, 5)), results.Select(r => r.Value));
        Assert.InRange(flight.Most, 1, limit);
    }

    [Fact]
    public async Task Requests_spread_outside_any_fan_out_run_at_most_the_default_limit_at_once()
    {
        var flight = new InFlight();

        var results = await FanOut.SpreadAsync(Enumerable.Range(0, 40).Select(n => (Func<CancellationToken, Task<int>>)(t =>
            flight.Run(async () => { await Task.Delay(5, t); return n; }))).ToList(), CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 40), results);
        Assert.InRange(flight.Most, 2, FanOut.DefaultThrottleLimit);
    }
}

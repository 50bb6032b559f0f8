using System.Collections.Concurrent;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>Counts API requests: in total, per operation name, and injected faults per kind.</summary>
internal sealed class ApiStats
{
    private readonly ConcurrentDictionary<string, long> _byOperation = new();
    private readonly ConcurrentDictionary<string, long> _faults = new();
    private long _total;

    public void CountRequest(string? operation)
    {
        Interlocked.Increment(ref _total);
        if (operation is not null)
        {
            _byOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
        }
    }

    public void CountFault(string kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        _byOperation.Clear();
        _faults.Clear();
    }

    /// <summary>The JSON shape of <c>GET /_emulator/stats</c>.</summary>
    public StatsSnapshot Snapshot() => new(
        Interlocked.Read(ref _total),
        new SortedDictionary<string, long>(_byOperation.ToDictionary(p => p.Key, p => p.Value)),
        new SortedDictionary<string, long>(_faults.ToDictionary(p => p.Key, p => p.Value)));
}

/// <summary>Counters at one moment.</summary>
internal sealed record StatsSnapshot(long Total, SortedDictionary<string, long> ByOperation, SortedDictionary<string, long> Faults);

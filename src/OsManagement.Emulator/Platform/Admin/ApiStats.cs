using System.Collections.Concurrent;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// Counts API requests: in total, per operation name, injected faults per kind, and per operation the requests refused
/// because they are not what Oracle's SDK declares.
/// </summary>
internal sealed class ApiStats
{
    private readonly ConcurrentDictionary<string, long> _byOperation = new();
    private readonly ConcurrentDictionary<string, long> _faults = new();
    private readonly ConcurrentDictionary<string, long> _refused = new();
    private long _total;
    private long _throttled;

    public void CountRequest(string? operation)
    {
        Interlocked.Increment(ref _total);
        if (operation is not null)
        {
            _byOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
        }
    }

    public void CountFault(string kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);

    /// <summary>A request answered 429 by <c>--rate-limit</c>.</summary>
    public void CountThrottled() => Interlocked.Increment(ref _throttled);

    public void CountRefusal(string operation) => _refused.AddOrUpdate(operation, 1, (_, n) => n + 1);

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _throttled, 0);
        _byOperation.Clear();
        _faults.Clear();
        _refused.Clear();
    }

    /// <summary>The JSON shape of <c>GET /_emulator/stats</c>.</summary>
    public StatsSnapshot Snapshot() => new(
        Interlocked.Read(ref _total),
        new SortedDictionary<string, long>(_byOperation.ToDictionary(p => p.Key, p => p.Value)),
        new SortedDictionary<string, long>(_faults.ToDictionary(p => p.Key, p => p.Value)),
        new SortedDictionary<string, long>(_refused.ToDictionary(p => p.Key, p => p.Value)),
        Interlocked.Read(ref _throttled));
}

/// <summary>Counters at one moment.</summary>
internal sealed record StatsSnapshot(long Total, SortedDictionary<string, long> ByOperation, SortedDictionary<string, long> Faults,
    SortedDictionary<string, long> Refused, long Throttled);

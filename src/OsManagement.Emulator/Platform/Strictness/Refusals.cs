using System.Collections.Concurrent;

namespace OsManagement.Emulator.Platform.Strictness;

/// <summary>
/// The requests refused because they are not what Oracle's SDK declares (<see cref="RequestChecker"/>), kept since start
/// (a stats reset leaves them), so a test can say at its end that the client under test sent nothing the service would
/// refuse: <c>GET /_emulator/refusals</c>, cleared by <c>DELETE /_emulator/refusals</c>.
/// </summary>
internal sealed class Refusals
{
    /// <summary>How many refusals are kept in full (the count goes on).</summary>
    public const int Kept = 50;

    private readonly ConcurrentQueue<Refusal> _recent = new();
    private long _total;

    public void Add(string operation, string method, string target, OciException error)
    {
        Interlocked.Increment(ref _total);
        _recent.Enqueue(new Refusal(operation, method, target, error.Status, error.Code, error.Message));
        while (_recent.Count > Kept && _recent.TryDequeue(out _))
        {
        }
    }

    public void Clear()
    {
        Interlocked.Exchange(ref _total, 0);
        _recent.Clear();
    }

    /// <summary>The JSON shape of <c>GET /_emulator/refusals</c>.</summary>
    public RefusalsSnapshot Snapshot() => new(Interlocked.Read(ref _total), _recent.ToList());
}

/// <summary>One refused request: its operation, method and path with query, and the error it got.</summary>
internal sealed record Refusal(string Operation, string Method, string Target, int Status, string Code, string Message);

/// <summary>How many requests were refused, and the last <see cref="Refusals.Kept"/> of them.</summary>
internal sealed record RefusalsSnapshot(long Total, IReadOnlyList<Refusal> Recent);

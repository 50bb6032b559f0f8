using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Tests.Support;

/// <summary>A clock for the adaptive rate limiter that moves only when told to, or by the waits asked of it (at once).</summary>
internal sealed class ManualRateLimiterClock : IRateLimiterClock
{
    private readonly List<TimeSpan> _waits = new();

    public double Now { get; private set; } = 1000;

    /// <summary>Every wait asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return _waits.ToArray();
            }
        }
    }

    public void Advance(TimeSpan by) => Now += by.TotalSeconds;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_waits)
        {
            _waits.Add(delay);
            Now += delay.TotalSeconds;
        }
        return Task.CompletedTask;
    }
}

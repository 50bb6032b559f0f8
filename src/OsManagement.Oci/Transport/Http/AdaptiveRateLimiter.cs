using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Http;

/// <summary>
/// Slows a connection's requests down when the service throttles them (429) and lets them climb back, as the AWS SDKs'
/// adaptive retry mode does: a client-side token bucket, off until the first 429, whose rate is cut to 70% of what the
/// service was seen to accept (successful answers in the last second) on a throttle and then grows back along a cubic
/// curve (CUBIC, as TCP's congestion control), never above twice that measured rate. One limiter is shared by every
/// request of a pipeline, so concurrent requests (a report's fan-out) slow down together. A throttle only cuts the rate
/// once per round: a 429 to a request sent before the last cut says nothing about the new rate.
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    /// <summary>The cut on a throttle (AWS: 0.7).</summary>
    internal const double Beta = 0.7;

    /// <summary>CUBIC's scale (AWS: 0.4): how fast the rate grows back.</summary>
    internal const double Scale = 0.4;

    /// <summary>The slowest it goes, in requests per second (AWS: 0.5).</summary>
    internal const double MinRate = 0.5;

    /// <summary>The longest a waiter sleeps before it looks at the rate again.</summary>
    internal static readonly TimeSpan MaxNap = TimeSpan.FromMilliseconds(250);

    /// <summary>The shortest sleep: a wait below a clock's tick would not move the clock and the waiter would spin.</summary>
    internal static readonly TimeSpan MinNap = TimeSpan.FromMilliseconds(1);

    /// <summary>Over how long successful answers are counted to measure what the service accepts.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly IRateLimiterClock _clock;
    private readonly Queue<double> _successes = new();
    private bool _enabled;
    private double _rate;
    private double _tokens;
    private double _lastRefill;
    private double _lastCut = double.NegativeInfinity;
    private double _wMax;
    private double _k;

    public AdaptiveRateLimiter(IRateLimiterClock? clock = null) => _clock = clock ?? SystemRateLimiterClock.Instance;

    /// <summary>Whether a throttle has switched the limiter on.</summary>
    public bool IsLimiting
    {
        get
        {
            lock (_gate)
            {
                return _enabled;
            }
        }
    }

    /// <summary>Requests per second it lets through now (infinite until the first throttle).</summary>
    public double Rate
    {
        get
        {
            lock (_gate)
            {
                return _enabled ? _rate : double.PositiveInfinity;
            }
        }
    }

    /// <summary>
    /// Waits, when limiting, until a request may be sent, and returns the moment it may be, which the caller gives back
    /// to <see cref="OnResponse"/>. A waiter looks again at least every <see cref="MaxNap"/>, so a rate that climbs
    /// while it waits lets it go sooner (a turn reserved at a low rate would keep it waiting long after the rate rose).
    /// </summary>
    public async Task<double> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _clock.Now;
                if (!_enabled)
                {
                    return now;
                }
                Refill(now);
                // (A token that is one but for rounding is one.)
                if (_tokens >= 1 - 1e-6)
                {
                    _tokens -= 1;
                    return now;
                }
                // Rounded up to the clock's tick, so the wait is never a hair short of the token.
                var seconds = Math.Max(MinNap.TotalSeconds, Math.Min((1 - _tokens) / _rate, MaxNap.TotalSeconds));
                wait = TimeSpan.FromTicks((long)Math.Ceiling(seconds * TimeSpan.TicksPerSecond));
            }
            await _clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Learns from an answer to a request sent at <paramref name="sentAt"/>: throttled (429) or not.</summary>
    public void OnResponse(double sentAt, bool throttled)
    {
        lock (_gate)
        {
            var now = _clock.Now;
            if (!throttled)
            {
                _successes.Enqueue(now);
            }
            while (_successes.Count > 0 && _successes.Peek() <= now - Window.TotalSeconds)
            {
                _successes.Dequeue();
            }
            var measured = Math.Max(MinRate, _successes.Count / Window.TotalSeconds);
            if (throttled)
            {
                if (_enabled && sentAt < _lastCut)
                {
                    return;
                }
                // What the service accepted, or less if we were already sending slower.
                _wMax = _enabled ? Math.Min(measured, _rate) : measured;
                _k = Math.Pow(_wMax * (1 - Beta) / Scale, 1.0 / 3);
                _lastCut = now;
                if (!_enabled)
                {
                    _enabled = true;
                    _lastRefill = now;
                    _tokens = 0;
                }
                Refill(now);
                _rate = Math.Max(MinRate, _wMax * Beta);
                _tokens = Math.Min(_tokens, Capacity);
                return;
            }
            if (_enabled)
            {
                Refill(now);
                var dt = now - _lastCut;
                var cubic = Scale * Math.Pow(dt - _k, 3) + _wMax;
                _rate = Math.Max(MinRate, Math.Min(cubic, 2 * measured));
                _tokens = Math.Min(_tokens, Capacity);
            }
        }
    }

    /// <summary>At most one second's worth of requests (at least one) may go at once.</summary>
    private double Capacity => Math.Max(1, _rate);

    private void Refill(double now)
    {
        if (now > _lastRefill)
        {
            _tokens = Math.Min(Capacity, _tokens + (now - _lastRefill) * _rate);
            _lastRefill = now;
        }
    }
}

/// <summary>The clock an <see cref="AdaptiveRateLimiter"/> reads and waits on (a test's own, in xunit).</summary>
internal interface IRateLimiterClock
{
    /// <summary>Seconds since some fixed moment, never going back.</summary>
    double Now { get; }

    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>The monotonic clock and real waits.</summary>
internal sealed class SystemRateLimiterClock : IRateLimiterClock
{
    public static readonly SystemRateLimiterClock Instance = new();

    public double Now => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}

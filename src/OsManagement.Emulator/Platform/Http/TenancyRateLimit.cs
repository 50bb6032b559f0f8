namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// <c>--rate-limit N</c>: the tenancy may send N API requests a second, as a token bucket that holds one second's worth
/// (at least one request), so a short burst passes and a steady stream above N is answered 429 <c>TooManyRequests</c>
/// with <c>Retry-After</c> (whole seconds until a request would pass, at least 1). Real time, not the virtual clock:
/// it limits what clients send, not what the fleet does.
/// </summary>
internal sealed class TenancyRateLimit
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly double _capacity;
    private double _tokens;
    private long _last;

    /// <param name="perSecond">Requests a second, more than 0.</param>
    /// <param name="time">The clock the bucket refills by.</param>
    public TenancyRateLimit(double perSecond, TimeProvider time)
    {
        PerSecond = perSecond;
        _time = time;
        _capacity = Math.Max(1, perSecond);
        _tokens = _capacity;
        _last = time.GetTimestamp();
    }

    public double PerSecond { get; }

    /// <summary>Takes a request's token; when there is none, says how long until there is one.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + _time.GetElapsedTime(_last, now).TotalSeconds * PerSecond);
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / PerSecond);
            return false;
        }
    }

    /// <summary>The <c>Retry-After</c> value for a wait: whole seconds, rounded up, at least 1 (HTTP's delay-seconds).</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

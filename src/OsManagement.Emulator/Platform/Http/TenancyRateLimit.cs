namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// <c>--rate-limit N</c> (or <c>POST /_emulator/rate-limit?perSecond=N</c>): the tenancy may send N API requests a
/// second, as a token bucket that holds one second's worth (at least one request), so a short burst passes and a steady
/// stream above N is answered 429 <c>TooManyRequests</c> with <c>Retry-After</c> (whole seconds until a request would
/// pass, at least 1). Real time, not the virtual clock: it limits what clients send, not what the fleet does. Off when
/// no rate is set.
/// </summary>
internal sealed class TenancyRateLimit
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private double? _perSecond;
    private double _tokens;
    private long _last;

    /// <param name="perSecond">Requests a second, more than 0; null for no limit.</param>
    /// <param name="time">The clock the bucket refills by.</param>
    public TenancyRateLimit(double? perSecond, TimeProvider time)
    {
        _time = time;
        Set(perSecond);
    }

    /// <summary>The limit in force, null when there is none.</summary>
    public double? PerSecond
    {
        get
        {
            lock (_gate)
            {
                return _perSecond;
            }
        }
    }

    /// <summary>Sets the limit (null lifts it); the bucket starts full.</summary>
    public void Set(double? perSecond)
    {
        if (perSecond is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(perSecond), "A rate limit is a number of requests a second above 0.");
        }
        lock (_gate)
        {
            _perSecond = perSecond;
            _tokens = Capacity;
            _last = _time.GetTimestamp();
        }
    }

    /// <summary>Takes a request's token; when there is none, says how long until there is one. Always true with no limit.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        lock (_gate)
        {
            if (_perSecond is not { } rate)
            {
                return true;
            }
            var now = _time.GetTimestamp();
            _tokens = Math.Min(Capacity, _tokens + _time.GetElapsedTime(_last, now).TotalSeconds * rate);
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return true;
            }
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / rate);
            return false;
        }
    }

    /// <summary>The <c>Retry-After</c> value for a wait: whole seconds, rounded up, at least 1 (HTTP's delay-seconds).</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private double Capacity => Math.Max(1, _perSecond ?? 1);
}

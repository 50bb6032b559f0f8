namespace OsManagement.Emulator.Fleet;

/// <summary>
/// The emulator's notion of "now": starts at real time, runs <see cref="Speed"/> times faster than
/// real time, and can be jumped forward. Signature dates are checked against real time, never this.
/// </summary>
internal sealed class VirtualClock
{
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private DateTimeOffset _realAnchor;
    private DateTimeOffset _virtualAnchor;
    private DateTimeOffset _lastReported;

    public VirtualClock(TimeProvider real, double speed)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), "The clock speed must be a positive number.");
        }
        _real = real;
        Speed = speed;
        Reset();
    }

    /// <summary>How many virtual seconds pass per real second.</summary>
    public double Speed { get; }

    /// <summary>The virtual time now; never goes backwards.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                var elapsed = _real.GetUtcNow() - _realAnchor;
                var now = _virtualAnchor + TimeSpan.FromTicks((long)(elapsed.Ticks * Speed));
                if (now < _lastReported)
                {
                    now = _lastReported;
                }
                _lastReported = now;
                return now;
            }
        }
    }

    /// <summary>Jumps the clock forward (a month is a calendar month).</summary>
    public DateTimeOffset Advance(IsoDuration by)
    {
        lock (_gate)
        {
            var now = Now;
            var target = by.AddTo(now);
            _realAnchor = _real.GetUtcNow();
            _virtualAnchor = target;
            _lastReported = target;
            return target;
        }
    }

    /// <summary>Back to real time (used by the admin reset).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _realAnchor = _real.GetUtcNow();
            // Whole milliseconds, because OCI's wire format has no finer resolution.
            _virtualAnchor = new DateTimeOffset(_realAnchor.UtcTicks - _realAnchor.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            _lastReported = _virtualAnchor;
        }
    }
}

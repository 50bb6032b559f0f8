using System;
using System.Net.Http;

namespace OsManagement.Oci.Http;

/// <summary>How the HTTP pipeline behaves: timeouts, retries, and who hears about each call.</summary>
public sealed class OciClientOptions
{
    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts at most (Oracle's SDKs: 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Total time budget for one call, retries included.</summary>
    public TimeSpan MaxTotalRetryTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between attempts (Oracle's SDKs: 30 s).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first backoff; it doubles on each retry (with full jitter).</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Slows every request of the pipeline down when the service throttles (429) and lets them climb back to the rate it
    /// accepts (<see cref="AdaptiveRateLimiter"/>, the AWS SDKs' adaptive retry mode), so work that meets a limit finishes
    /// near the rate the limit allows instead of spending its retries. On by default; nothing changes until a 429.
    /// </summary>
    public bool AdaptToThrottling { get; set; } = true;

    /// <summary>The clock the adaptive rate limiter reads and waits on (tests); null is the system's.</summary>
    internal IRateLimiterClock? RateLimiterClock { get; set; }

    /// <summary>Receives a record of every attempt (for verbose output). Nothing secret is in it.</summary>
    public Action<OciCallRecord>? OnCall { get; set; }

    /// <summary>
    /// The proxy requests go through; null means the environment's (<see cref="OciProxy.FromEnvironment"/>), or, with a
    /// <see cref="Handler"/>, none. With a <see cref="Handler"/> it only says which proxy to name in errors.
    /// </summary>
    public OciProxy? Proxy { get; set; }

    /// <summary>A handler to send through instead of the network (tests).</summary>
    public HttpMessageHandler? Handler { get; set; }

    /// <summary>The User-Agent header.</summary>
    public string UserAgent { get; set; } = "OsManagement-PowerShell/" + typeof(OciClientOptions).Assembly.GetName().Version;

    /// <summary>Concurrent connections per endpoint.</summary>
    public int MaxConnectionsPerServer { get; set; } = 64;
}

/// <summary>One HTTP attempt, as verbose output shows it.</summary>
public sealed class OciCallRecord
{
    public OciCallRecord(string method, string path, int statusCode, TimeSpan duration, string opcRequestId, int attempt)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        Duration = duration;
        OpcRequestId = opcRequestId;
        Attempt = attempt;
    }

    public string Method { get; }

    /// <summary>Path and query.</summary>
    public string Path { get; }

    /// <summary>The HTTP status, or 0 when no response came (timeout, connection failure).</summary>
    public int StatusCode { get; }
    public TimeSpan Duration { get; }
    public string OpcRequestId { get; }
    public int Attempt { get; }
}

using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Tests.Support;

/// <summary>A pipeline over a fake handler with millisecond backoff, so retries are fast.</summary>
internal sealed class TestPipeline : IDisposable
{
    public static readonly Uri Endpoint = new("https://osms.us-ashburn-1.oci.oraclecloud.com");
    private readonly List<OciCallRecord> _calls = new();

    public TestPipeline(Action<OciClientOptions>? configure = null, IRequestSigner? signer = null)
    {
        Options = new OciClientOptions
        {
            Handler = Handler,
            BaseBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(20),
            // After a 429 the adaptive limiter paces requests; on this clock its waits take no time.
            RateLimiterClock = RateClock,
            OnCall = record =>
            {
                lock (_calls)
                {
                    _calls.Add(record);
                }
            },
        };
        configure?.Invoke(Options);
        Signer = signer ?? CountingSigner;
        Pipeline = new OciHttpPipeline(Signer, Options);
    }

    public FakeHandler Handler { get; } = new();

    public ManualRateLimiterClock RateClock { get; } = new();

    public CountingSigner CountingSigner { get; } = new();

    public IRequestSigner Signer { get; }

    public IReadOnlyList<OciCallRecord> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    public OciClientOptions Options { get; }

    public OciHttpPipeline Pipeline { get; }

    public void Dispose() => Pipeline.Dispose();
}

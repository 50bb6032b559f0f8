using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Http;

/// <summary>
/// The client-side limiter that slows a connection down on 429 and lets it climb back (the AWS SDKs' adaptive mode), on a
/// clock of the test's own: no wall-clock bounds, every time below is the limiter's.
/// </summary>
public sealed class AdaptiveRateLimiterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static (AdaptiveRateLimiter Limiter, ManualRateLimiterClock Clock) Make()
    {
        var clock = new ManualRateLimiterClock();
        return (new AdaptiveRateLimiter(clock), clock);
    }

    /// <summary><paramref name="count"/> successful answers spread evenly over the last second.</summary>
    private static void Succeed(AdaptiveRateLimiter limiter, ManualRateLimiterClock clock, int count)
    {
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1.0 / count));
            limiter.OnResponse(clock.Now, throttled: false);
        }
    }

    [Fact]
    public async Task It_lets_everything_through_at_once_until_the_first_throttle()
    {
        var (limiter, clock) = Make();
        Succeed(limiter, clock, 50);
        for (var i = 0; i < 100; i++)
        {
            await limiter.AcquireAsync(None);
        }

        Assert.False(limiter.IsLimiting);
        Assert.Equal(double.PositiveInfinity, limiter.Rate);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task A_throttle_cuts_the_rate_to_70_percent_of_what_the_service_accepted_and_spaces_requests_by_it()
    {
        var (limiter, clock) = Make();
        Succeed(limiter, clock, 20);
        limiter.OnResponse(clock.Now, throttled: true);

        Assert.True(limiter.IsLimiting);
        Assert.Equal(14, limiter.Rate, 6);
        for (var i = 0; i < 5; i++)
        {
            await limiter.AcquireAsync(None);
        }
        // None may go at once right after a throttle; then one each 1/14 s.
        var at = clock.Waits.Select(w => w.TotalSeconds).ToArray();
        Assert.Equal(5, at.Length);
        Assert.All(at, w => Assert.Equal(1 / 14.0, w, 5));
    }

    [Fact]
    public void A_429_to_a_request_sent_before_the_last_cut_does_not_cut_again()
    {
        var (limiter, clock) = Make();
        Succeed(limiter, clock, 20);
        var sentBefore = clock.Now - 0.01;
        limiter.OnResponse(clock.Now, throttled: true);
        var afterOneCut = limiter.Rate;

        // The rest of the burst that was already in flight comes back throttled too.
        for (var i = 0; i < 10; i++)
        {
            limiter.OnResponse(sentBefore, throttled: true);
        }
        Assert.Equal(afterOneCut, limiter.Rate);

        // A request sent under the new rate and still throttled does cut again.
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var sentAfter = clock.Now;
        clock.Advance(TimeSpan.FromMilliseconds(10));
        limiter.OnResponse(sentAfter, throttled: true);
        Assert.True(limiter.Rate < afterOneCut, $"{limiter.Rate} after a second cut, {afterOneCut} after the first");
    }

    [Fact]
    public void After_a_throttle_the_rate_climbs_back_along_the_cubic_and_never_above_twice_the_measured_rate()
    {
        var (limiter, clock) = Make();
        Succeed(limiter, clock, 20);
        limiter.OnResponse(clock.Now, throttled: true);
        var cut = clock.Now;
        var k = Math.Pow(20 * (1 - AdaptiveRateLimiter.Beta) / AdaptiveRateLimiter.Scale, 1.0 / 3);

        // Answers keep coming at 20 a second: the rate follows 0.4 (t - K)^3 + 20, back at 20 at t = K and above it after.
        var previous = limiter.Rate;
        for (var t = 0.05; t < k + 1.5; t += 0.05)
        {
            clock.Advance(TimeSpan.FromSeconds(0.05));
            limiter.OnResponse(clock.Now, throttled: false);
            var expected = Math.Min(AdaptiveRateLimiter.Scale * Math.Pow(clock.Now - cut - k, 3) + 20, 2 * 20);
            Assert.Equal(expected, limiter.Rate, 6);
            Assert.True(limiter.Rate >= previous, "the rate only climbs while nothing is throttled");
            previous = limiter.Rate;
        }
        Assert.True(limiter.Rate > 20);

        // However long nothing is throttled, it goes no faster than twice what the service is seen to answer.
        clock.Advance(TimeSpan.FromSeconds(60));
        Succeed(limiter, clock, 10);
        Assert.Equal(20, limiter.Rate, 6);
    }

    [Fact]
    public async Task Against_a_service_that_takes_L_a_second_it_settles_near_L_with_few_429s()
    {
        // A simulation on the test's clock: the service is a token bucket of L a second holding one second's worth (as
        // the emulator's --rate-limit), the client sends as fast as the limiter lets it, each answer 5 ms later.
        const double L = 20;
        var (limiter, clock) = Make();
        var tokens = L;
        var refilled = clock.Now;
        int successes = 0, throttled = 0;
        var start = clock.Now;
        for (var i = 0; i < 4000; i++)
        {
            var sentAt = await limiter.AcquireAsync(None);
            tokens = Math.Min(L, tokens + (clock.Now - refilled) * L);
            refilled = clock.Now;
            var accepted = tokens >= 1;
            if (accepted)
            {
                tokens -= 1;
                successes++;
            }
            else
            {
                throttled++;
            }
            clock.Advance(TimeSpan.FromMilliseconds(5));
            limiter.OnResponse(sentAt, throttled: !accepted);
        }
        var achieved = successes / (clock.Now - start);

        Assert.True(achieved >= 0.75 * L && achieved <= 1.05 * L, $"{achieved:0.00} a second against a limit of {L}");
        Assert.True(throttled < 0.05 * successes, $"{throttled} throttled of {successes + throttled}");
    }

    [Fact]
    public async Task A_caller_cancelled_while_waiting_takes_no_turn()
    {
        var (limiter, clock) = Make();
        Succeed(limiter, clock, 10);
        limiter.OnResponse(clock.Now, throttled: true);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(cancelled.Token));
        await limiter.AcquireAsync(None);

        Assert.Equal(1 / 7.0, clock.Waits.Single().TotalSeconds, 5);
    }

    [Fact]
    public async Task A_pipeline_and_its_views_share_one_limiter_that_a_429_switches_on()
    {
        using var t = new TestPipeline();
        t.Handler.Then((HttpStatusCode)429, FakeHandler.Error("TooManyRequests", "slow down"), ("retry-after", "1"))
                 .Then(HttpStatusCode.OK, "{}")
                 .Then(HttpStatusCode.OK, "{}");
        var view = t.Pipeline.WithCallObserver(_ => { });

        await view.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, "/20220901/managedInstances", null, null, null, None);
        await t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, "/20220901/managedInstances", null, null, null, None);

        Assert.Same(t.Pipeline.RateLimiter, view.RateLimiter);
        Assert.True(t.Pipeline.RateLimiter!.IsLimiting);
        Assert.NotEmpty(t.RateClock.Waits);
        using var off = new TestPipeline(o => o.AdaptToThrottling = false);
        Assert.Null(off.Pipeline.RateLimiter);
    }
}

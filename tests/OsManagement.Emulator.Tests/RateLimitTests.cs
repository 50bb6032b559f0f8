using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OsManagement.Emulator.Platform.Http;
using OsManagement.Emulator.Platform.Startup;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>--rate-limit N: a token bucket of N requests a second for the tenancy, beyond which requests get 429 with Retry-After.</summary>
public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_bucket_of_one_seconds_worth_passes_at_once_then_one_request_per_1_over_N_seconds()
    {
        var time = new ManualTimeProvider(Start);
        var limit = new TenancyRateLimit(10, time);

        Assert.Equal(10, Enumerable.Range(0, 20).Count(i => limit.TryTake(out _)));
        Assert.False(limit.TryTake(out var wait));
        Assert.Equal(0.1, wait.TotalSeconds, 6);

        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(limit.TryTake(out _));
        Assert.False(limit.TryTake(out _));

        // Idle time refills the bucket, never beyond one second's worth.
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(10, Enumerable.Range(0, 20).Count(i => limit.TryTake(out _)));
    }

    [Fact]
    public void A_limit_below_one_a_second_still_lets_one_request_through_and_says_how_long_until_the_next()
    {
        var time = new ManualTimeProvider(Start);
        var limit = new TenancyRateLimit(0.5, time);

        Assert.True(limit.TryTake(out _));
        Assert.False(limit.TryTake(out var wait));
        Assert.Equal(2, wait.TotalSeconds, 6);
        Assert.Equal("2", TenancyRateLimit.RetryAfterSeconds(wait));
        Assert.Equal("1", TenancyRateLimit.RetryAfterSeconds(TimeSpan.FromMilliseconds(30)));
    }

    [Fact]
    public void Without_a_rate_everything_passes_and_a_rate_set_later_starts_with_a_full_bucket()
    {
        var time = new ManualTimeProvider(Start);
        var limit = new TenancyRateLimit(null, time);

        Assert.Equal(1000, Enumerable.Range(0, 1000).Count(i => limit.TryTake(out _)));
        limit.Set(3);
        Assert.Equal(3, Enumerable.Range(0, 10).Count(i => limit.TryTake(out _)));
        limit.Set(null);
        Assert.True(limit.TryTake(out _));
    }

    [Fact]
    public async Task The_admin_endpoint_sets_and_lifts_the_limit_while_the_emulator_runs_and_a_reset_restores_the_option()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=2,compartments=1,depth=1,groups=1");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await server.AdminAsync(System.Net.Http.HttpMethod.Get, "/_emulator/rate-limit")).GetProperty("perSecond").ValueKind);
        Assert.Equal(0.01, (await server.AdminAsync(System.Net.Http.HttpMethod.Post, "/_emulator/rate-limit?perSecond=0.01")).GetProperty("perSecond").GetDouble());
        using (var first = await server.Client.GetAsync("/20220901/managedInstances"))
        using (var second = await server.Client.GetAsync("/20220901/managedInstances"))
        {
            Assert.Equal((HttpStatusCode.OK, (HttpStatusCode)429), (first.StatusCode, second.StatusCode));
        }
        await server.AdminAsync(System.Net.Http.HttpMethod.Post, "/_emulator/reset");
        using (var afterReset = await server.Client.GetAsync("/20220901/managedInstances"))
        {
            Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
        }
        using var refused = await server.Unsigned.PostAsync("/_emulator/rate-limit?perSecond=0", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("fast")]
    public void A_rate_that_is_not_a_positive_number_is_refused(string value) =>
        Assert.Contains("--rate-limit", Assert.Throws<FormatException>(() => EmulatorOptions.Parse(new[] { "--state-dir", "x", "--rate-limit", value })).Message);

    [Fact]
    public async Task Beyond_the_limit_the_gate_answers_429_TooManyRequests_with_Retry_After_and_counts_it()
    {
        // One request every 100 s: the first passes, the rest of this test's requests cannot.
        await using var server = await EmulatorServer.StartAsync("--rate-limit", "0.01", "--fleet", "instances=2,compartments=1,depth=1,groups=1");

        using var first = await server.Client.GetAsync("/20220901/managedInstances");
        using var second = await server.Client.GetAsync("/20220901/managedInstances");
        using var classic = await server.Client.GetAsync("/20190801/managedInstances?compartmentId=" + server.TenancyId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        foreach (var throttled in new[] { second, classic })
        {
            Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
            Assert.Contains("\"code\":\"TooManyRequests\"", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.InRange(int.Parse(throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), 90, 100);
        }
        var stats = await server.AdminAsync(System.Net.Http.HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(2, stats.GetProperty("throttled").GetInt64());
    }
}

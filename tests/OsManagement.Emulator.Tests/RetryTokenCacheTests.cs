using System.Collections.Generic;
using System.Threading.Tasks;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Tests;

public sealed class RetryTokenCacheTests
{
    private static CachedResponse Ok(string body) => new("POST /x", 200, new Dictionary<string, string>(), System.Text.Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task ASecondCallWithTheSameTokenGetsTheFirstResult()
    {
        var cache = new RetryTokenCache();
        var runs = 0;
        Task<CachedResponse?> Produce() { runs++; return Task.FromResult<CachedResponse?>(Ok($"run {runs}")); }
        var (first, firstReplayed) = await cache.GetOrRunAsync("t", "POST /x", Produce);
        var (second, secondReplayed) = await cache.GetOrRunAsync("t", "POST /x", Produce);
        Assert.Equal(1, runs);
        Assert.False(firstReplayed);
        Assert.True(secondReplayed);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task ConcurrentRetriesRunOnce()
    {
        var cache = new RetryTokenCache();
        var runs = 0;
        var gate = new TaskCompletionSource();
        async Task<CachedResponse?> Produce() { runs++; await gate.Task; return Ok("once"); }
        var a = cache.GetOrRunAsync("t", "POST /x", Produce);
        var b = cache.GetOrRunAsync("t", "POST /x", Produce);
        gate.SetResult();
        await Task.WhenAll(a, b);
        Assert.Equal(1, runs);
        Assert.Same((await a).Cached, (await b).Cached);
    }

    [Fact]
    public async Task FailuresAreNotRemembered()
    {
        var cache = new RetryTokenCache();
        var runs = 0;
        Task<CachedResponse?> Produce() { runs++; return Task.FromResult(runs == 1 ? null : Ok("second")); }
        await cache.GetOrRunAsync("t", "POST /x", Produce);
        var (cached, _) = await cache.GetOrRunAsync("t", "POST /x", Produce);
        Assert.Equal(2, runs);
        Assert.NotNull(cached);
    }

    [Fact]
    public async Task ReusingATokenForAnotherOperationIsAConflict()
    {
        var cache = new RetryTokenCache();
        await cache.GetOrRunAsync("t", "POST /x", () => Task.FromResult<CachedResponse?>(Ok("x")));
        var error = await Assert.ThrowsAsync<OciException>(() => cache.GetOrRunAsync("t", "POST /y", () => Task.FromResult<CachedResponse?>(Ok("y"))));
        Assert.Equal(409, error.Status);
    }
}

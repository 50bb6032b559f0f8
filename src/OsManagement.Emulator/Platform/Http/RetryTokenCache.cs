using System.Collections.Concurrent;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>A successful POST's response, kept so a retry with the same <c>opc-retry-token</c> gets it again.</summary>
internal sealed record CachedResponse(string RequestKey, int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// Remembers successful POST responses by <c>opc-retry-token</c> (for the emulator's lifetime, which is
/// more than the day OCI promises). A retry that arrives while the first is still running waits for it.
/// Reusing a token for a different request is a 409 Conflict.
/// </summary>
internal sealed class RetryTokenCache
{
    private readonly ConcurrentDictionary<string, Task<CachedResponse?>> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the cached response for the token, or runs <paramref name="produce"/> (once, even under
    /// concurrent retries) and caches its result when it is a success.
    /// </summary>
    public async Task<(CachedResponse? Cached, bool Replayed)> GetOrRunAsync(string token, string requestKey, Func<Task<CachedResponse?>> produce)
    {
        while (true)
        {
            var mine = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = _entries.GetOrAdd(token, mine.Task);
            if (entry != mine.Task)
            {
                var earlier = await entry;
                if (earlier is null)
                {
                    // The first attempt failed and was forgotten; try again as a fresh request.
                    continue;
                }
                if (earlier.RequestKey != requestKey)
                {
                    throw new OciException(409, "Conflict", "The opc-retry-token was already used for a different request.");
                }
                return (earlier, true);
            }
            try
            {
                var produced = await produce();
                if (produced is null)
                {
                    _entries.TryRemove(token, out _);
                }
                mine.SetResult(produced);
                return (produced, false);
            }
            catch
            {
                _entries.TryRemove(token, out _);
                mine.SetResult(null);
                throw;
            }
        }
    }

    public void Clear() => _entries.Clear();
}

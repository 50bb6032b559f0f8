namespace OsManagement.Emulator.Platform.Regions;

/// <summary>
/// The region the request being served was sent to (OS Management Hub is regional: each region's endpoint serves its own
/// instances, jobs and work requests). Set per request from the endpoint it arrived at, and while a job runs to the job's
/// region; null outside any request (admin helpers, in-process tests), where every region is seen.
/// </summary>
internal static class RequestRegion
{
    private static readonly AsyncLocal<string?> CurrentRegion = new();

    /// <summary>The request's region, or null where every region is seen.</summary>
    public static string? Current => CurrentRegion.Value;

    /// <summary>Whether something of <paramref name="region"/> is served to the current request.</summary>
    public static bool Sees(string region) => CurrentRegion.Value is not { } current || string.Equals(current, region, StringComparison.Ordinal);

    /// <summary>Serves what follows (until disposed) as <paramref name="region"/>'s endpoint would.</summary>
    public static IDisposable Enter(string? region)
    {
        var previous = CurrentRegion.Value;
        CurrentRegion.Value = region;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => CurrentRegion.Value = previous;
    }
}

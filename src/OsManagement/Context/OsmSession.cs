using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// The session's current context. Process-wide, like the OCI CLI's profile: runspaces started by
/// <c>ForEach-Object -Parallel</c> see the same connection.
/// </summary>
internal static class OsmSession
{
    private static readonly object Gate = new();

    // Contexts for other regions (-Region), made once per context and region and kept as long as their context is.
    private static readonly ConditionalWeakTable<OsmContext, ConcurrentDictionary<string, OsmContext>> RegionContexts = new();
    private static OsmContext? _current;

    /// <summary>The current context, or null before Connect-Osm (and after Disconnect-Osm).</summary>
    public static OsmContext? Current
    {
        get { lock (Gate) { return _current; } }
    }

    /// <summary>
    /// Replaces the current context. The previous one is not closed: a script may hold it (Connect-Osm -PassThru,
    /// Get-OsmContext) and pass it to -Context; once nothing does, its idle connections close and it is collected.
    /// </summary>
    public static void Set(OsmContext? context)
    {
        lock (Gate)
        {
            _current = context;
        }
    }

    /// <summary>The current context, connecting lazily with the defaults when there is none.</summary>
    public static OsmContext GetOrConnect()
    {
        lock (Gate)
        {
            return _current ??= new OsmContext(OsmConnection.Open(new OsmConnectionSettings()));
        }
    }

    /// <summary>The same connection settings aimed at another region; made once per context and region.</summary>
    public static OsmContext ForRegion(OsmContext context, string region)
    {
        if (string.Equals(context.Region, region, StringComparison.OrdinalIgnoreCase))
        {
            return context;
        }
        return RegionContexts.GetValue(context, _ => new ConcurrentDictionary<string, OsmContext>(StringComparer.OrdinalIgnoreCase))
            .GetOrAdd(region, r => new OsmContext(OsmConnection.Open(context.Connection.Settings.WithRegion(r))));
    }
}

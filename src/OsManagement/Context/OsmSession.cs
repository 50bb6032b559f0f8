using System;
using System.Collections.Concurrent;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// The session's current context. Process-wide, like the OCI CLI's profile: runspaces started by
/// <c>ForEach-Object -Parallel</c> see the same connection.
/// </summary>
internal static class OsmSession
{
    private static readonly object Gate = new();
    private static readonly ConcurrentDictionary<(OsmContext, string), OsmContext> RegionContexts = new();
    private static OsmContext? _current;

    /// <summary>The current context, or null before Connect-Osm (and after Disconnect-Osm).</summary>
    public static OsmContext? Current
    {
        get { lock (Gate) { return _current; } }
    }

    /// <summary>Replaces the current context, closing the previous one.</summary>
    public static void Set(OsmContext? context)
    {
        OsmContext? previous;
        lock (Gate)
        {
            previous = _current;
            _current = context;
        }
        if (previous is not null && !ReferenceEquals(previous, context))
        {
            Close(previous);
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
        return RegionContexts.GetOrAdd((context, region.ToLowerInvariant()),
            key => new OsmContext(OsmConnection.Open(key.Item1.Connection.Settings.WithRegion(key.Item2))));
    }

    private static void Close(OsmContext context)
    {
        foreach (var key in RegionContexts.Keys)
        {
            if (ReferenceEquals(key.Item1, context) && RegionContexts.TryRemove(key, out var derived))
            {
                derived.Connection.Dispose();
            }
        }
        context.Connection.Dispose();
    }
}

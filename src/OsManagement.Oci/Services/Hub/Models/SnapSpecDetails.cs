// Wire model of OS Management Hub's SnapSpecDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Details about a specific snap.</summary>
internal sealed class SnapSpecDetails
{
    /// <summary>The channel to install from (e.g. stable, edge, beta, candidate, or a custom channel).</summary>
    public string? Channel { get; set; }

    /// <summary>If true, allows installing snaps not signed by the Snap Store. E.g., snaps from local file. Use with caution.</summary>
    public bool? IsSigned { get; set; }

    /// <summary>The modes for the snap.</summary>
    public string? Mode { get; set; }

    /// <summary>The name of the snap to install.</summary>
    public string? Name { get; set; }

    /// <summary>The version of the snap.</summary>
    public string? Version { get; set; }

    /// <summary>The revision to install.</summary>
    public string? Revision { get; set; }
}

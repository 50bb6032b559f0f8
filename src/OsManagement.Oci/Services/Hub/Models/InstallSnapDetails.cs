// Wire model of OS Management Hub's InstallSnapDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to install a snap.</summary>
internal sealed class InstallSnapDetails
{
    /// <summary>The snap channel to install from (e.g. stable, 1.2/edge, beta, candidate, or a custom channel).</summary>
    public string? Channel { get; set; }

    /// <summary>If false, allows installing snaps not signed by the Snap Store. E.g., snaps from local file. Use with caution.</summary>
    public bool? IsSigned { get; set; }

    /// <summary>The confinement mode for the snap.</summary>
    public string? Mode { get; set; }

    /// <summary>The name of the snap to install.</summary>
    public string? Name { get; set; }

    /// <summary>The snap revision to install.</summary>
    public string? Revision { get; set; }
}

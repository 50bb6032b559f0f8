// Wire model of OS Management Hub's RemoveSnapDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to remove a snap.</summary>
internal sealed class RemoveSnapDetails
{
    /// <summary>The name of the snap to remove.</summary>
    public string? Name { get; set; }

    /// <summary>The revision to remove. Note: This option cannot be used when removing multiple snaps.</summary>
    public string? Revision { get; set; }
}

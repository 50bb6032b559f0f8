// Wire model of OS Management Hub's ModuleSpecDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Details about a specific appstream module.</summary>
internal sealed class ModuleSpecDetails
{
    /// <summary>Name of the module.</summary>
    public string? Name { get; set; }

    /// <summary>The stream of the module.</summary>
    public string? Stream { get; set; }

    /// <summary>The module profile to be used.</summary>
    public string? Profile { get; set; }
}

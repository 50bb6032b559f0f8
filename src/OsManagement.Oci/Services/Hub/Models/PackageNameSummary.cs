// Wire model of OS Management Hub's PackageNameSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information about a package.</summary>
internal sealed class PackageNameSummary
{
    /// <summary>Full package name in NERVA format. This value should be unique.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>The name of the software package.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Type of the package.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The version of the software package.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The CPU architecture type for which this package was built.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }
}

// Wire model of OS Management Hub's SoftwarePackageSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a software package.</summary>
internal sealed class SoftwarePackageSummary
{
    /// <summary>Package name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package. Note that this is not an OCID.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Type of the package.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Version of the package.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The architecture for which this software was built.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>The date and time the package was last modified (in RFC 3339 format).</summary>
    [JsonPropertyName("lastModifiedDate")]
    public string? LastModifiedDate { get; set; }

    /// <summary>Checksum of the package.</summary>
    [JsonPropertyName("checksum")]
    public string? Checksum { get; set; }

    /// <summary>Type of the checksum.</summary>
    [JsonPropertyName("checksumType")]
    public string? ChecksumType { get; set; }

    /// <summary>Indicates whether this package is the latest version.</summary>
    [JsonPropertyName("isLatest")]
    public bool? IsLatest { get; set; }

    /// <summary>List of software sources that provide the software package. This property is deprecated and it will be removed in a future API release.</summary>
    [JsonPropertyName("softwareSources")]
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    /// <summary>The OS families the package belongs to.</summary>
    [JsonPropertyName("osFamilies")]
    public List<string>? OsFamilies { get; set; }
}

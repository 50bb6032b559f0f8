// Wire model of OCI's AvailableUpdateSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's AvailableUpdateSummary object.</summary>
internal sealed class AvailableUpdateSummary
{
    /// <summary>Package name</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package available for update. NOTE - This is not an OCID</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The purpose of this update.</summary>
    [JsonPropertyName("updateType")]
    public string? UpdateType { get; set; }

    /// <summary>Type of the package</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Version of the installed package</summary>
    [JsonPropertyName("installedVersion")]
    public string? InstalledVersion { get; set; }

    /// <summary>Version of the package available for update</summary>
    [JsonPropertyName("availableVersion")]
    public string? AvailableVersion { get; set; }

    /// <summary>The architecture for which this package was built</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>List of errata containing this update</summary>
    [JsonPropertyName("errata")]
    public List<NamedId>? Errata { get; set; }

    /// <summary>List of CVEs applicable to this erratum</summary>
    [JsonPropertyName("relatedCves")]
    public List<string>? RelatedCves { get; set; }

    /// <summary>list of software sources that provide the software package</summary>
    [JsonPropertyName("softwareSources")]
    public List<SoftwareSourceId>? SoftwareSources { get; set; }
}

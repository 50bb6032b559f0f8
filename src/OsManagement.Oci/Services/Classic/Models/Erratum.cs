// Wire model of OCI's Erratum (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's Erratum object.</summary>
internal sealed class Erratum
{
    /// <summary>Advisory name</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>OCID for the Erratum.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>OCID for the Compartment.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>Summary description of the erratum.</summary>
    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    /// <summary>date the erratum was issued</summary>
    [JsonPropertyName("issued")]
    public string? Issued { get; set; }

    /// <summary>Details describing the erratum.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>most recent date the erratum was updated</summary>
    [JsonPropertyName("updated")]
    public string? Updated { get; set; }

    /// <summary>Type of the erratum.</summary>
    [JsonPropertyName("advisoryType")]
    public string? AdvisoryType { get; set; }

    /// <summary>Information specifying from where the erratum was release.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>Information describing how the erratum can be resolved.</summary>
    [JsonPropertyName("solution")]
    public string? Solution { get; set; }

    /// <summary>Information describing how to find more information about the erratum.</summary>
    [JsonPropertyName("references")]
    public string? References { get; set; }

    /// <summary>list of managed instances to this erratum</summary>
    [JsonPropertyName("affectedInstances")]
    public List<NamedId>? AffectedInstances { get; set; }

    /// <summary>list of CVEs applicable to this erratum</summary>
    [JsonPropertyName("relatedCves")]
    public List<string>? RelatedCves { get; set; }

    /// <summary>list of Software Sources</summary>
    [JsonPropertyName("softwareSources")]
    public List<NamedId>? SoftwareSources { get; set; }

    /// <summary>list of Packages affected by this erratum</summary>
    [JsonPropertyName("packages")]
    public List<SoftwarePackageSummary>? Packages { get; set; }
}

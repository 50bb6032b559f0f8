// Wire model of OCI's ErratumSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's ErratumSummary object.</summary>
internal sealed class ErratumSummary
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

    /// <summary>most recent date the erratum was updated</summary>
    [JsonPropertyName("updated")]
    public string? Updated { get; set; }

    /// <summary>Type of the erratum.</summary>
    [JsonPropertyName("advisoryType")]
    public string? AdvisoryType { get; set; }

    /// <summary>list of CVEs applicable to this erratum</summary>
    [JsonPropertyName("relatedCves")]
    public List<string>? RelatedCves { get; set; }
}

// Wire model of OS Management Hub's Erratum (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines an erratum..</summary>
internal sealed class Erratum
{
    /// <summary>Advisory name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Summary description of the erratum.</summary>
    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    /// <summary>The date and time the erratum was issued (in RFC 3339 format).</summary>
    [JsonPropertyName("timeIssued")]
    public DateTimeOffset? TimeIssued { get; set; }

    /// <summary>Details describing the erratum.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The date and time the erratum was updated (in RFC 3339 format).</summary>
    [JsonPropertyName("timeUpdated")]
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>Type of the erratum. This property is deprecated and it will be removed in a future API release. Please refer to the advisoryType property instead.</summary>
    [JsonPropertyName("classificationType")]
    public string? ClassificationType { get; set; }

    /// <summary>The advisory type of the erratum.</summary>
    [JsonPropertyName("advisoryType")]
    public string? AdvisoryType { get; set; }

    /// <summary>Information specifying from where the erratum was release.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>Information describing how the erratum can be resolved.</summary>
    [JsonPropertyName("solution")]
    public string? Solution { get; set; }

    /// <summary>Information describing how to find more information about. the erratum.</summary>
    [JsonPropertyName("references")]
    public string? References { get; set; }

    /// <summary>List of CVEs applicable to this erratum.</summary>
    [JsonPropertyName("relatedCves")]
    public List<string>? RelatedCves { get; set; }

    /// <summary>List of repository identifiers.</summary>
    [JsonPropertyName("repositories")]
    public List<string>? Repositories { get; set; }

    /// <summary>List of packages affected by this erratum.</summary>
    [JsonPropertyName("packages")]
    public List<SoftwarePackageSummary>? Packages { get; set; }

    /// <summary>List of affected OS families.</summary>
    [JsonPropertyName("osFamilies")]
    public List<string>? OsFamilies { get; set; }

    /// <summary>The severity for a security advisory, otherwise, null.</summary>
    [JsonPropertyName("advisorySeverity")]
    public string? AdvisorySeverity { get; set; }
}

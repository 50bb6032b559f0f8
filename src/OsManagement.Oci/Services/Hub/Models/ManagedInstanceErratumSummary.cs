// Wire model of OS Management Hub's ManagedInstanceErratumSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information about an erratum associated with a managed instance.</summary>
internal sealed class ManagedInstanceErratumSummary
{
    /// <summary>The identifier of the erratum.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The advisory type of the erratum.</summary>
    [JsonPropertyName("advisoryType")]
    public string? AdvisoryType { get; set; }

    /// <summary>The date and time the package was issued by a providing erratum (in RFC 3339 format).</summary>
    [JsonPropertyName("timeIssued")]
    public DateTimeOffset? TimeIssued { get; set; }

    /// <summary>A summary description of the erratum.</summary>
    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    /// <summary>The list of CVEs applicable to this erratum.</summary>
    [JsonPropertyName("relatedCves")]
    public List<string>? RelatedCves { get; set; }

    /// <summary>The list of packages affected by this erratum.</summary>
    [JsonPropertyName("packages")]
    public List<PackageNameSummary>? Packages { get; set; }
}

// Wire model of OS Management Hub's ManagedInstanceAnalyticSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>A metric emitted by managed instance resource.</summary>
internal sealed class ManagedInstanceAnalyticSummary
{
    /// <summary>The name of this metric.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Qualifiers provided in a metric definition. Available dimensions vary by metric namespace. Each dimension takes the form of a key-value pair. Example: "managedInstanceId": "ocid1.managementagent.123"</summary>
    [JsonPropertyName("dimensions")]
    public Dictionary<string, string>? Dimensions { get; set; }

    /// <summary>The value of this metric.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; set; }
}

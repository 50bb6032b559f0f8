// Wire model of OCI's SoftwareSourceId (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's SoftwareSourceId object.</summary>
internal sealed class SoftwareSourceId
{
    /// <summary>software source name</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>software source identifier</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

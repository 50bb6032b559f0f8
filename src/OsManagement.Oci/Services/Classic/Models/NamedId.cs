// Wire model of OCI's NamedId (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's NamedId object.</summary>
internal sealed class NamedId
{
    /// <summary>unique identifier that is immutable on creation</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>User friendly name</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }
}

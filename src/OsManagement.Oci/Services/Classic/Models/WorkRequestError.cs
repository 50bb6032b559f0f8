// Wire model of OCI's WorkRequestError (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's WorkRequestError object.</summary>
internal sealed class WorkRequestError
{
    /// <summary>A machine-usable code for the error that occured.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>A human readable description of the issue encountered.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The date and time the error happened, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }
}

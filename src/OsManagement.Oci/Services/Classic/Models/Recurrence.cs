// Wire model of OCI's Recurrence (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's Recurrence object.</summary>
internal sealed class Recurrence
{
    /// <summary>the interval period for the recurrence</summary>
    [JsonPropertyName("intervalType")]
    public string? IntervalType { get; set; }

    /// <summary>the value for the interval period for the recurrence</summary>
    [JsonPropertyName("intervalValue")]
    public string? IntervalValue { get; set; }
}

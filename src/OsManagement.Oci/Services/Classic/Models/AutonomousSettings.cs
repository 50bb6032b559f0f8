// Wire model of OCI's AutonomousSettings (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's AutonomousSettings object.</summary>
internal sealed class AutonomousSettings
{
    /// <summary>True if daily updates are enabled</summary>
    [JsonPropertyName("isAutoUpdateEnabled")]
    public bool? IsAutoUpdateEnabled { get; set; }
}

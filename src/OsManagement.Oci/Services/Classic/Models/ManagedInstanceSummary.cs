// Wire model of OCI's ManagedInstanceSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's ManagedInstanceSummary object.</summary>
internal sealed class ManagedInstanceSummary
{
    /// <summary>user settable name</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>OCID for the managed instance</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Time at which the instance last checked in</summary>
    [JsonPropertyName("lastCheckin")]
    public string? LastCheckin { get; set; }

    /// <summary>Time at which the instance last booted</summary>
    [JsonPropertyName("lastBoot")]
    public string? LastBoot { get; set; }

    /// <summary>Number of updates available to be installed</summary>
    [JsonPropertyName("updatesAvailable")]
    public int? UpdatesAvailable { get; set; }

    /// <summary>OCID for the Compartment</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>Information specified by the user about the managed instance</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>status of the managed instance.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    [JsonPropertyName("osFamily")]
    public string? OsFamily { get; set; }

    /// <summary>Indicates whether a reboot is required to complete installation of updates.</summary>
    [JsonPropertyName("isRebootRequired")]
    public bool? IsRebootRequired { get; set; }
}

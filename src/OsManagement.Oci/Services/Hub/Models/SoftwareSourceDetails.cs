// Wire model of OS Management Hub's SoftwareSourceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides identifying information for the specified software source.</summary>
internal sealed class SoftwareSourceDetails
{
    /// <summary>The OCID of the software source.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Software source name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Software source description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Type of the software source.</summary>
    [JsonPropertyName("softwareSourceType")]
    public string? SoftwareSourceType { get; set; }

    /// <summary>Indicates whether this is a required software source for Autonomous Linux instances. If true, the user can't unselect it.</summary>
    [JsonPropertyName("isMandatoryForAutonomousLinux")]
    public bool? IsMandatoryForAutonomousLinux { get; set; }
}

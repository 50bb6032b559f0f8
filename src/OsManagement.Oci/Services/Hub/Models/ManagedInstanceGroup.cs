// Wire model of OS Management Hub's ManagedInstanceGroup (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the managed instance group.</summary>
internal sealed class ManagedInstanceGroup
{
    /// <summary>The OCID of the managed instance group.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The OCID of the compartment that contains the managed instance group.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>A user-friendly name for the managed instance group.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>User-specified information about the managed instance group.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The time the managed instance group was created (in RFC 3339 format).</summary>
    [JsonPropertyName("timeCreated")]
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time the managed instance group was last modified (in RFC 3339 format).</summary>
    [JsonPropertyName("timeModified")]
    public DateTimeOffset? TimeModified { get; set; }

    /// <summary>The current state of the managed instance group.</summary>
    [JsonPropertyName("lifecycleState")]
    public string? LifecycleState { get; set; }

    /// <summary>The operating system type of the instances in the managed instance group.</summary>
    [JsonPropertyName("osFamily")]
    public string? OsFamily { get; set; }

    /// <summary>The CPU architecture of the instances in the managed instance group.</summary>
    [JsonPropertyName("archType")]
    public string? ArchType { get; set; }

    /// <summary>The vendor of the operating system used by the managed instances in the group.</summary>
    [JsonPropertyName("vendorName")]
    public string? VendorName { get; set; }

    /// <summary>The list of software source OCIDs that the managed instance group will use.</summary>
    [JsonPropertyName("softwareSourceIds")]
    public List<SoftwareSourceDetails>? SoftwareSourceIds { get; set; }

    /// <summary>The list of software sources that the managed instance group will use.</summary>
    [JsonPropertyName("softwareSources")]
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    /// <summary>The list of managed instance OCIDs attached to the managed instance group.</summary>
    [JsonPropertyName("managedInstanceIds")]
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The number of managed instances in the group.</summary>
    [JsonPropertyName("managedInstanceCount")]
    public int? ManagedInstanceCount { get; set; }

    /// <summary>The location of managed instances attached to the group.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>The number of scheduled jobs pending against the managed instance group.</summary>
    [JsonPropertyName("pendingJobCount")]
    public int? PendingJobCount { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic. ONS is the channel used to send notifications to the customer.</summary>
    [JsonPropertyName("notificationTopicId")]
    public string? NotificationTopicId { get; set; }

    [JsonPropertyName("autonomousSettings")]
    public AutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Indicates whether the Autonomous Linux service manages the group.</summary>
    [JsonPropertyName("isManagedByAutonomousLinux")]
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    [JsonPropertyName("freeformTags")]
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    [JsonPropertyName("definedTags")]
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource. Each key is predefined and scoped to a namespace. Example: {"orcl-cloud": {"free-tier-retained": "true"}}</summary>
    [JsonPropertyName("systemTags")]
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }
}

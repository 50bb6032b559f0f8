// Wire model of OCI's ManagedInstance (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's ManagedInstance object.</summary>
internal sealed class ManagedInstance
{
    /// <summary>Managed Instance identifier</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>OCID for the managed instance</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Information specified by the user about the managed instance</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Time at which the instance last checked in</summary>
    [JsonPropertyName("lastCheckin")]
    public string? LastCheckin { get; set; }

    /// <summary>Time at which the instance last booted</summary>
    [JsonPropertyName("lastBoot")]
    public string? LastBoot { get; set; }

    /// <summary>Number of updates available to be installed</summary>
    [JsonPropertyName("updatesAvailable")]
    public int? UpdatesAvailable { get; set; }

    /// <summary>Operating System Name</summary>
    [JsonPropertyName("osName")]
    public string? OsName { get; set; }

    /// <summary>Operating System Version</summary>
    [JsonPropertyName("osVersion")]
    public string? OsVersion { get; set; }

    /// <summary>Operating System Kernel Version</summary>
    [JsonPropertyName("osKernelVersion")]
    public string? OsKernelVersion { get; set; }

    /// <summary>OCID for the Compartment</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>status of the managed instance.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>the parent (base) Software Source attached to the Managed Instance</summary>
    [JsonPropertyName("parentSoftwareSource")]
    public SoftwareSourceId? ParentSoftwareSource { get; set; }

    /// <summary>list of child Software Sources attached to the Managed Instance</summary>
    [JsonPropertyName("childSoftwareSources")]
    public List<SoftwareSourceId>? ChildSoftwareSources { get; set; }

    /// <summary>The ids of the managed instance groups of which this instance is a member.</summary>
    [JsonPropertyName("managedInstanceGroups")]
    public List<NamedId>? ManagedInstanceGroups { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    [JsonPropertyName("osFamily")]
    public string? OsFamily { get; set; }

    /// <summary>Indicates whether a reboot is required to complete installation of updates.</summary>
    [JsonPropertyName("isRebootRequired")]
    public bool? IsRebootRequired { get; set; }

    /// <summary>OCID of the ONS topic used to send notification to users</summary>
    [JsonPropertyName("notificationTopicId")]
    public string? NotificationTopicId { get; set; }

    /// <summary>The ksplice effective kernel version</summary>
    [JsonPropertyName("kspliceEffectiveKernelVersion")]
    public string? KspliceEffectiveKernelVersion { get; set; }

    /// <summary>True if user allow data collection for this instance</summary>
    [JsonPropertyName("isDataCollectionAuthorized")]
    public bool? IsDataCollectionAuthorized { get; set; }

    /// <summary>if present, indicates the Managed Instance is an autonomous instance. Holds all the Autonomous specific information</summary>
    [JsonPropertyName("autonomous")]
    public AutonomousSettings? Autonomous { get; set; }

    /// <summary>Number of security type updates available to be installed</summary>
    [JsonPropertyName("securityUpdatesAvailable")]
    public int? SecurityUpdatesAvailable { get; set; }

    /// <summary>Number of bug fix type updates available to be installed</summary>
    [JsonPropertyName("bugUpdatesAvailable")]
    public int? BugUpdatesAvailable { get; set; }

    /// <summary>Number of enhancement type updates available to be installed</summary>
    [JsonPropertyName("enhancementUpdatesAvailable")]
    public int? EnhancementUpdatesAvailable { get; set; }

    /// <summary>Number of non-classified updates available to be installed</summary>
    [JsonPropertyName("otherUpdatesAvailable")]
    public int? OtherUpdatesAvailable { get; set; }

    /// <summary>Number of scheduled jobs associated with this instance</summary>
    [JsonPropertyName("scheduledJobCount")]
    public int? ScheduledJobCount { get; set; }

    /// <summary>Number of work requests associated with this instance</summary>
    [JsonPropertyName("workRequestCount")]
    public int? WorkRequestCount { get; set; }
}

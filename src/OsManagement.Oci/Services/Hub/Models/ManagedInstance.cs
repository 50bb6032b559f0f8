// Wire model of OS Management Hub's ManagedInstance (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the instance being managed by the service.</summary>
internal sealed class ManagedInstance
{
    /// <summary>The OCID of the managed instance.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>User-friendly name for the managed instance.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>User-specified description for the managed instance.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The OCID of the tenancy that the managed instance resides in.</summary>
    [JsonPropertyName("tenancyId")]
    public string? TenancyId { get; set; }

    /// <summary>The OCID of the compartment that contains the managed instance.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>The location of the managed instance.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>Time that the instance last checked in with the service (in RFC 3339 format).</summary>
    [JsonPropertyName("timeLastCheckin")]
    public DateTimeOffset? TimeLastCheckin { get; set; }

    /// <summary>Time that the instance last booted (in RFC 3339 format).</summary>
    [JsonPropertyName("timeLastBoot")]
    public DateTimeOffset? TimeLastBoot { get; set; }

    /// <summary>Operating system name.</summary>
    [JsonPropertyName("osName")]
    public string? OsName { get; set; }

    /// <summary>Operating system version.</summary>
    [JsonPropertyName("osVersion")]
    public string? OsVersion { get; set; }

    /// <summary>Operating system kernel version.</summary>
    [JsonPropertyName("osKernelVersion")]
    public string? OsKernelVersion { get; set; }

    /// <summary>The ksplice effective kernel version.</summary>
    [JsonPropertyName("kspliceEffectiveKernelVersion")]
    public string? KspliceEffectiveKernelVersion { get; set; }

    /// <summary>The CPU architecture type of the managed instance.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>The operating system type of the managed instance.</summary>
    [JsonPropertyName("osFamily")]
    public string? OsFamily { get; set; }

    /// <summary>Current status of the managed instance.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The profile that was used to register this instance with the service.</summary>
    [JsonPropertyName("profile")]
    public string? Profile { get; set; }

    /// <summary>The version of the profile that was used to register this instance with the service.</summary>
    [JsonPropertyName("profileVersion")]
    public string? ProfileVersion { get; set; }

    /// <summary>Indicates whether this managed instance is acting as an on-premises management station.</summary>
    [JsonPropertyName("isManagementStation")]
    public bool? IsManagementStation { get; set; }

    /// <summary>The OCID of the management station for the instance to use as primary management station.</summary>
    [JsonPropertyName("primaryManagementStationId")]
    public string? PrimaryManagementStationId { get; set; }

    /// <summary>The OCID of the management station for the instance to use as secondary management station.</summary>
    [JsonPropertyName("secondaryManagementStationId")]
    public string? SecondaryManagementStationId { get; set; }

    /// <summary>The list of software sources currently attached to the managed instance.</summary>
    [JsonPropertyName("softwareSources")]
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    [JsonPropertyName("managedInstanceGroup")]
    public NamedId? ManagedInstanceGroup { get; set; }

    [JsonPropertyName("lifecycleEnvironment")]
    public NamedId? LifecycleEnvironment { get; set; }

    [JsonPropertyName("lifecycleStage")]
    public NamedId? LifecycleStage { get; set; }

    /// <summary>Indicates whether a reboot is required to complete installation of updates.</summary>
    [JsonPropertyName("isRebootRequired")]
    public bool? IsRebootRequired { get; set; }

    /// <summary>Number of packages installed on the instance.</summary>
    [JsonPropertyName("installedPackages")]
    public int? InstalledPackages { get; set; }

    /// <summary>Number of Windows updates installed on the instance.</summary>
    [JsonPropertyName("installedWindowsUpdates")]
    public int? InstalledWindowsUpdates { get; set; }

    /// <summary>Number of updates available for installation.</summary>
    [JsonPropertyName("updatesAvailable")]
    public int? UpdatesAvailable { get; set; }

    /// <summary>Number of security type updates available for installation.</summary>
    [JsonPropertyName("securityUpdatesAvailable")]
    public int? SecurityUpdatesAvailable { get; set; }

    /// <summary>Number of bug fix type updates available for installation.</summary>
    [JsonPropertyName("bugUpdatesAvailable")]
    public int? BugUpdatesAvailable { get; set; }

    /// <summary>Number of enhancement type updates available for installation.</summary>
    [JsonPropertyName("enhancementUpdatesAvailable")]
    public int? EnhancementUpdatesAvailable { get; set; }

    /// <summary>Number of non-classified (other) updates available for installation.</summary>
    [JsonPropertyName("otherUpdatesAvailable")]
    public int? OtherUpdatesAvailable { get; set; }

    /// <summary>Number of scheduled jobs associated with this instance.</summary>
    [JsonPropertyName("scheduledJobCount")]
    public int? ScheduledJobCount { get; set; }

    /// <summary>Number of work requests associated with this instance.</summary>
    [JsonPropertyName("workRequestCount")]
    public int? WorkRequestCount { get; set; }

    /// <summary>The date and time the instance was created (in RFC 3339 format).</summary>
    [JsonPropertyName("timeCreated")]
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The date and time the instance was last updated (in RFC 3339 format).</summary>
    [JsonPropertyName("timeUpdated")]
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic. ONS is the channel used to send notifications to the customer.</summary>
    [JsonPropertyName("notificationTopicId")]
    public string? NotificationTopicId { get; set; }

    [JsonPropertyName("autonomousSettings")]
    public AutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Indicates whether the Autonomous Linux service manages the instance.</summary>
    [JsonPropertyName("isManagedByAutonomousLinux")]
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The version of osmh-agent running on the managed instance</summary>
    [JsonPropertyName("agentVersion")]
    public string? AgentVersion { get; set; }

    /// <summary>Controls whether OSMH manages software sources for this instance. This defaults to false for Ubuntu and Windows instances.</summary>
    [JsonPropertyName("areSourcesManaged")]
    public bool? AreSourcesManaged { get; set; }

    /// <summary>The date and time the instance's software information was last refreshed (in RFC 3339 format).</summary>
    [JsonPropertyName("timeLastSoftwareRefresh")]
    public DateTimeOffset? TimeLastSoftwareRefresh { get; set; }
}

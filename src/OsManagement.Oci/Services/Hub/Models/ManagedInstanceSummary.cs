// Wire model of OS Management Hub's ManagedInstanceSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a managed instance.</summary>
internal class ManagedInstanceSummary
{
    /// <summary>The OCID of the managed instance.</summary>
    public string? Id { get; set; }

    /// <summary>User-friendly name for the managed instance.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description of the managed instance.</summary>
    public string? Description { get; set; }

    /// <summary>The OCID of the tenancy this managed instance resides in.</summary>
    public string? TenancyId { get; set; }

    /// <summary>The OCID of the compartment that contains the managed instance.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The location of the managed instance.</summary>
    public string? Location { get; set; }

    /// <summary>The CPU architecture type of the managed instance.</summary>
    public string? Architecture { get; set; }

    /// <summary>The operating system type of the managed instance.</summary>
    public string? OsFamily { get; set; }

    /// <summary>Current status of the managed instance.</summary>
    public string? Status { get; set; }

    public NamedId? ManagedInstanceGroup { get; set; }

    public NamedId? LifecycleEnvironment { get; set; }

    public NamedId? LifecycleStage { get; set; }

    /// <summary>Indicates whether a reboot is required to complete installation of updates.</summary>
    public bool? IsRebootRequired { get; set; }

    /// <summary>Number of updates available for installation.</summary>
    public int? UpdatesAvailable { get; set; }

    /// <summary>Whether this managed instance is acting as an on-premises management station.</summary>
    public bool? IsManagementStation { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic. ONS is the channel used to send notifications to the customer.</summary>
    public string? NotificationTopicId { get; set; }

    public AutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Indicates whether Autonomous Linux manages this instance.</summary>
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The version of osmh-agent running on the managed instance</summary>
    public string? AgentVersion { get; set; }

    /// <summary>Time that the instance last booted (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeLastBoot { get; set; }
}

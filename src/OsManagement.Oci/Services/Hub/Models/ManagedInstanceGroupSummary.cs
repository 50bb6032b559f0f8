// Wire model of OS Management Hub's ManagedInstanceGroupSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Summary of the managed instance group.</summary>
internal class ManagedInstanceGroupSummary
{
    /// <summary>The OCID of the managed instance group.</summary>
    public string? Id { get; set; }

    /// <summary>The OCID of the compartment that contains the managed instance group</summary>
    public string? CompartmentId { get; set; }

    /// <summary>A user-friendly name for the managed instance group.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified information about the managed instance group.</summary>
    public string? Description { get; set; }

    /// <summary>The number of managed instances in the group.</summary>
    public int? ManagedInstanceCount { get; set; }

    /// <summary>The location of managed instances attached to the group.</summary>
    public string? Location { get; set; }

    /// <summary>The time the managed instance group was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time the managed instance group was last modified (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeModified { get; set; }

    /// <summary>The current state of the managed instance group.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>The operating system type of the instances in the managed instance group.</summary>
    public string? OsFamily { get; set; }

    /// <summary>The CPU architecture of the instances in the managed instance group.</summary>
    public string? ArchType { get; set; }

    /// <summary>The vendor of the operating system used by the managed instances in the group.</summary>
    public string? VendorName { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic. ONS is the channel used to send notifications to the customer.</summary>
    public string? NotificationTopicId { get; set; }

    public AutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Indicates whether the Autonomous Linux service manages the group.</summary>
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource. Each key is predefined and scoped to a namespace. Example: {"orcl-cloud": {"free-tier-retained": "true"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }
}

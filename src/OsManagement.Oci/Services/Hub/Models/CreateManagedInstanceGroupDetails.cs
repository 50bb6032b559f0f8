// Wire model of OS Management Hub's CreateManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to create a new managed instance group.</summary>
internal sealed class CreateManagedInstanceGroupDetails
{
    /// <summary>A user-friendly name for the managed instance group.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description of the managed instance group.</summary>
    public string? Description { get; set; }

    /// <summary>The OCID of the compartment that contains the managed instance group.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The operating system type of the managed instances that will be attached to this group.</summary>
    public string? OsFamily { get; set; }

    /// <summary>The CPU architecture type of the managed instances that will be attached to this group.</summary>
    public string? ArchType { get; set; }

    /// <summary>The vendor of the operating system that will be used by the managed instances in the group.</summary>
    public string? VendorName { get; set; }

    /// <summary>The location of managed instances attached to the group. If no location is provided, the default is OCI_COMPUTE.</summary>
    public string? Location { get; set; }

    /// <summary>The list of software source OCIDs available to the managed instances in the group.</summary>
    public List<string>? SoftwareSourceIds { get; set; }

    /// <summary>The list of managed instance OCIDs to be added to the group.</summary>
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic.</summary>
    public string? NotificationTopicId { get; set; }

    /// <summary>Settings for the Autonomous Linux service; only for an Autonomous Linux group.</summary>
    public UpdatableAutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Free-form tags for this resource.</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource.</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }
}

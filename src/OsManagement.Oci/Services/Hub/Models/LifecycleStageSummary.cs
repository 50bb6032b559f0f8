// Wire model of OS Management Hub's LifecycleStageSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a lifecycle stage.</summary>
internal class LifecycleStageSummary
{
    /// <summary>The OCID of the lifecycle stage.</summary>
    public string? Id { get; set; }

    /// <summary>The OCID of the compartment that contains the lifecycle stage.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The user-friendly name for the lifecycle stage.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The OCID of the lifecycle environment for the lifecycle stage.</summary>
    public string? LifecycleEnvironmentId { get; set; }

    /// <summary>The user-friendly name for the lifecycle environment.</summary>
    public string? LifecycleEnvironmentDisplayName { get; set; }

    /// <summary>User-specified rank for the lifecycle stage. Rank determines the hierarchy of the lifecycle stages within the lifecycle environment.</summary>
    public int? Rank { get; set; }

    /// <summary>The operating system of the managed instances in the lifecycle stage.</summary>
    public string? OsFamily { get; set; }

    /// <summary>The CPU architecture of the managed instances in the lifecycle stage.</summary>
    public string? ArchType { get; set; }

    /// <summary>The vendor of the operating system used by the managed instances in the lifecycle stage.</summary>
    public string? VendorName { get; set; }

    /// <summary>The number of managed instances attached to the lifecycle stage.</summary>
    public int? ManagedInstances { get; set; }

    /// <summary>The location of managed instances associated with the lifecycle stage.</summary>
    public string? Location { get; set; }

    public SoftwareSourceDetails? SoftwareSourceId { get; set; }

    /// <summary>The time the lifecycle stage was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time the lifecycle stage was last modified (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeModified { get; set; }

    /// <summary>The current state of the lifecycle stage.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>Free-form tags for this resource.</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource.</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource (predefined keys scoped to a namespace).</summary>
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }
}

// Wire model of OS Management Hub's LifecycleEnvironmentSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a lifecycle environment.</summary>
internal class LifecycleEnvironmentSummary
{
    /// <summary>The OCID of the lifecycle environment.</summary>
    public string? Id { get; set; }

    /// <summary>The OCID of the compartment that contains the lifecycle environment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The user-friendly name for the lifecycle environment.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified information about the lifecycle environment.</summary>
    public string? Description { get; set; }

    /// <summary>User-specified list of lifecycle stages used within the lifecycle environment.</summary>
    public List<LifecycleStageSummary>? Stages { get; set; }

    /// <summary>The current state of the lifecycle environment.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>The CPU architecture of the target instances.</summary>
    public string? ArchType { get; set; }

    /// <summary>The operating system of the managed instances in the lifecycle environment.</summary>
    public string? OsFamily { get; set; }

    /// <summary>The vendor of the operating system used by the managed instances in the lifecycle environment.</summary>
    public string? VendorName { get; set; }

    /// <summary>The location of managed instances attached to the lifecycle environment.</summary>
    public string? Location { get; set; }

    /// <summary>The time the lifecycle environment was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time the lifecycle environment was last modified (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeModified { get; set; }

    /// <summary>Free-form tags for this resource.</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource.</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource (predefined keys scoped to a namespace).</summary>
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }
}

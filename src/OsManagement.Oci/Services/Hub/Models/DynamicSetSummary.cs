// Wire model of OS Management Hub's DynamicSetSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a dynamic set.</summary>
internal class DynamicSetSummary
{
    /// <summary>The OCID of the dynamic set.</summary>
    public string? Id { get; set; }

    /// <summary>User-friendly name for the dynamic set.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description for the dynamic set.</summary>
    public string? Description { get; set; }

    /// <summary>The OCID of the compartment that contains the dynamic set.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The date and time the dynamic set was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The date and time the dynamic set was last updated (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The current state of the dynamic set.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>Free-form tags for this resource.</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource.</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource (predefined keys scoped to a namespace).</summary>
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }
}

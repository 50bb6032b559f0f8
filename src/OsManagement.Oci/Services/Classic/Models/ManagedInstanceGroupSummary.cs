// Wire model of OCI's ManagedInstanceGroupSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ManagedInstanceGroupSummary object.</summary>
internal sealed class ManagedInstanceGroupSummary
{
    /// <summary>user settable name</summary>
    public string? DisplayName { get; set; }

    /// <summary>OCID for the managed instance group</summary>
    public string? Id { get; set; }

    /// <summary>OCID for the Compartment</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Information specified by the user about the managed instance group</summary>
    public string? Description { get; set; }

    /// <summary>Number of managed instances in this managed instance group</summary>
    public int? ManagedInstanceCount { get; set; }

    /// <summary>The current state of the Software Source.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>Simple key-value pair that is applied without any predefined name, type or scope. Exists for cross-compatibility only. Example: {@code {\"bar-key\": \"value\"}}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. Example: {@code {\"foo-namespace\": {\"bar-key\": \"value\"}}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    public string? OsFamily { get; set; }
}

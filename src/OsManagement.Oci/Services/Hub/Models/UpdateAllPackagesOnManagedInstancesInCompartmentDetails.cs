// Wire model of OS Management Hub's UpdateAllPackagesOnManagedInstancesInCompartmentDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update all packages of a specified type on managed instances within the specified compartment.</summary>
internal sealed class UpdateAllPackagesOnManagedInstancesInCompartmentDetails
{
    /// <summary>The OCID of the compartment.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>The types of updates to be applied.</summary>
    [JsonPropertyName("updateTypes")]
    public List<string>? UpdateTypes { get; set; }

    [JsonPropertyName("workRequestDetails")]
    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

// Wire model of OS Management Hub's ChangeScheduledJobCompartmentDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to move a scheduled job to another compartment.</summary>
internal sealed class ChangeScheduledJobCompartmentDetails
{
    /// <summary>The OCID of the compartment to move the scheduled job to.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }
}

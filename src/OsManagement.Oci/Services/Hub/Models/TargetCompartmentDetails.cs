// Wire model of OS Management Hub's TargetCompartmentDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information about a compartment a dynamic set looks in.</summary>
internal sealed class TargetCompartmentDetails
{
    /// <summary>The OCID of the compartment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Indicates if the child compartments are included in the matching rule.</summary>
    public bool? DoesIncludeChildren { get; set; }
}

// Wire model of OS Management Hub's UpdateAllPackagesOnManagedInstancesInCompartmentDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update all packages of a specified type on managed instances within the specified compartment.</summary>
internal sealed class UpdateAllPackagesOnManagedInstancesInCompartmentDetails
{
    /// <summary>The OCID of the compartment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The types of updates to be applied.</summary>
    public List<string>? UpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

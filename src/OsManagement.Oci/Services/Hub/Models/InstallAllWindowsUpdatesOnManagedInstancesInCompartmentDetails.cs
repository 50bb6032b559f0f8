// Wire model of OS Management Hub's InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to install all Windows updates of a specified type on managed instances within the specified compartment.</summary>
internal sealed class InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails
{
    /// <summary>The OCID of the compartment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The types of Windows updates to be installed.</summary>
    public List<string>? WindowsUpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

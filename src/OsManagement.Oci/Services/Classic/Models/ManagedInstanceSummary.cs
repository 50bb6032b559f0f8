// Wire model of OCI's ManagedInstanceSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ManagedInstanceSummary object.</summary>
internal class ManagedInstanceSummary
{
    /// <summary>user settable name</summary>
    public string? DisplayName { get; set; }

    /// <summary>OCID for the managed instance</summary>
    public string? Id { get; set; }

    /// <summary>Time at which the instance last checked in</summary>
    public string? LastCheckin { get; set; }

    /// <summary>Time at which the instance last booted</summary>
    public string? LastBoot { get; set; }

    /// <summary>Number of updates available to be installed</summary>
    public int? UpdatesAvailable { get; set; }

    /// <summary>OCID for the Compartment</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Information specified by the user about the managed instance</summary>
    public string? Description { get; set; }

    /// <summary>status of the managed instance.</summary>
    public string? Status { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    public string? OsFamily { get; set; }

    /// <summary>Indicates whether a reboot is required to complete installation of updates.</summary>
    public bool? IsRebootRequired { get; set; }
}

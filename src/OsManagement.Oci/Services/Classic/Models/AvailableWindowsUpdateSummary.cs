// Wire model of OCI's AvailableWindowsUpdateSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's AvailableWindowsUpdateSummary object.</summary>
internal sealed class AvailableWindowsUpdateSummary
{
    /// <summary>Windows Update name</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the Windows update. NOTE - This is not an OCID, but is a unique identifier assigned by Microsoft. Example: {@code 6981d463-cd91-4a26-b7c4-ea4ded9183ed}</summary>
    public string? Name { get; set; }

    /// <summary>The purpose of this update.</summary>
    public string? UpdateType { get; set; }

    /// <summary>Indicates whether the update can be installed using OSMS.</summary>
    public string? IsEligibleForInstallation { get; set; }

    /// <summary>Indicates whether a reboot may be required to complete installation of this update.</summary>
    public bool? IsRebootRequiredForInstallation { get; set; }
}

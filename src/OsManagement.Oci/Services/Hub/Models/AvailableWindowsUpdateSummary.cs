// Wire model of OS Management Hub's AvailableWindowsUpdateSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines an available update for a Windows instance.</summary>
internal sealed class AvailableWindowsUpdateSummary
{
    /// <summary>Name of the Windows update.</summary>
    public string? Name { get; set; }

    /// <summary>Unique identifier for the Windows update. Note that this is not an OCID, but is a unique identifier assigned by Microsoft. Example: '6981d463-cd91-4a26-b7c4-ea4ded9183ed'</summary>
    public string? UpdateId { get; set; }

    /// <summary>The type of Windows update.</summary>
    public string? UpdateType { get; set; }

    /// <summary>Indicates whether the update can be installed using the service.</summary>
    public string? Installable { get; set; }

    /// <summary>Indicates whether a reboot is required to complete the installation of this update.</summary>
    public bool? IsRebootRequiredForInstallation { get; set; }
}

// Wire model of OS Management Hub's InstallWindowsUpdatesOnManagedInstanceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to install Windows updates on a managed instance.</summary>
internal sealed class InstallWindowsUpdatesOnManagedInstanceDetails
{
    /// <summary>The list of Windows update unique identifiers. Note that this is not an OCID, but is a unique identifier assigned by Microsoft. Example: '6981d463-cd91-4a26-b7c4-ea4ded9183ed'</summary>
    public List<string>? WindowsUpdateName { get; set; }

    /// <summary>The types of Windows updates to be installed.</summary>
    public List<string>? WindowsUpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

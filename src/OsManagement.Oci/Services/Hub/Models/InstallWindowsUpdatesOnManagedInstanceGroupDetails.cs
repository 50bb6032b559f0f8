// Wire model of OS Management Hub's InstallWindowsUpdatesOnManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the details for the Windows update installed on the managed instance group.</summary>
internal sealed class InstallWindowsUpdatesOnManagedInstanceGroupDetails
{
    /// <summary>The type of Windows updates to be applied.</summary>
    public List<string>? WindowsUpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

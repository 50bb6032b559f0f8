// Wire model of OS Management Hub's WorkRequestManagementStationDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Details about management station actions.</summary>
internal sealed class WorkRequestManagementStationDetails
{
    /// <summary>Target version to update the management station software.</summary>
    public string? ManagementStationVersion { get; set; }

    /// <summary>The configuration of the management station.</summary>
    public string? Config { get; set; }

    /// <summary>Optional list for mirrors to sync.</summary>
    public List<string>? SoftwareSourceIds { get; set; }
}

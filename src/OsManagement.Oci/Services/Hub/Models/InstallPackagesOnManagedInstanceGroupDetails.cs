// Wire model of OS Management Hub's InstallPackagesOnManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The names of the packages to be installed on the managed instance group.</summary>
internal sealed class InstallPackagesOnManagedInstanceGroupDetails
{
    /// <summary>The list of package names.</summary>
    [JsonPropertyName("packageNames")]
    public List<string>? PackageNames { get; set; }

    [JsonPropertyName("workRequestDetails")]
    public WorkRequestDetails? WorkRequestDetails { get; set; }

    /// <summary>Indicates whether this is the latest package version.</summary>
    [JsonPropertyName("isLatest")]
    public bool? IsLatest { get; set; }
}

// Wire model of OS Management Hub's RemovePackagesFromManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The names of the packages to be removed from the managed instance group.</summary>
internal sealed class RemovePackagesFromManagedInstanceGroupDetails
{
    /// <summary>The list of package names.</summary>
    [JsonPropertyName("packageNames")]
    public List<string>? PackageNames { get; set; }

    [JsonPropertyName("workRequestDetails")]
    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

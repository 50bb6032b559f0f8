// Wire model of OS Management Hub's UpdatePackagesOnManagedInstanceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update software packages on a managed instance.</summary>
internal sealed class UpdatePackagesOnManagedInstanceDetails
{
    /// <summary>The list of package names.</summary>
    [JsonPropertyName("packageNames")]
    public List<string>? PackageNames { get; set; }

    /// <summary>The types of updates to be applied.</summary>
    [JsonPropertyName("updateTypes")]
    public List<string>? UpdateTypes { get; set; }

    [JsonPropertyName("workRequestDetails")]
    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

// Wire model of OS Management Hub's RemovePackagesFromManagedInstanceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to remove software packages from a managed instance.</summary>
internal sealed class RemovePackagesFromManagedInstanceDetails
{
    /// <summary>The list of package names.</summary>
    public List<string>? PackageNames { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

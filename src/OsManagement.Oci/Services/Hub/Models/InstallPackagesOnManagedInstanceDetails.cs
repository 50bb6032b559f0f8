// Wire model of OS Management Hub's InstallPackagesOnManagedInstanceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to install software packages on a managed instance.</summary>
internal sealed class InstallPackagesOnManagedInstanceDetails
{
    /// <summary>The list of package names.</summary>
    public List<string>? PackageNames { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

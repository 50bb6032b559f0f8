// Wire model of OS Management Hub's UpdatePackagesOnManagedInstanceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update software packages on a managed instance.</summary>
internal sealed class UpdatePackagesOnManagedInstanceDetails
{
    /// <summary>The list of package names.</summary>
    public List<string>? PackageNames { get; set; }

    /// <summary>The types of updates to be applied.</summary>
    public List<string>? UpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

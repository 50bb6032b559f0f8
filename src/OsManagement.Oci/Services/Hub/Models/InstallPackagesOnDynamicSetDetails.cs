// Wire model of OS Management Hub's InstallPackagesOnDynamicSetDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to install packages on a dynamic set.</summary>
internal sealed class InstallPackagesOnDynamicSetDetails
{
    /// <summary>The list of managed instance OCIDs (none: every member).</summary>
    public List<string>? ManagedInstances { get; set; }

    /// <summary>The list of package names.</summary>
    public List<string>? PackageNames { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

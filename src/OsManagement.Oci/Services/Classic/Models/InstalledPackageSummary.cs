// Wire model of OCI's InstalledPackageSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's InstalledPackageSummary object.</summary>
internal sealed class InstalledPackageSummary
{
    /// <summary>Package name</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package. NOTE - This is not an OCID</summary>
    public string? Name { get; set; }

    /// <summary>Type of the package</summary>
    public string? Type { get; set; }

    /// <summary>Version of the installed package</summary>
    public string? Version { get; set; }

    /// <summary>The architecture for which this package was built</summary>
    public string? Architecture { get; set; }

    /// <summary>Install time of the package</summary>
    public string? InstallTime { get; set; }

    /// <summary>date the package was issued by a providing erratum (if available)</summary>
    public string? Issued { get; set; }

    /// <summary>list of software sources that provide the software package</summary>
    public List<SoftwareSourceId>? SoftwareSources { get; set; }
}

// Wire model of OCI's AvailableUpdateSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's AvailableUpdateSummary object.</summary>
internal sealed class AvailableUpdateSummary
{
    /// <summary>Package name</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package available for update. NOTE - This is not an OCID</summary>
    public string? Name { get; set; }

    /// <summary>The purpose of this update.</summary>
    public string? UpdateType { get; set; }

    /// <summary>Type of the package</summary>
    public string? Type { get; set; }

    /// <summary>Version of the installed package</summary>
    public string? InstalledVersion { get; set; }

    /// <summary>Version of the package available for update</summary>
    public string? AvailableVersion { get; set; }

    /// <summary>The architecture for which this package was built</summary>
    public string? Architecture { get; set; }

    /// <summary>List of errata containing this update</summary>
    public List<NamedId>? Errata { get; set; }

    /// <summary>List of CVEs applicable to this erratum</summary>
    public List<string>? RelatedCves { get; set; }

    /// <summary>list of software sources that provide the software package</summary>
    public List<SoftwareSourceId>? SoftwareSources { get; set; }
}

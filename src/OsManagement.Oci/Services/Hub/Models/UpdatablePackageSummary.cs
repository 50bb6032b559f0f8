// Wire model of OS Management Hub's UpdatablePackageSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a software package available for installation on a managed instance.</summary>
internal sealed class UpdatablePackageSummary
{
    /// <summary>Package name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package.</summary>
    public string? Name { get; set; }

    /// <summary>Type of the package.</summary>
    public string? Type { get; set; }

    /// <summary>Version of the installed package.</summary>
    public string? Version { get; set; }

    /// <summary>The architecture for which this package was built.</summary>
    public string? Architecture { get; set; }

    /// <summary>List of software sources that provide the software package.</summary>
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    /// <summary>The version of the package that is currently installed on the instance.</summary>
    public string? InstalledVersion { get; set; }

    /// <summary>The type of update.</summary>
    public string? UpdateType { get; set; }

    /// <summary>List of errata applicable to this update.</summary>
    public List<string>? Errata { get; set; }

    /// <summary>List of CVEs applicable to this erratum.</summary>
    public List<string>? RelatedCves { get; set; }

    /// <summary>The severity level of the security update. Only applicable when updateType is SECURITY.</summary>
    public string? AdvisorySeverity { get; set; }

    public string? PackageClassification { get; set; }
}

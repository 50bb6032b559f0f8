// Wire model of OCI's SoftwarePackageSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's SoftwarePackageSummary object.</summary>
internal sealed class SoftwarePackageSummary
{
    /// <summary>Package name</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unique identifier for the package. NOTE - This is not an OCID</summary>
    public string? Name { get; set; }

    /// <summary>Type of the package</summary>
    public string? Type { get; set; }

    /// <summary>Version of the package</summary>
    public string? Version { get; set; }

    /// <summary>the architecture for which this software was built</summary>
    public string? Architecture { get; set; }

    /// <summary>checksum of the package</summary>
    public string? Checksum { get; set; }

    /// <summary>type of the checksum</summary>
    public string? ChecksumType { get; set; }
}

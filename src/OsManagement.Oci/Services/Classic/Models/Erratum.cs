// Wire model of OCI's Erratum (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's Erratum object.</summary>
internal sealed class Erratum : ErratumSummary
{
    /// <summary>Details describing the erratum.</summary>
    public string? Description { get; set; }

    /// <summary>Information specifying from where the erratum was release.</summary>
    public string? From { get; set; }

    /// <summary>Information describing how the erratum can be resolved.</summary>
    public string? Solution { get; set; }

    /// <summary>Information describing how to find more information about the erratum.</summary>
    public string? References { get; set; }

    /// <summary>list of managed instances to this erratum</summary>
    public List<NamedId>? AffectedInstances { get; set; }

    /// <summary>list of Software Sources</summary>
    public List<NamedId>? SoftwareSources { get; set; }

    /// <summary>list of Packages affected by this erratum</summary>
    public List<SoftwarePackageSummary>? Packages { get; set; }
}

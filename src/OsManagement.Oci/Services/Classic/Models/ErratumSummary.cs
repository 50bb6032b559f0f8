// Wire model of OCI's ErratumSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ErratumSummary object.</summary>
internal class ErratumSummary
{
    /// <summary>Advisory name</summary>
    public string? Name { get; set; }

    /// <summary>OCID for the Erratum.</summary>
    public string? Id { get; set; }

    /// <summary>OCID for the Compartment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Summary description of the erratum.</summary>
    public string? Synopsis { get; set; }

    /// <summary>date the erratum was issued</summary>
    public string? Issued { get; set; }

    /// <summary>most recent date the erratum was updated</summary>
    public string? Updated { get; set; }

    /// <summary>Type of the erratum.</summary>
    public string? AdvisoryType { get; set; }

    /// <summary>list of CVEs applicable to this erratum</summary>
    public List<string>? RelatedCves { get; set; }
}

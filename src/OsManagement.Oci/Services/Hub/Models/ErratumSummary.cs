// Wire model of OS Management Hub's ErratumSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for an erratum. An erratum is an important software change which can include security advisories, bug fixes, or enhancements.</summary>
internal sealed class ErratumSummary
{
    /// <summary>Advisory name.</summary>
    public string? Name { get; set; }

    /// <summary>Summary description of the erratum.</summary>
    public string? Synopsis { get; set; }

    /// <summary>The date and time the erratum was issued (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeIssued { get; set; }

    /// <summary>The date and time the erratum was updated (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>Type of the erratum. This property is deprecated and it will be removed in a future API release. Please refer to the advisoryType property instead.</summary>
    public string? ClassificationType { get; set; }

    /// <summary>List of CVEs applicable to this erratum.</summary>
    public List<string>? RelatedCves { get; set; }

    /// <summary>List of affected OS families.</summary>
    public List<string>? OsFamilies { get; set; }

    /// <summary>The severity advisory. Only valid for security type advisories.</summary>
    public string? AdvisorySeverity { get; set; }

    /// <summary>The advisory type of the erratum.</summary>
    public string? AdvisoryType { get; set; }
}

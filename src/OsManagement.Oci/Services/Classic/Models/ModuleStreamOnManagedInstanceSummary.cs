// Wire model of OCI's ModuleStreamOnManagedInstanceSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ModuleStreamOnManagedInstanceSummary object.</summary>
internal sealed class ModuleStreamOnManagedInstanceSummary
{
    /// <summary>The name of the module that contains the stream.</summary>
    public string? ModuleName { get; set; }

    /// <summary>The name of the stream.</summary>
    public string? StreamName { get; set; }

    /// <summary>The status of the stream &lt;p&gt; A stream with the \"ENABLED\" status can be used as a source for installing profiles. Streams with this status are also \"ACTIVE\". &lt;p&gt; A stream with the \"DISABLED\" status cannot be the source for installing profiles. To install profiles and packages from this stream, it must be enabled. &lt;p&gt; A stream with the \"ACTIVE\" status can be used as a source for installing profiles. The packages that comprise the stream are also used when a matching package is installed directly. In general, a stream can have this status if it is the default stream for the module and no stream has been explicitly enabled.</summary>
    public string? Status { get; set; }

    /// <summary>The set of profiles that the module stream contains.</summary>
    public List<ModuleStreamProfileOnManagedInstanceSummary>? Profiles { get; set; }

    /// <summary>The OCID of the software source that provides this module stream.</summary>
    public string? SoftwareSourceId { get; set; }

    /// <summary>The date and time of the last status change for this profile, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? TimeModified { get; set; }
}

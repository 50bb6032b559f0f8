// Wire model of OCI's ModuleStreamProfileOnManagedInstanceSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ModuleStreamProfileOnManagedInstanceSummary object.</summary>
internal sealed class ModuleStreamProfileOnManagedInstanceSummary
{
    /// <summary>The name of the module that contains the stream profile</summary>
    public string? ModuleName { get; set; }

    /// <summary>The name of the stream that contains the profile</summary>
    public string? StreamName { get; set; }

    /// <summary>The name of the profile</summary>
    public string? ProfileName { get; set; }

    /// <summary>The status of the profile. &lt;p&gt; A profile with the \"INSTALLED\" status indicates that the profile has been installed. &lt;p&gt; A profile with the \"AVAILABLE\" status indicates that the profile is not installed, but can be.</summary>
    public string? Status { get; set; }

    /// <summary>The date and time of the last status change for this profile, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? TimeModified { get; set; }
}

// Wire model of OS Management Hub's UpdatePackagesOnDynamicSetDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update packages on a dynamic set.</summary>
internal sealed class UpdatePackagesOnDynamicSetDetails
{
    /// <summary>The type of updates to be applied.</summary>
    public List<string>? UpdateTypes { get; set; }

    /// <summary>The list of managed instance OCIDs to be updated (none: every member).</summary>
    public List<string>? ManagedInstances { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

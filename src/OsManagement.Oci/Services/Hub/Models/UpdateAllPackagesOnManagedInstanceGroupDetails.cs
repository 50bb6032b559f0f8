// Wire model of OS Management Hub's UpdateAllPackagesOnManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the details for updating the packages on the managed instance.</summary>
internal sealed class UpdateAllPackagesOnManagedInstanceGroupDetails
{
    /// <summary>The type of updates to be applied.</summary>
    public List<string>? UpdateTypes { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

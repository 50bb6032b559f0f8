// Wire model of OS Management Hub's RerunWorkRequestDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to target specific resources for the rerun of a work request.</summary>
internal sealed class RerunWorkRequestDetails
{
    /// <summary>List of managed instance OCIDs to affected by the rerun of the work request.</summary>
    public List<string>? ManagedInstances { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

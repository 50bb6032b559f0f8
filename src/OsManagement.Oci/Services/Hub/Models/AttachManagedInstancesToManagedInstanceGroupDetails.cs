// Wire model of OS Management Hub's AttachManagedInstancesToManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The managed instances to attach to the managed instance group.</summary>
internal sealed class AttachManagedInstancesToManagedInstanceGroupDetails
{
    /// <summary>List of managed instance OCIDs to attach to the group.</summary>
    public List<string>? ManagedInstances { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

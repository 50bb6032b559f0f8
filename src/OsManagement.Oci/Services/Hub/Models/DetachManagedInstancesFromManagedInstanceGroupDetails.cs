// Wire model of OS Management Hub's DetachManagedInstancesFromManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The managed instances to detach from the managed instance group.</summary>
internal sealed class DetachManagedInstancesFromManagedInstanceGroupDetails
{
    /// <summary>List of managed instance OCIDs to detach from the group.</summary>
    public List<string>? ManagedInstances { get; set; }
}

// Wire model of OS Management Hub's DetachManagedInstancesFromLifecycleStageDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The details about the managed instances to detach from a lifecycle stage.</summary>
internal sealed class DetachManagedInstancesFromLifecycleStageDetails
{
    public ManagedInstancesDetails? ManagedInstanceDetails { get; set; }
}

// Wire model of OS Management Hub's AttachManagedInstancesToLifecycleStageDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The details about the managed instances to attach to a lifecycle stage.</summary>
internal sealed class AttachManagedInstancesToLifecycleStageDetails
{
    public ManagedInstancesDetails? ManagedInstanceDetails { get; set; }
}

// Wire model of OS Management Hub's ManagedInstancesDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The managed instances to attach to or detach from a lifecycle stage, and the work request's name.</summary>
internal sealed class ManagedInstancesDetails
{
    /// <summary>The list of managed instance OCIDs to be attached/detached.</summary>
    public List<string>? ManagedInstances { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}

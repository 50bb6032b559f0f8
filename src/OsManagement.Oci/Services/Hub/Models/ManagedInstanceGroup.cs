// Wire model of OS Management Hub's ManagedInstanceGroup (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the managed instance group.</summary>
internal sealed class ManagedInstanceGroup : ManagedInstanceGroupSummary
{
    /// <summary>The list of software source OCIDs that the managed instance group will use.</summary>
    public List<SoftwareSourceDetails>? SoftwareSourceIds { get; set; }

    /// <summary>The list of software sources that the managed instance group will use.</summary>
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    /// <summary>The list of managed instance OCIDs attached to the managed instance group.</summary>
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The number of scheduled jobs pending against the managed instance group.</summary>
    public int? PendingJobCount { get; set; }

}

// Wire model of OCI's ScheduledJob (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ScheduledJob object.</summary>
internal sealed class ScheduledJob : ScheduledJobSummary
{
    /// <summary>Details describing the Scheduled Job.</summary>
    public string? Description { get; set; }

    /// <summary>the interval period for a recurring Scheduled Job (only if schedule type is RECURRING)</summary>
    public string? IntervalType { get; set; }

    /// <summary>the value for the interval period for a recurring Scheduled Job (only if schedule type is RECURRING)</summary>
    public string? IntervalValue { get; set; }

    /// <summary>Type of the update (only if operation type is UPDATEALL)</summary>
    public string? UpdateType { get; set; }

    /// <summary>the names of the updates (only if operation type is INSTALL/UPDATE/REMOVE)</summary>
    public List<PackageName>? PackageNames { get; set; }

    /// <summary>list of Work Requests associated with this Scheduled Job</summary>
    public List<NamedId>? WorkRequests { get; set; }

    /// <summary>The unique names of the Windows Updates (only if operation type is INSTALL). This is only applicable when the osFamily is for Windows managed instances.</summary>
    public List<string>? UpdateNames { get; set; }

}

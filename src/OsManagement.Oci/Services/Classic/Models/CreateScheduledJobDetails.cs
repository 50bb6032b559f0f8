// Wire model of OCI's CreateScheduledJobDetails (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's CreateScheduledJobDetails object.</summary>
internal sealed class CreateScheduledJobDetails
{
    /// <summary>OCID for the Compartment</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Scheduled Job name</summary>
    public string? DisplayName { get; set; }

    /// <summary>Details describing the Scheduled Job.</summary>
    public string? Description { get; set; }

    /// <summary>the type of scheduling this Scheduled Job follows</summary>
    public string? ScheduleType { get; set; }

    /// <summary>the desired time for the next execution of this Scheduled Job</summary>
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>the interval period for a recurring Scheduled Job (only if schedule type is RECURRING)</summary>
    public string? IntervalType { get; set; }

    /// <summary>the value for the interval period for a recurring Scheduled Job (only if schedule type is RECURRING)</summary>
    public string? IntervalValue { get; set; }

    /// <summary>The list of managed instances this scheduled job operates on (mutually exclusive with managedInstanceGroups). Either this or the managedInstanceGroups must be supplied.</summary>
    public List<NamedId>? ManagedInstances { get; set; }

    /// <summary>The list of managed instance groups this scheduled job operates on (mutually exclusive with managedInstances). Either this or managedInstances must be supplied.</summary>
    public List<NamedId>? ManagedInstanceGroups { get; set; }

    /// <summary>the type of operation this Scheduled Job performs</summary>
    public string? OperationType { get; set; }

    /// <summary>Type of the update (only if operation type is UPDATEALL)</summary>
    public string? UpdateType { get; set; }

    /// <summary>the id of the package (only if operation type is INSTALL/UPDATE/REMOVE)</summary>
    public List<PackageName>? PackageNames { get; set; }

    /// <summary>Simple key-value pair that is applied without any predefined name, type or scope. Exists for cross-compatibility only. Example: {@code {\"bar-key\": \"value\"}}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. Example: {@code {\"foo-namespace\": {\"bar-key\": \"value\"}}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>The unique names of the Windows Updates (only if operation type is INSTALL). This is only applicable when the osFamily is for Windows managed instances.</summary>
    public List<string>? UpdateNames { get; set; }

    /// <summary>The Operating System type of the managed instance(s) on which this scheduled job will operate. If not specified, this defaults to Linux.</summary>
    public string? OsFamily { get; set; }
}

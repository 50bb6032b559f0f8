// Wire model of OCI's ScheduledJobSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ScheduledJobSummary object.</summary>
internal class ScheduledJobSummary
{
    /// <summary>OCID for the Scheduled Job</summary>
    public string? Id { get; set; }

    /// <summary>Scheduled Job name</summary>
    public string? DisplayName { get; set; }

    /// <summary>OCID for the Compartment</summary>
    public string? CompartmentId { get; set; }

    /// <summary>the type of scheduling this Scheduled Job follows</summary>
    public string? ScheduleType { get; set; }

    /// <summary>the time/date of the next scheduled execution of this Scheduled Job</summary>
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>the time/date of the last execution of this Scheduled Job</summary>
    public DateTimeOffset? TimeLastExecution { get; set; }

    /// <summary>the list of managed instances this scheduled job operates on (mutually exclusive with managedInstanceGroups)</summary>
    public List<NamedId>? ManagedInstances { get; set; }

    /// <summary>the list of managed instance groups this scheduled job operates on (mutually exclusive with managedInstances)</summary>
    public List<NamedId>? ManagedInstanceGroups { get; set; }

    /// <summary>the type of operation this Scheduled Job performs</summary>
    public string? OperationType { get; set; }

    /// <summary>The current state of the Scheduled Job.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>Simple key-value pair that is applied without any predefined name, type or scope. Exists for cross-compatibility only. Example: {@code {\"bar-key\": \"value\"}}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. Example: {@code {\"foo-namespace\": {\"bar-key\": \"value\"}}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    public string? OsFamily { get; set; }

    /// <summary>true, if the schedule job has its update capabilities restricted. (Used to track Autonomous Scheduled Job)</summary>
    public bool? IsRestricted { get; set; }
}

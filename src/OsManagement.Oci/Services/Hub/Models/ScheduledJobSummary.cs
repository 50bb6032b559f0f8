// Wire model of OS Management Hub's ScheduledJobSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides summary information for a scheduled job.</summary>
internal class ScheduledJobSummary
{
    /// <summary>The OCID of the scheduled job.</summary>
    public string? Id { get; set; }

    /// <summary>User-friendly name for the scheduled job.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The OCID of the compartment that contains the scheduled job.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The type of scheduling this scheduled job follows.</summary>
    public string? ScheduleType { get; set; }

    /// <summary>The list of locations this scheduled job should operate on for a job targeting on compartments. (Empty list means apply to all locations). This can only be set when managedCompartmentIds is not empty.</summary>
    public List<string>? Locations { get; set; }

    /// <summary>The time this scheduled job was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time this scheduled job was updated (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The time of the next execution of this scheduled job (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>The time of the last execution of this scheduled job (in RFC 3339 format).b.</summary>
    public DateTimeOffset? TimeLastExecution { get; set; }

    /// <summary>The managed instance OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceGroupIds, managedCompartmentIds, lifecycleStageIds, and dynamicSetIds.</summary>
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The managed instance group OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedCompartmentIds, lifecycleStageIds, and dynamicSetIds.</summary>
    public List<string>? ManagedInstanceGroupIds { get; set; }

    /// <summary>The compartment OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, lifecycleStageIds, and dynamicSetIds.</summary>
    public List<string>? ManagedCompartmentIds { get; set; }

    /// <summary>The lifecycle stage OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, managedCompartmentIds, and dynamicSetIds.</summary>
    public List<string>? LifecycleStageIds { get; set; }

    /// <summary>The dynamic set OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target. therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, managedCompartmentIds.</summary>
    public List<string>? DynamicSetIds { get; set; }

    /// <summary>The list of operations this scheduled job needs to perform. A scheduled job supports only one operation type, unless it is one of the following: * UPDATE_PACKAGES * UPDATE_ALL * UPDATE_SECURITY * UPDATE_BUGFIX * UPDATE_ENHANCEMENT * UPDATE_OTHER * UPDATE_KSPLICE_USERSPACE * UPDATE_KSPLICE_KERNEL</summary>
    public List<ScheduledJobOperation>? Operations { get; set; }

    /// <summary>The current state of the scheduled job.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>Indicates whether this scheduled job is managed by the Autonomous Linux service.</summary>
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource. Each key is predefined and scoped to a namespace. Example: {"orcl-cloud": {"free-tier-retained": "true"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }

    /// <summary>Indicates if the schedule job has restricted update and deletion capabilities. For restricted scheduled jobs, you can update only the timeNextExecution, recurringRule, and tags.</summary>
    public bool? IsRestricted { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the scheduled job. If set, the service will automatically retry a failed scheduled job after the interval. For example, you could set the interval to [2,5,10]. If the initial execution of the job fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    public List<int>? RetryIntervals { get; set; }

    /// <summary>The OCID for the work request that will be rerun.</summary>
    public string? WorkRequestId { get; set; }
}

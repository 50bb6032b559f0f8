// Wire model of OS Management Hub's ScheduledJob (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The object that defines a scheduled job. For more information about jobs, see Managing Jobs.</summary>
internal sealed class ScheduledJob
{
    /// <summary>The OCID of the scheduled job.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>User-friendly name for the scheduled job.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>The OCID of the compartment that contains the scheduled job.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>User-specified description for the scheduled job.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The type of scheduling frequency for the job.</summary>
    [JsonPropertyName("scheduleType")]
    public string? ScheduleType { get; set; }

    /// <summary>The list of locations this scheduled job should operate on for a job targeting on compartments. (Empty list means apply to all locations). This can only be set when managedCompartmentIds is not empty.</summary>
    [JsonPropertyName("locations")]
    public List<string>? Locations { get; set; }

    /// <summary>The time of the next execution of this scheduled job (in RFC 3339 format).</summary>
    [JsonPropertyName("timeNextExecution")]
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>The time of the last execution of this scheduled job (in RFC 3339 format).</summary>
    [JsonPropertyName("timeLastExecution")]
    public DateTimeOffset? TimeLastExecution { get; set; }

    /// <summary>The frequency schedule for a recurring scheduled job in the RFC5535 format. Currently, only FREQ/INTERVAL/BYMONTHDAY/BYDAY/BYSETPOS/BYMONTH/BYHOUR/BYMINUTE/BYSECOND rules are supported. In FREQ, only YEARLY, MONTHLY, WEEKLY, DAILY", HOURLY are supported.</summary>
    [JsonPropertyName("recurringRule")]
    public string? RecurringRule { get; set; }

    /// <summary>The managed instance OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceGroupIds, managedCompartmentIds, and lifecycleStageIds.</summary>
    [JsonPropertyName("managedInstanceIds")]
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The managed instance group OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedCompartmentIds, and lifecycleStageIds.</summary>
    [JsonPropertyName("managedInstanceGroupIds")]
    public List<string>? ManagedInstanceGroupIds { get; set; }

    /// <summary>The compartment OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, and lifecycleStageIds.</summary>
    [JsonPropertyName("managedCompartmentIds")]
    public List<string>? ManagedCompartmentIds { get; set; }

    /// <summary>The lifecycle stage OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, managedCompartmentIds, and dynamicSetIds.</summary>
    [JsonPropertyName("lifecycleStageIds")]
    public List<string>? LifecycleStageIds { get; set; }

    /// <summary>The dynamic set OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target. therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, and managedCompartmentIds.</summary>
    [JsonPropertyName("dynamicSetIds")]
    public List<string>? DynamicSetIds { get; set; }

    /// <summary>Indicates whether to apply the scheduled job to all compartments in the tenancy when managedCompartmentIds specifies the tenancy OCID (root compartment).</summary>
    [JsonPropertyName("isSubcompartmentIncluded")]
    public bool? IsSubcompartmentIncluded { get; set; }

    /// <summary>The list of operations this scheduled job needs to perform. A scheduled job supports only one operation type, unless it is one of the following: * UPDATE_PACKAGES * UPDATE_ALL * UPDATE_SECURITY * UPDATE_BUGFIX * UPDATE_ENHANCEMENT * UPDATE_OTHER * UPDATE_KSPLICE_USERSPACE * UPDATE_KSPLICE_KERNEL</summary>
    [JsonPropertyName("operations")]
    public List<ScheduledJobOperation>? Operations { get; set; }

    /// <summary>The list of work request OCIDs associated with this scheduled job.</summary>
    [JsonPropertyName("workRequestIds")]
    public List<string>? WorkRequestIds { get; set; }

    /// <summary>The time this scheduled job was created (in RFC 3339 format).</summary>
    [JsonPropertyName("timeCreated")]
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The time this scheduled job was updated (in RFC 3339 format).</summary>
    [JsonPropertyName("timeUpdated")]
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The current state of the scheduled job.</summary>
    [JsonPropertyName("lifecycleState")]
    public string? LifecycleState { get; set; }

    /// <summary>Indicates whether this scheduled job is managed by the Autonomous Linux service.</summary>
    [JsonPropertyName("isManagedByAutonomousLinux")]
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    [JsonPropertyName("freeformTags")]
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    [JsonPropertyName("definedTags")]
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>System tags for this resource. Each key is predefined and scoped to a namespace. Example: {"orcl-cloud": {"free-tier-retained": "true"}}</summary>
    [JsonPropertyName("systemTags")]
    public Dictionary<string, Dictionary<string, object>>? SystemTags { get; set; }

    /// <summary>Indicates if the schedule job has restricted update and deletion capabilities. For restricted scheduled jobs, you can update only the timeNextExecution, recurringRule, and tags.</summary>
    [JsonPropertyName("isRestricted")]
    public bool? IsRestricted { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the scheduled job. If set, the service will automatically retry a failed scheduled job after the interval. For example, you could set the interval to [2,5,10]. If the initial execution of the job fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    [JsonPropertyName("retryIntervals")]
    public List<int>? RetryIntervals { get; set; }

    /// <summary>The OCID for the work request that will be rerun.</summary>
    [JsonPropertyName("workRequestId")]
    public string? WorkRequestId { get; set; }
}

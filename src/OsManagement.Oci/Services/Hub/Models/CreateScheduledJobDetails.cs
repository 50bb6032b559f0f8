// Wire model of OS Management Hub's CreateScheduledJobDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to create a scheduled job.</summary>
internal sealed class CreateScheduledJobDetails
{
    /// <summary>The OCID of the compartment that contains the scheduled job.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>User-friendly name for the scheduled job. Does not have to be unique and you can change the name later. Avoid entering confidential information.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description of the scheduled job. Avoid entering confidential information.</summary>
    public string? Description { get; set; }

    /// <summary>The type of scheduling frequency for the scheduled job.</summary>
    public string? ScheduleType { get; set; }

    /// <summary>The list of locations this scheduled job should operate on for a job targeting on compartments. (Empty list means apply to all locations). This can only be set when managedCompartmentIds is not empty.</summary>
    public List<string>? Locations { get; set; }

    /// <summary>The desired time of the next execution of this scheduled job (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>The frequency schedule for a recurring scheduled job in the RFC5535 format. Note: Currently, only FREQ/INTERVAL/BYMONTHDAY/BYDAY/BYSETPOS/BYMONTH/BYHOUR/BYMINUTE/BYSECOND rules are supported. In FREQ, only YEARLY, MONTHLY, WEEKLY, DAILY", HOURLY are supported.</summary>
    public string? RecurringRule { get; set; }

    /// <summary>The managed instance OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore you must supply either this or managedInstanceGroupIds, or managedCompartmentIds, or lifecycleStageIds, or dynamicSetIds.</summary>
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The managed instance group OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore you must supply either this or managedInstanceIds, or managedCompartmentIds, or lifecycleStageIds, or dynamicSetIds.</summary>
    public List<string>? ManagedInstanceGroupIds { get; set; }

    /// <summary>The compartment OCIDs that this scheduled job operates on. To apply the job to all compartments in the tenancy, set this to the tenancy OCID (root compartment) and set isSubcompartmentIncluded to true. A scheduled job can only operate on one type of target, therefore you must supply either this or managedInstanceIds, or managedInstanceGroupIds, or lifecycleStageIds, or dynamicSetIds.</summary>
    public List<string>? ManagedCompartmentIds { get; set; }

    /// <summary>The lifecycle stage OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target, therefore you must supply either this or managedInstanceIds, or managedInstanceGroupIds, or managedCompartmentIds, or dynamicSetIds.</summary>
    public List<string>? LifecycleStageIds { get; set; }

    /// <summary>The dynamic set OCIDs that this scheduled job operates on. A scheduled job can only operate on one type of target. therefore this parameter is mutually exclusive with managedInstanceIds, managedInstanceGroupIds, lifecycleStageIds, managedCompartmentIds.</summary>
    public List<string>? DynamicSetIds { get; set; }

    /// <summary>Indicates whether to apply the scheduled job to all compartments in the tenancy when managedCompartmentIds specifies the tenancy OCID (root compartment).</summary>
    public bool? IsSubcompartmentIncluded { get; set; }

    /// <summary>The list of operations this scheduled job needs to perform. A scheduled job supports only one operation type, unless it is one of the following: * UPDATE_PACKAGES * UPDATE_ALL * UPDATE_SECURITY * UPDATE_BUGFIX * UPDATE_ENHANCEMENT * UPDATE_OTHER * UPDATE_KSPLICE_USERSPACE * UPDATE_KSPLICE_KERNEL</summary>
    public List<ScheduledJobOperation>? Operations { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the scheduled job. If set, the service will automatically retry a failed scheduled job after the interval. For example, you could set the interval to [2,5,10]. If the initial execution of the job fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    public List<int>? RetryIntervals { get; set; }

    /// <summary>Indicates whether this scheduled job is managed by the Autonomous Linux service.</summary>
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The OCID for the work request that will be rerun.</summary>
    public string? WorkRequestId { get; set; }
}

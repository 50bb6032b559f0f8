// Wire model of OS Management Hub's UpdateScheduledJobDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update a scheduled job.</summary>
internal sealed class UpdateScheduledJobDetails
{
    /// <summary>User-friendly name for the scheduled job. Avoid entering confidential information.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description for the scheduled job. Avoid entering confidential information.</summary>
    public string? Description { get; set; }

    /// <summary>The type of scheduling frequency for the job.</summary>
    public string? ScheduleType { get; set; }

    /// <summary>The time of the next execution of this scheduled job (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeNextExecution { get; set; }

    /// <summary>The frequency schedule for a recurring scheduled job in the RFC5535 format. Currently, only FREQ/INTERVAL/BYMONTHDAY/BYDAY/BYSETPOS/BYMONTH/BYHOUR/BYMINUTE/BYSECOND rules are supported. In FREQ, only YEARLY, MONTHLY, WEEKLY, DAILY", HOURLY are supported.</summary>
    public string? RecurringRule { get; set; }

    /// <summary>The list of operations this scheduled job needs to perform. A scheduled job supports only one operation type, unless it is one of the following: * UPDATE_PACKAGES * UPDATE_ALL * UPDATE_SECURITY * UPDATE_BUGFIX * UPDATE_ENHANCEMENT * UPDATE_OTHER * UPDATE_KSPLICE_USERSPACE * UPDATE_KSPLICE_KERNEL</summary>
    public List<ScheduledJobOperation>? Operations { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see Resource Tags. Example: {"Department": "Finance"}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see Resource Tags. Example: {"Operations": {"CostCenter": "42"}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the scheduled job. If set, the service will automatically retry a failed scheduled job after the interval. For example, you could set the interval to [2,5,10]. If the initial execution of the job fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    public List<int>? RetryIntervals { get; set; }
}

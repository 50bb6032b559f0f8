// Wire model of OS Management Hub's ScheduledJob (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The object that defines a scheduled job. For more information about jobs, see Managing Jobs.</summary>
internal sealed class ScheduledJob : ScheduledJobSummary
{
    /// <summary>User-specified description for the scheduled job.</summary>
    public string? Description { get; set; }

    /// <summary>The frequency schedule for a recurring scheduled job in the RFC5535 format. Currently, only FREQ/INTERVAL/BYMONTHDAY/BYDAY/BYSETPOS/BYMONTH/BYHOUR/BYMINUTE/BYSECOND rules are supported. In FREQ, only YEARLY, MONTHLY, WEEKLY, DAILY", HOURLY are supported.</summary>
    public string? RecurringRule { get; set; }

    /// <summary>Indicates whether to apply the scheduled job to all compartments in the tenancy when managedCompartmentIds specifies the tenancy OCID (root compartment).</summary>
    public bool? IsSubcompartmentIncluded { get; set; }

    /// <summary>The list of work request OCIDs associated with this scheduled job.</summary>
    public List<string>? WorkRequestIds { get; set; }

}

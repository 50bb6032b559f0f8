// Wire model of OS Management Hub's WorkRequestSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The summary of a work request.</summary>
internal class WorkRequestSummary
{
    /// <summary>Type of the work request.</summary>
    public string? OperationType { get; set; }

    /// <summary>Status of the work request.</summary>
    public string? Status { get; set; }

    /// <summary>The OCID of the work request.</summary>
    public string? Id { get; set; }

    /// <summary>A short description about the work request.</summary>
    public string? Description { get; set; }

    /// <summary>A short display name for the work request.</summary>
    public string? DisplayName { get; set; }

    /// <summary>A progress or error message, if there is any.</summary>
    public string? Message { get; set; }

    /// <summary>The OCID of the parent work request, if there is any.</summary>
    public string? ParentId { get; set; }

    /// <summary>The list of OCIDs for child work requests.</summary>
    public List<string>? ChildrenId { get; set; }

    /// <summary>The OCID of the compartment that contains the work request. Work requests should be scoped to the same compartment as the resource it affects. If the work request affects multiple resources the different compartments, the services selects the compartment of the primary resource.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The percentage complete of the operation tracked by this work request.</summary>
    public float? PercentComplete { get; set; }

    /// <summary>The date and time the request was created - as described in RFC 3339, section 14.29.</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The scheduled date and time to retry the work request (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeScheduled { get; set; }

    /// <summary>Indicates whether this work request is managed by Autonomous Linux</summary>
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The number of minutes the service waits for the reboot to complete. If the managed instance doesn't reboot within the timeout, the service marks the reboot job as failed.</summary>
    public int? RebootTimeoutInMins { get; set; }

    /// <summary>The date and time the work request completed (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeFinished { get; set; }
}

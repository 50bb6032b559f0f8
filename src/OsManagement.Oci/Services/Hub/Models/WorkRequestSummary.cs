// Wire model of OS Management Hub's WorkRequestSummary (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The summary of a work request.</summary>
internal sealed class WorkRequestSummary
{
    /// <summary>Type of the work request.</summary>
    [JsonPropertyName("operationType")]
    public string? OperationType { get; set; }

    /// <summary>Status of the work request.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The OCID of the work request.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>A short description about the work request.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A short display name for the work request.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>A progress or error message, if there is any.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The OCID of the parent work request, if there is any.</summary>
    [JsonPropertyName("parentId")]
    public string? ParentId { get; set; }

    /// <summary>The list of OCIDs for child work requests.</summary>
    [JsonPropertyName("childrenId")]
    public List<string>? ChildrenId { get; set; }

    /// <summary>The OCID of the compartment that contains the work request. Work requests should be scoped to the same compartment as the resource it affects. If the work request affects multiple resources the different compartments, the services selects the compartment of the primary resource.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>The percentage complete of the operation tracked by this work request.</summary>
    [JsonPropertyName("percentComplete")]
    public float? PercentComplete { get; set; }

    /// <summary>The date and time the request was created - as described in RFC 3339, section 14.29.</summary>
    [JsonPropertyName("timeCreated")]
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The scheduled date and time to retry the work request (in RFC 3339 format).</summary>
    [JsonPropertyName("timeScheduled")]
    public DateTimeOffset? TimeScheduled { get; set; }

    /// <summary>Indicates whether this work request is managed by Autonomous Linux</summary>
    [JsonPropertyName("isManagedByAutonomousLinux")]
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The number of minutes the service waits for the reboot to complete. If the managed instance doesn't reboot within the timeout, the service marks the reboot job as failed.</summary>
    [JsonPropertyName("rebootTimeoutInMins")]
    public int? RebootTimeoutInMins { get; set; }

    /// <summary>The date and time the work request completed (in RFC 3339 format).</summary>
    [JsonPropertyName("timeFinished")]
    public DateTimeOffset? TimeFinished { get; set; }
}

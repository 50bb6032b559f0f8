// Wire model of OS Management Hub's WorkRequest (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines a work request.</summary>
internal sealed class WorkRequest
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

    /// <summary>The list of OCIDs for the child work requests.</summary>
    [JsonPropertyName("childrenId")]
    public List<string>? ChildrenId { get; set; }

    /// <summary>The OCID of the compartment that contains the work request. Work requests should be scoped to the same compartment as the resource it affects. If the work request affects multiple resources the different compartments, the services selects the compartment of the primary resource.</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>The list of OCIDs for the resources affected by the work request.</summary>
    [JsonPropertyName("resources")]
    public List<WorkRequestResource>? Resources { get; set; }

    /// <summary>A list of package names to be installed, updated, or removed.</summary>
    [JsonPropertyName("packageNames")]
    public List<string>? PackageNames { get; set; }

    /// <summary>The UUIDs of the target Windows update (only used when operation type is INSTALL_WINDOWS_UPDATES).</summary>
    [JsonPropertyName("windowsUpdateNames")]
    public List<string>? WindowsUpdateNames { get; set; }

    /// <summary>The list of appstream modules being operated on.</summary>
    [JsonPropertyName("moduleSpecs")]
    public List<ModuleSpecDetails>? ModuleSpecs { get; set; }

    /// <summary>The percentage complete of the operation tracked by this work request.</summary>
    [JsonPropertyName("percentComplete")]
    public float? PercentComplete { get; set; }

    /// <summary>The date and time the work request was created (in RFC 3339 format).</summary>
    [JsonPropertyName("timeCreated")]
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The date and time the work request started (in RFC 3339 format).</summary>
    [JsonPropertyName("timeUpdated")]
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The date and time the work request started (in RFC 3339 format).</summary>
    [JsonPropertyName("timeStarted")]
    public DateTimeOffset? TimeStarted { get; set; }

    /// <summary>The date and time the work request completed (in RFC 3339 format).</summary>
    [JsonPropertyName("timeFinished")]
    public DateTimeOffset? TimeFinished { get; set; }

    /// <summary>The OCID of the resource that initiated the work request.</summary>
    [JsonPropertyName("initiatorId")]
    public string? InitiatorId { get; set; }

    [JsonPropertyName("managementStation")]
    public WorkRequestManagementStationDetails? ManagementStation { get; set; }

    /// <summary>The scheduled date and time to retry the work request (in RFC 3339 format).</summary>
    [JsonPropertyName("timeScheduled")]
    public DateTimeOffset? TimeScheduled { get; set; }

    /// <summary>The location of the bundle in the filesystem of the resource associated to this work request.</summary>
    [JsonPropertyName("contentLocation")]
    public string? ContentLocation { get; set; }

    /// <summary>The event id of the content. This property is required when the work request type is IMPORT_CONTENT or REMOVE_CONTENT.</summary>
    [JsonPropertyName("eventId")]
    public string? EventId { get; set; }

    /// <summary>The EventFingerprint associated with the content. This property is required when the work request type is IMPORT_CONTENT or REMOVE_CONTENT.</summary>
    [JsonPropertyName("contentChecksum")]
    public string? ContentChecksum { get; set; }

    /// <summary>The OCID of the original work request that is being retried.</summary>
    [JsonPropertyName("retryOfId")]
    public string? RetryOfId { get; set; }

    /// <summary>The OCID of the original work request that is being rerun.</summary>
    [JsonPropertyName("rerunOfId")]
    public string? RerunOfId { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the work request. If set, the service will automatically retry a failed work request after the interval. For example, An interval set to [2,5,10]. If the initial execution of the work request fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    [JsonPropertyName("retryIntervals")]
    public List<int>? RetryIntervals { get; set; }

    /// <summary>Indicates whether this work request is managed by the Autonomous Linux service.</summary>
    [JsonPropertyName("isManagedByAutonomousLinux")]
    public bool? IsManagedByAutonomousLinux { get; set; }

    /// <summary>The number of minutes the service waits for the reboot to complete. If the managed instance doesn't reboot within the timeout, the service marks the reboot job as failed.</summary>
    [JsonPropertyName("rebootTimeoutInMins")]
    public int? RebootTimeoutInMins { get; set; }

    /// <summary>The details about the snap.</summary>
    [JsonPropertyName("snapSpecs")]
    public List<SnapSpecDetails>? SnapSpecs { get; set; }
}

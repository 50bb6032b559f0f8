// Wire model of OCI's WorkRequest (JSON field names as the service sends them).
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OsManagement.Oci.OsManagement.Models;

/// <summary>The service's WorkRequest object.</summary>
internal sealed class WorkRequest
{
    /// <summary>the type of operation this Work Request performs</summary>
    [JsonPropertyName("operationType")]
    public string? OperationType { get; set; }

    /// <summary>status of current work request.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The id of the work request.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The ocid of the compartment that contains the work request. Work requests should be scoped to the same compartment as the resource the work request affects. If the work request affects multiple resources, and those resources are not in the same compartment, it is up to the service team to pick the primary resource whose compartment should be used</summary>
    [JsonPropertyName("compartmentId")]
    public string? CompartmentId { get; set; }

    /// <summary>Description of the type of work.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A progress or error message, if there is any.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("managedInstanceId")]
    public NamedId? ManagedInstanceId { get; set; }

    /// <summary>The resources affected by this work request.</summary>
    [JsonPropertyName("resources")]
    public List<WorkRequestResource>? Resources { get; set; }

    /// <summary>Percentage of the request completed.</summary>
    [JsonPropertyName("percentComplete")]
    public float? PercentComplete { get; set; }

    /// <summary>The date and time the request was created, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    [JsonPropertyName("timeAccepted")]
    public DateTimeOffset? TimeAccepted { get; set; }

    /// <summary>The date and time the request was started, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    [JsonPropertyName("timeStarted")]
    public DateTimeOffset? TimeStarted { get; set; }

    /// <summary>The date and time the object was finished, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339).</summary>
    [JsonPropertyName("timeFinished")]
    public DateTimeOffset? TimeFinished { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    [JsonPropertyName("osFamily")]
    public string? OsFamily { get; set; }

    /// <summary>The parent of this work request, if one exists.</summary>
    [JsonPropertyName("parentId")]
    public string? ParentId { get; set; }

    /// <summary>A list of the IDs of any children of this work request</summary>
    [JsonPropertyName("childrenIds")]
    public List<string>? ChildrenIds { get; set; }
}

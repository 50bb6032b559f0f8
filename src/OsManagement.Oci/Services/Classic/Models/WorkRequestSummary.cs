// Wire model of OCI's WorkRequestSummary (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's WorkRequestSummary object.</summary>
internal class WorkRequestSummary
{
    /// <summary>the type of operation this Work Request performs</summary>
    public string? OperationType { get; set; }

    /// <summary>status of current work request.</summary>
    public string? Status { get; set; }

    /// <summary>The id of the work request.</summary>
    public string? Id { get; set; }

    /// <summary>The ocid of the compartment that contains the work request. Work requests should be scoped to the same compartment as the resource the work request affects. If the work request affects multiple resources, and those resources are not in the same compartment, it is up to the service team to pick the primary resource whose compartment should be used</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Description of the type of work.</summary>
    public string? Description { get; set; }

    /// <summary>A progress or error message, if there is any.</summary>
    public string? Message { get; set; }

    /// <summary>Percentage of the request completed.</summary>
    public float? PercentComplete { get; set; }

    /// <summary>The date and time the request was created, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? TimeAccepted { get; set; }

    /// <summary>The Operating System type of the managed instance.</summary>
    public string? OsFamily { get; set; }
}

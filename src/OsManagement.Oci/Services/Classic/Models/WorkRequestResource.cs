// Wire model of OCI's WorkRequestResource (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's WorkRequestResource object.</summary>
internal sealed class WorkRequestResource
{
    /// <summary>The resource type for the work request.</summary>
    public string? EntityType { get; set; }

    /// <summary>The way in which this resource is affected by the work tracked in the work request. A resource being created, updated, or deleted will remain in the IN_PROGRESS state until work is complete for that resource at which point it will transition to CREATED, UPDATED, or DELETED, respectively. If the request failed for that resource, the state will be FAILED.</summary>
    public string? ActionType { get; set; }

    /// <summary>The identifier of the resource. Not all resources will have an id.</summary>
    public string? Identifier { get; set; }

    /// <summary>The name of the resource. Not all resources will have a name specified.</summary>
    public string? Name { get; set; }

    /// <summary>The URI path that the user can do a GET on to access the resource metadata.</summary>
    public string? EntityUri { get; set; }
}

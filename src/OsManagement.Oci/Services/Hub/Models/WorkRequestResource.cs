// Wire model of OS Management Hub's WorkRequestResource (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>A resource created or operated on by a work request.</summary>
internal sealed class WorkRequestResource
{
    /// <summary>The resource type that the work request affects.</summary>
    public string? EntityType { get; set; }

    /// <summary>The way in which this resource is affected by the work tracked in the work request. A resource being created, updated, or deleted will remain in the IN_PROGRESS state until work is complete for that resource at which point it will transition to CREATED, UPDATED, or DELETED, respectively.</summary>
    public string? ActionType { get; set; }

    /// <summary>The identifier of the resource the work request affects.</summary>
    public string? Identifier { get; set; }

    /// <summary>The URI path that the user can do a GET on to access the resource metadata.</summary>
    public string? EntityUri { get; set; }

    /// <summary>The name of the resource. Not all resources will have a name specified.</summary>
    public string? Name { get; set; }

    /// <summary>Additional information that helps to explain the resource.</summary>
    public Dictionary<string, string>? Metadata { get; set; }
}

// Wire model of OS Management Hub's Id (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Id and name of a resource to simplify the display for the user.</summary>
internal sealed class NamedId
{
    /// <summary>The OCID of the resource that is immutable on creation.</summary>
    public string? Id { get; set; }

    /// <summary>User-friendly name.</summary>
    public string? DisplayName { get; set; }
}

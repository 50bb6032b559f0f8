// Wire model of OCI's SoftwareSourceId (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's SoftwareSourceId object.</summary>
internal sealed class SoftwareSourceId
{
    /// <summary>software source name</summary>
    public string? Name { get; set; }

    /// <summary>software source identifier</summary>
    public string? Id { get; set; }
}

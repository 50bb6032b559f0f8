// Wire model of OCI's PackageName (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's PackageName object.</summary>
internal sealed class PackageName
{
    /// <summary>package identifier</summary>
    public string? Name { get; set; }
}

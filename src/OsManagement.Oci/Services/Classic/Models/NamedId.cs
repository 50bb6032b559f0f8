// Wire model of OCI's NamedId (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's NamedId object.</summary>
internal sealed class NamedId
{
    /// <summary>unique identifier that is immutable on creation</summary>
    public string? Id { get; set; }

    /// <summary>User friendly name</summary>
    public string? DisplayName { get; set; }
}

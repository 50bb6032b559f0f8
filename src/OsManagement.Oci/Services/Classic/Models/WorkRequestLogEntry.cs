// Wire model of OCI's WorkRequestLogEntry (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's WorkRequestLogEntry object.</summary>
internal sealed class WorkRequestLogEntry
{
    /// <summary>A human readable log message.</summary>
    public string? Message { get; set; }

    /// <summary>The date and time the error happened, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? Timestamp { get; set; }
}

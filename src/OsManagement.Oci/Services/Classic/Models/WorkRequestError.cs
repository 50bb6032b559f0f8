// Wire model of OCI's WorkRequestError (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's WorkRequestError object.</summary>
internal sealed class WorkRequestError
{
    /// <summary>A machine-usable code for the error that occured.</summary>
    public string? Code { get; set; }

    /// <summary>A human readable description of the issue encountered.</summary>
    public string? Message { get; set; }

    /// <summary>The date and time the error happened, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? Timestamp { get; set; }
}

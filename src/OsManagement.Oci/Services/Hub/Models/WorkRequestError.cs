// Wire model of OS Management Hub's WorkRequestError (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An error encountered while executing a work request.</summary>
internal sealed class WorkRequestError
{
    /// <summary>A machine-usable code for the error that occurred. Error codes are listed on (https://docs.oracle.com/iaas/Content/API/References/apierrors.htm).</summary>
    public string? Code { get; set; }

    /// <summary>A human readable description of the issue encountered.</summary>
    public string? Message { get; set; }

    /// <summary>The time the error occurred. (in RFC 3339 format).</summary>
    public DateTimeOffset? Timestamp { get; set; }
}

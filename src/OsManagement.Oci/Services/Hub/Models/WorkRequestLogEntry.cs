// Wire model of OS Management Hub's WorkRequestLogEntry (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>A log message from the execution of a work request.</summary>
internal sealed class WorkRequestLogEntry
{
    /// <summary>A human readable log message.</summary>
    public string? Message { get; set; }

    /// <summary>The date and time the log message was written (in RFC 3339 format).</summary>
    public DateTimeOffset? Timestamp { get; set; }
}

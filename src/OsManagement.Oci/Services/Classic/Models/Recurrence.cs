// Wire model of OCI's Recurrence (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's Recurrence object.</summary>
internal sealed class Recurrence
{
    /// <summary>the interval period for the recurrence</summary>
    public string? IntervalType { get; set; }

    /// <summary>the value for the interval period for the recurrence</summary>
    public string? IntervalValue { get; set; }
}

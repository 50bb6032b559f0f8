// Wire model of OCI's AutonomousSettings (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's AutonomousSettings object.</summary>
internal sealed class AutonomousSettings
{
    /// <summary>True if daily updates are enabled</summary>
    public bool? IsAutoUpdateEnabled { get; set; }
}

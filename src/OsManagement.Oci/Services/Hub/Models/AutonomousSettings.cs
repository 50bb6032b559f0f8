// Wire model of OS Management Hub's AutonomousSettings (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Settings for the Autonomous Linux service.</summary>
internal sealed class AutonomousSettings
{
    /// <summary>Indicates whether Autonomous Linux will collect crash files. This setting can be changed by the user.</summary>
    public bool? IsDataCollectionAuthorized { get; set; }

    /// <summary>The OCID of the restricted scheduled job associated with this instance. This value cannot be deleted by the user.</summary>
    public string? ScheduledJobId { get; set; }
}

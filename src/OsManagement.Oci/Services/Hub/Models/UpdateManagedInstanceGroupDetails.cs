// Wire model of OS Management Hub's UpdateManagedInstanceGroupDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update the managed instance group.</summary>
internal sealed class UpdateManagedInstanceGroupDetails
{
    /// <summary>A user-friendly name for the managed instance group.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified description of the managed instance group.</summary>
    public string? Description { get; set; }

    /// <summary>The OCID for the Oracle Notifications service (ONS) topic.</summary>
    public string? NotificationTopicId { get; set; }

    /// <summary>Settings for the Autonomous Linux service; only for an Autonomous Linux group.</summary>
    public UpdatableAutonomousSettings? AutonomousSettings { get; set; }

    /// <summary>Free-form tags for this resource.</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource.</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }
}

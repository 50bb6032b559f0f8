using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>A managed instance group and its members.</summary>
public sealed class InstanceGroupRecord
{
    /// <summary>The group OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>The OS family of its members.</summary>
    public Reported<OsFamily> OsFamily { get; set; }

    /// <summary>ACTIVE, ... as the service says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>Its members (details only; a listed group has none here).</summary>
    public IReadOnlyList<ResourceRef> Members { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>How many members it has, when the service says so without listing them.</summary>
    public int? MemberCount { get; set; }

    /// <summary>False for a listed group (a summary, without members).</summary>
    public bool IsDetailed { get; set; }
}

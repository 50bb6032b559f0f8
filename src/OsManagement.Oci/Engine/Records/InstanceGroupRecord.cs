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

    /// <summary>The service's detailed family (Hub: ORACLE_LINUX_8, WINDOWS_SERVER_2022...); null where the service has none.</summary>
    public string? OsFamilyDetail { get; set; }

    /// <summary>ACTIVE, ... as the service says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>Its members (details only; a listed group has none here).</summary>
    public IReadOnlyList<ResourceRef> Members { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>How many members it has, when the service says so without listing them.</summary>
    public int? MemberCount { get; set; }

    /// <summary>The CPU architecture of its members as the service says it (Hub: X86_64); null where the service has none.</summary>
    public string? Architecture { get; set; }

    /// <summary>Where its members run as the service says it (Hub: OCI_COMPUTE, ON_PREMISE...); null where the service has none.</summary>
    public string? Location { get; set; }

    /// <summary>The version read (a group read in full); a change sends it back so a concurrent change is detected.</summary>
    public string? ETag { get; set; }

    /// <summary>False for a listed group (a summary, without members).</summary>
    public bool IsDetailed { get; set; }
}

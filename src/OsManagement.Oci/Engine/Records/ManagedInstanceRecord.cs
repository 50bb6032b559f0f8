using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>A managed instance: its OS, status and what updates it is missing. Fields a service does not give are null.</summary>
public sealed class ManagedInstanceRecord
{
    /// <summary>The managed instance OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>Linux or Windows.</summary>
    public Reported<OsFamily> OsFamily { get; set; }

    /// <summary>The service's detailed family (Hub: ORACLE_LINUX_8, WINDOWS_SERVER_2022...); null where the service has none.</summary>
    public string? OsFamilyDetail { get; set; }

    /// <summary>The OS name.</summary>
    public string? OsName { get; set; }

    /// <summary>The OS version.</summary>
    public string? OsVersion { get; set; }

    /// <summary>The kernel version.</summary>
    public string? OsKernelVersion { get; set; }

    /// <summary>The agent status as the service says it (NORMAL, UNREACHABLE, ERROR, WARNING, and on Hub more).</summary>
    public string Status { get; set; } = "";

    /// <summary>The agent's last check-in.</summary>
    public DateTimeOffset? LastCheckin { get; set; }

    /// <summary>The last boot.</summary>
    public DateTimeOffset? LastBoot { get; set; }

    /// <summary>Whether a reboot is needed to finish installing updates.</summary>
    public bool? IsRebootRequired { get; set; }

    /// <summary>Updates available, of any kind.</summary>
    public int? UpdatesAvailable { get; set; }

    /// <summary>Security updates available (details only).</summary>
    public int? SecurityUpdatesAvailable { get; set; }

    /// <summary>Bug fixes available (details only).</summary>
    public int? BugUpdatesAvailable { get; set; }

    /// <summary>Enhancements available (details only).</summary>
    public int? EnhancementUpdatesAvailable { get; set; }

    /// <summary>Other updates available (details only).</summary>
    public int? OtherUpdatesAvailable { get; set; }

    /// <summary>The groups it belongs to.</summary>
    public IReadOnlyList<ResourceRef> Groups { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>Its CPU architecture as the service says it (Hub: X86_64, AARCH64); null where the service has none.</summary>
    public string? Architecture { get; set; }

    /// <summary>Where it runs as the service says it (Hub: OCI_COMPUTE, ON_PREMISE...); null where the service has none.</summary>
    public string? Location { get; set; }

    /// <summary>The lifecycle environment it is attached to (OS Management Hub); null when none.</summary>
    public ResourceRef? LifecycleEnvironment { get; set; }

    /// <summary>The lifecycle stage it is attached to (OS Management Hub); null when none.</summary>
    public ResourceRef? LifecycleStage { get; set; }

    /// <summary>
    /// The group or lifecycle stage its content is changed through (OS Management Hub changes a member's packages only
    /// through its group or stage); null for a stand-alone instance, and on a service without that rule.
    /// </summary>
    public ContentUnit? ChangedThrough { get; set; }

    /// <summary>Scheduled jobs that target it.</summary>
    public int? ScheduledJobCount { get; set; }

    /// <summary>Its work requests.</summary>
    public int? WorkRequestCount { get; set; }

    /// <summary>False for a listed instance (a summary: no per-kind counts, OS details or groups).</summary>
    public bool IsDetailed { get; set; }

    /// <summary>How many updates of a classification it misses; null when the service did not say.</summary>
    public int? UpdatesOfKind(UpdateKind kind) => kind switch
    {
        UpdateKind.Security => SecurityUpdatesAvailable,
        UpdateKind.Bugfix => BugUpdatesAvailable,
        UpdateKind.Enhancement => EnhancementUpdatesAvailable,
        UpdateKind.Other => OtherUpdatesAvailable,
        UpdateKind.All => UpdatesAvailable,
        _ => null,
    };
}

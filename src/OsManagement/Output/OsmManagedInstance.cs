using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A managed instance: its OS, status and how many updates it is missing.</summary>
public sealed class OsmManagedInstance
{
    internal OsmManagedInstance(ManagedInstanceRecord m)
    {
        Id = m.Id;
        DisplayName = m.DisplayName;
        Description = m.Description;
        CompartmentId = m.CompartmentId;
        OsFamily = OutputText.Of(m.OsFamily);
        OsName = m.OsName;
        OsVersion = m.OsVersion;
        OsKernelVersion = m.OsKernelVersion;
        Status = m.Status;
        LastCheckin = OsmTime.Local(m.LastCheckin);
        LastBoot = OsmTime.Local(m.LastBoot);
        IsRebootRequired = m.IsRebootRequired ?? false;
        UpdatesAvailable = m.UpdatesAvailable ?? 0;
        SecurityUpdatesAvailable = m.SecurityUpdatesAvailable;
        BugUpdatesAvailable = m.BugUpdatesAvailable;
        EnhancementUpdatesAvailable = m.EnhancementUpdatesAvailable;
        OtherUpdatesAvailable = m.OtherUpdatesAvailable;
        ManagedInstanceGroupIds = OsmList<string>.From(m.Groups.Select(g => g.Id));
        ManagedInstanceGroupNames = OsmList<string>.From(m.Groups.Select(g => g.NameOrId));
        ScheduledJobCount = m.ScheduledJobCount;
        WorkRequestCount = m.WorkRequestCount;
    }

    /// <summary>The managed instance OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }

    /// <summary>LINUX or WINDOWS.</summary>
    public string OsFamily { get; }
    public string? OsName { get; }
    public string? OsVersion { get; }
    public string? OsKernelVersion { get; }

    /// <summary>NORMAL, UNREACHABLE, ERROR or WARNING (OS Management Hub has more).</summary>
    public string Status { get; }

    /// <summary>The last time the agent checked in (local time).</summary>
    public DateTime? LastCheckin { get; }

    /// <summary>The last boot (local time).</summary>
    public DateTime? LastBoot { get; }
    public bool IsRebootRequired { get; }
    public int UpdatesAvailable { get; }

    /// <summary>Security updates available (null when the service does not say).</summary>
    public int? SecurityUpdatesAvailable { get; }
    public int? BugUpdatesAvailable { get; }
    public int? EnhancementUpdatesAvailable { get; }
    public int? OtherUpdatesAvailable { get; }
    public OsmList<string> ManagedInstanceGroupIds { get; }
    public OsmList<string> ManagedInstanceGroupNames { get; }
    public int? ScheduledJobCount { get; }
    public int? WorkRequestCount { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

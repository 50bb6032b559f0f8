using OsManagement.Infrastructure;
using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A managed instance: its OS, status and how many updates it is missing.</summary>
public sealed class OsmManagedInstance : IRegional
{
    internal OsmManagedInstance(ManagedInstanceRecord m)
    {
        Id = m.Id;
        DisplayName = m.DisplayName;
        Description = m.Description;
        CompartmentId = m.CompartmentId;
        OsFamily = OutputText.Of(m.OsFamily);
        OsFamilyDetail = m.OsFamilyDetail;
        OsName = m.OsName;
        OsVersion = m.OsVersion;
        OsKernelVersion = m.OsKernelVersion;
        Status = m.Status;
        Activity = AgentActivities.Of(m.Status, m.LastCheckin, DateTimeOffset.UtcNow)?.Words();
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
        Architecture = m.Architecture;
        Location = m.Location;
        LifecycleEnvironmentId = m.LifecycleEnvironment?.Id;
        LifecycleEnvironmentName = m.LifecycleEnvironment?.NameOrId;
        LifecycleStageId = m.LifecycleStage?.Id;
        LifecycleStageName = m.LifecycleStage?.NameOrId;
    }

    /// <summary>The managed instance OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }

    /// <summary>LINUX or WINDOWS.</summary>
    public string OsFamily { get; }

    /// <summary>The detailed family OS Management Hub reports (ORACLE_LINUX_8, ORACLE_LINUX_9, WINDOWS_SERVER_2022...); empty on the retired service.</summary>
    public string? OsFamilyDetail { get; }
    public string? OsName { get; }
    public string? OsVersion { get; }
    public string? OsKernelVersion { get; }

    /// <summary>NORMAL, UNREACHABLE, ERROR or WARNING (OS Management Hub has more).</summary>
    public string Status { get; }

    /// <summary>
    /// How its agent is checking in, as OS Management Hub's console says it: Active, Inactive (no check-in for 30
    /// minutes: WARNING), Offline (none for 24 hours: UNREACHABLE), Rebooting, Registering, Registration failed,
    /// Unregistering or Error. An old last check-in makes it Inactive or Offline whatever the status says (the retired
    /// service keeps NORMAL for an agent that stopped).
    /// </summary>
    public string? Activity { get; }

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

    /// <summary>X86_64, AARCH64... (OS Management Hub; empty on the retired service).</summary>
    public string? Architecture { get; }

    /// <summary>OCI_COMPUTE, ON_PREMISE... (OS Management Hub; empty on the retired service).</summary>
    public string? Location { get; }

    /// <summary>The lifecycle environment it is attached to (OS Management Hub); empty when none.</summary>
    public string? LifecycleEnvironmentId { get; }
    public string? LifecycleEnvironmentName { get; }

    /// <summary>The lifecycle stage it is attached to (OS Management Hub); its content is then changed through the stage.</summary>
    public string? LifecycleStageId { get; }
    public string? LifecycleStageName { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;

    /// <summary>The region it was read in (OS Management Hub is regional), e.g. us-ashburn-1.</summary>
    public string? Region { get; internal set; }

    string? IRegional.Region { get => Region; set => Region = value; }
}

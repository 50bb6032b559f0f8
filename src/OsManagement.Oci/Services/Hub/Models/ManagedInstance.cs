// Wire model of OS Management Hub's ManagedInstance (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the instance being managed by the service.</summary>
internal sealed class ManagedInstance : ManagedInstanceSummary
{
    /// <summary>Time that the instance last checked in with the service (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeLastCheckin { get; set; }

    /// <summary>Operating system name.</summary>
    public string? OsName { get; set; }

    /// <summary>Operating system version.</summary>
    public string? OsVersion { get; set; }

    /// <summary>Operating system kernel version.</summary>
    public string? OsKernelVersion { get; set; }

    /// <summary>The ksplice effective kernel version.</summary>
    public string? KspliceEffectiveKernelVersion { get; set; }

    /// <summary>The profile that was used to register this instance with the service.</summary>
    public string? Profile { get; set; }

    /// <summary>The version of the profile that was used to register this instance with the service.</summary>
    public string? ProfileVersion { get; set; }

    /// <summary>The OCID of the management station for the instance to use as primary management station.</summary>
    public string? PrimaryManagementStationId { get; set; }

    /// <summary>The OCID of the management station for the instance to use as secondary management station.</summary>
    public string? SecondaryManagementStationId { get; set; }

    /// <summary>The list of software sources currently attached to the managed instance.</summary>
    public List<SoftwareSourceDetails>? SoftwareSources { get; set; }

    /// <summary>Number of packages installed on the instance.</summary>
    public int? InstalledPackages { get; set; }

    /// <summary>Number of Windows updates installed on the instance.</summary>
    public int? InstalledWindowsUpdates { get; set; }

    /// <summary>Number of security type updates available for installation.</summary>
    public int? SecurityUpdatesAvailable { get; set; }

    /// <summary>Number of bug fix type updates available for installation.</summary>
    public int? BugUpdatesAvailable { get; set; }

    /// <summary>Number of enhancement type updates available for installation.</summary>
    public int? EnhancementUpdatesAvailable { get; set; }

    /// <summary>Number of non-classified (other) updates available for installation.</summary>
    public int? OtherUpdatesAvailable { get; set; }

    /// <summary>Number of scheduled jobs associated with this instance.</summary>
    public int? ScheduledJobCount { get; set; }

    /// <summary>Number of work requests associated with this instance.</summary>
    public int? WorkRequestCount { get; set; }

    /// <summary>The date and time the instance was created (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The date and time the instance was last updated (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>Controls whether OSMH manages software sources for this instance. This defaults to false for Ubuntu and Windows instances.</summary>
    public bool? AreSourcesManaged { get; set; }

    /// <summary>The date and time the instance's software information was last refreshed (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeLastSoftwareRefresh { get; set; }
}

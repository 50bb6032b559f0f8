// Wire model of OCI's ManagedInstance (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ManagedInstance object.</summary>
internal sealed class ManagedInstance : ManagedInstanceSummary
{
    /// <summary>Operating System Name</summary>
    public string? OsName { get; set; }

    /// <summary>Operating System Version</summary>
    public string? OsVersion { get; set; }

    /// <summary>Operating System Kernel Version</summary>
    public string? OsKernelVersion { get; set; }

    /// <summary>the parent (base) Software Source attached to the Managed Instance</summary>
    public SoftwareSourceId? ParentSoftwareSource { get; set; }

    /// <summary>list of child Software Sources attached to the Managed Instance</summary>
    public List<SoftwareSourceId>? ChildSoftwareSources { get; set; }

    /// <summary>The ids of the managed instance groups of which this instance is a member.</summary>
    public List<NamedId>? ManagedInstanceGroups { get; set; }

    /// <summary>OCID of the ONS topic used to send notification to users</summary>
    public string? NotificationTopicId { get; set; }

    /// <summary>The ksplice effective kernel version</summary>
    public string? KspliceEffectiveKernelVersion { get; set; }

    /// <summary>True if user allow data collection for this instance</summary>
    public bool? IsDataCollectionAuthorized { get; set; }

    /// <summary>if present, indicates the Managed Instance is an autonomous instance. Holds all the Autonomous specific information</summary>
    public AutonomousSettings? Autonomous { get; set; }

    /// <summary>Number of security type updates available to be installed</summary>
    public int? SecurityUpdatesAvailable { get; set; }

    /// <summary>Number of bug fix type updates available to be installed</summary>
    public int? BugUpdatesAvailable { get; set; }

    /// <summary>Number of enhancement type updates available to be installed</summary>
    public int? EnhancementUpdatesAvailable { get; set; }

    /// <summary>Number of non-classified updates available to be installed</summary>
    public int? OtherUpdatesAvailable { get; set; }

    /// <summary>Number of scheduled jobs associated with this instance</summary>
    public int? ScheduledJobCount { get; set; }

    /// <summary>Number of work requests associated with this instance</summary>
    public int? WorkRequestCount { get; set; }
}

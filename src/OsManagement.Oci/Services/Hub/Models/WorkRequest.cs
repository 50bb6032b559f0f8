// Wire model of OS Management Hub's WorkRequest (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines a work request.</summary>
internal sealed class WorkRequest : WorkRequestSummary
{
    /// <summary>The list of OCIDs for the resources affected by the work request.</summary>
    public List<WorkRequestResource>? Resources { get; set; }

    /// <summary>A list of package names to be installed, updated, or removed.</summary>
    public List<string>? PackageNames { get; set; }

    /// <summary>The UUIDs of the target Windows update (only used when operation type is INSTALL_WINDOWS_UPDATES).</summary>
    public List<string>? WindowsUpdateNames { get; set; }

    /// <summary>The list of appstream modules being operated on.</summary>
    public List<ModuleSpecDetails>? ModuleSpecs { get; set; }

    /// <summary>The date and time the work request started (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeUpdated { get; set; }

    /// <summary>The date and time the work request started (in RFC 3339 format).</summary>
    public DateTimeOffset? TimeStarted { get; set; }

    /// <summary>The OCID of the resource that initiated the work request.</summary>
    public string? InitiatorId { get; set; }

    public WorkRequestManagementStationDetails? ManagementStation { get; set; }

    /// <summary>The location of the bundle in the filesystem of the resource associated to this work request.</summary>
    public string? ContentLocation { get; set; }

    /// <summary>The event id of the content. This property is required when the work request type is IMPORT_CONTENT or REMOVE_CONTENT.</summary>
    public string? EventId { get; set; }

    /// <summary>The EventFingerprint associated with the content. This property is required when the work request type is IMPORT_CONTENT or REMOVE_CONTENT.</summary>
    public string? ContentChecksum { get; set; }

    /// <summary>The OCID of the original work request that is being retried.</summary>
    public string? RetryOfId { get; set; }

    /// <summary>The OCID of the original work request that is being rerun.</summary>
    public string? RerunOfId { get; set; }

    /// <summary>The amount of time in minutes to wait until retrying the work request. If set, the service will automatically retry a failed work request after the interval. For example, An interval set to [2,5,10]. If the initial execution of the work request fails, the service waits 2 minutes and then retries. If that fails, the service waits 5 minutes and then retries. If that fails, the service waits 10 minutes and then retries.</summary>
    public List<int>? RetryIntervals { get; set; }

    /// <summary>The details about the snap.</summary>
    public List<SnapSpecDetails>? SnapSpecs { get; set; }
}

using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub;

// Filters of the Hub lists, named as in oci-osmanagementhub's *Request types. A List<string> is an array parameter:
// its key is repeated once per value (status=NORMAL&status=WARNING). Unset filters are left out of the query.

/// <summary>Parameters every Hub list operation takes.</summary>
internal abstract class ListRequest
{
    /// <summary>Items per page (the service caps it).</summary>
    public int? Limit { get; set; }

    /// <summary>ASC or DESC (<see cref="Models.SortOrder"/>).</summary>
    public string? SortOrder { get; set; }

    /// <summary>camelCase on Hub (<see cref="Models.SortBy"/>): timeCreated or displayName on most lists.</summary>
    public string? SortBy { get; set; }
}

/// <summary>The order the engine lists in.</summary>
internal static class ListOrder
{
    /// <summary>The request, sorted oldest first (the order the engine's lists promise).</summary>
    public static T OldestFirst<T>(this T request) where T : ListRequest
    {
        request.SortBy = Models.SortBy.TimeCreated;
        request.SortOrder = Models.SortOrder.Asc;
        return request;
    }
}

/// <summary>ListManagedInstances: GET /managedInstances.</summary>
internal sealed class ListManagedInstancesRequest : ListRequest
{
    /// <summary>Only this compartment (Hub has no compartmentIdInSubtree here).</summary>
    public string? CompartmentId { get; set; }
    public List<string>? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? ManagedInstanceId { get; set; }

    /// <summary><see cref="Models.ManagedInstanceStatus"/> values.</summary>
    public List<string>? Status { get; set; }

    /// <summary><see cref="Models.ArchType"/> values.</summary>
    public List<string>? ArchType { get; set; }

    /// <summary><see cref="Models.OsFamily"/> values.</summary>
    public List<string>? OsFamily { get; set; }
    public bool? IsManagementStation { get; set; }

    /// <summary>Only members of this group (its OCID).</summary>
    public string? Group { get; set; }
    public string? GroupNotEqualTo { get; set; }
    public string? LifecycleStage { get; set; }
    public string? LifecycleStageNotEqualTo { get; set; }
    public bool? IsAttachedToGroupOrLifecycleStage { get; set; }
    public string? SoftwareSourceId { get; set; }

    /// <summary>Only instances that miss one of these advisories (e.g. ELSA-2024-1234).</summary>
    public List<string>? AdvisoryName { get; set; }
    public string? LifecycleEnvironment { get; set; }
    public string? LifecycleEnvironmentNotEqualTo { get; set; }

    /// <summary><see cref="Models.ManagedInstanceLocation"/> values.</summary>
    public List<string>? Location { get; set; }
    public List<string>? LocationNotEqualTo { get; set; }
    public List<string>? Profile { get; set; }
    public List<string>? ProfileNotEqualTo { get; set; }
    public bool? IsProfileAttached { get; set; }
    public bool? IsManagedByAutonomousLinux { get; set; }
    public string? AgentVersion { get; set; }
    public List<string>? ManagementStation { get; set; }
    public List<string>? ManagementStationNotEqualTo { get; set; }
    public bool? IsRebootRequired { get; set; }
}

/// <summary>ListManagedInstanceUpdatablePackages: GET /managedInstances/{id}/updatablePackages.</summary>
internal sealed class ListManagedInstanceUpdatablePackagesRequest : ListRequest
{
    public string ManagedInstanceId { get; set; } = "";

    /// <summary><see cref="Models.ClassificationTypes"/> values.</summary>
    public List<string>? ClassificationType { get; set; }
    public List<string>? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }
    public List<string>? AdvisoryName { get; set; }

    /// <summary><see cref="Models.AdvisorySeverity"/> values.</summary>
    public List<string>? AdvisorySeverity { get; set; }
    public string? CompartmentId { get; set; }
}

/// <summary>ListManagedInstanceAvailableWindowsUpdates: GET /managedInstances/{id}/availableWindowsUpdates.</summary>
internal sealed class ListManagedInstanceAvailableWindowsUpdatesRequest : ListRequest
{
    public string ManagedInstanceId { get; set; } = "";

    /// <summary><see cref="Models.ClassificationTypes"/> values.</summary>
    public List<string>? ClassificationType { get; set; }

    /// <summary>Update ids (Microsoft's, not OCIDs).</summary>
    public List<string>? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }

    /// <summary><see cref="Models.InstallableStates"/>: INSTALLABLE or NOT_INSTALLABLE.</summary>
    public string? IsInstallable { get; set; }
    public string? CompartmentId { get; set; }
}

/// <summary>ListManagedInstanceGroups: GET /managedInstanceGroups.</summary>
internal sealed class ListManagedInstanceGroupsRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public string? ManagedInstanceGroupId { get; set; }
    public string? SoftwareSourceId { get; set; }
    public List<string>? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }

    /// <summary>One <see cref="Models.ArchType"/> (not an array on this list).</summary>
    public string? ArchType { get; set; }

    /// <summary>One <see cref="Models.OsFamily"/> (not an array on this list).</summary>
    public string? OsFamily { get; set; }
    public string? LifecycleState { get; set; }
    public List<string>? Location { get; set; }
    public List<string>? LocationNotEqualTo { get; set; }
    public bool? IsManagedByAutonomousLinux { get; set; }
}

/// <summary>ListErrata: GET /errata (sortBy timeIssued or name).</summary>
internal sealed class ListErrataRequest : ListRequest
{
    /// <summary>Required by the service.</summary>
    public string CompartmentId { get; set; } = "";
    public List<string>? Name { get; set; }
    public string? NameContains { get; set; }
    public List<string>? ClassificationType { get; set; }

    /// <summary><see cref="Models.AdvisoryTypes"/> values.</summary>
    public List<string>? AdvisoryType { get; set; }

    /// <summary>One <see cref="Models.OsFamily"/>.</summary>
    public string? OsFamily { get; set; }
    public List<string>? AdvisorySeverity { get; set; }
    public DateTimeOffset? TimeIssueDateStart { get; set; }
    public DateTimeOffset? TimeIssueDateEnd { get; set; }
}

/// <summary>ListScheduledJobs: GET /scheduledJobs.</summary>
internal sealed class ListScheduledJobsRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public string? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? LifecycleState { get; set; }
    public string? ManagedInstanceId { get; set; }
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Jobs that target this compartment.</summary>
    public string? ManagedCompartmentId { get; set; }
    public string? LifecycleStageId { get; set; }

    /// <summary>One <see cref="Models.OperationTypes"/>.</summary>
    public string? OperationType { get; set; }

    /// <summary>ONETIME or RECURRING.</summary>
    public string? ScheduleType { get; set; }

    /// <summary>Jobs whose next run is on or after this time.</summary>
    public DateTimeOffset? TimeStart { get; set; }

    /// <summary>Jobs whose next run is on or before this time.</summary>
    public DateTimeOffset? TimeEnd { get; set; }
    public bool? IsRestricted { get; set; }

    /// <summary>One job, by OCID.</summary>
    public string? Id { get; set; }
    public bool? CompartmentIdInSubtree { get; set; }
    public List<string>? Location { get; set; }
    public List<string>? LocationNotEqualTo { get; set; }
    public bool? IsManagedByAutonomousLinux { get; set; }
    public string? DynamicSetId { get; set; }
}

/// <summary>ListWorkRequests: GET /workRequests.</summary>
internal sealed class ListWorkRequestsRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public string? WorkRequestId { get; set; }

    /// <summary><see cref="Models.OperationStatus"/> values.</summary>
    public List<string>? Status { get; set; }

    /// <summary>Work requests that act on this resource (an instance, a group...).</summary>
    public string? ResourceId { get; set; }

    /// <summary>Work requests started by this scheduled job.</summary>
    public string? InitiatorId { get; set; }

    /// <summary>The children of this work request.</summary>
    public string? ParentId { get; set; }
    public List<string>? ParentResourcesNotEqualTo { get; set; }

    /// <summary><see cref="Models.WorkRequestOperationType"/> values.</summary>
    public List<string>? OperationType { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? RetryOfId { get; set; }
    public string? RerunOfId { get; set; }
    public DateTimeOffset? TimeCreatedLessThan { get; set; }
    public DateTimeOffset? TimeCreatedGreaterThanOrEqualTo { get; set; }
    public bool? IsManagedByAutonomousLinux { get; set; }
    public bool? CompartmentIdInSubtree { get; set; }
}

/// <summary>ListWorkRequestErrors: GET /workRequests/{id}/errors.</summary>
internal sealed class ListWorkRequestErrorsRequest : ListRequest
{
    public string WorkRequestId { get; set; } = "";
}

/// <summary>ListWorkRequestLogs: GET /workRequests/{id}/logs.</summary>
internal sealed class ListWorkRequestLogsRequest : ListRequest
{
    public string WorkRequestId { get; set; } = "";
}

/// <summary>SummarizeManagedInstanceAnalytics: GET /managedInstanceAnalytics.</summary>
internal sealed class SummarizeManagedInstanceAnalyticsRequest : ListRequest
{
    /// <summary><see cref="Models.MetricName"/> values (required).</summary>
    public List<string>? MetricNames { get; set; }
    public string? CompartmentId { get; set; }
    public bool? CompartmentIdInSubtree { get; set; }
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary><see cref="Models.ManagedInstanceStatus"/> values.</summary>
    public List<string>? Status { get; set; }
}

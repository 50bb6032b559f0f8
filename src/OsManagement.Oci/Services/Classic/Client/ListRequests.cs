using System;

namespace OsManagement.Oci.Services.Classic;

/// <summary>Parameters every list operation takes.</summary>
internal abstract class ListRequest
{
    /// <summary>Items per page (the service caps it).</summary>
    public int? Limit { get; set; }

    /// <summary>TIMECREATED or DISPLAYNAME.</summary>
    public string? SortBy { get; set; }

    /// <summary>ASC or DESC.</summary>
    public string? SortOrder { get; set; }
}

/// <summary>The order the engine lists in.</summary>
internal static class ListOrder
{
    /// <summary>The request, sorted oldest first (the order the engine's lists promise).</summary>
    public static T OldestFirst<T>(this T request) where T : ListRequest
    {
        request.SortBy = "TIMECREATED";
        request.SortOrder = "ASC";
        return request;
    }
}

internal sealed class ListManagedInstancesRequest : ListRequest
{
    public string CompartmentId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? OsFamily { get; set; }
}

internal sealed class ListManagedInstanceGroupsRequest : ListRequest
{
    public string CompartmentId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? LifecycleState { get; set; }
    public string? OsFamily { get; set; }
}

internal sealed class ListScheduledJobsRequest : ListRequest
{
    public string CompartmentId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? ManagedInstanceId { get; set; }
    public string? ManagedInstanceGroupId { get; set; }
    public string? OperationType { get; set; }
    public string? LifecycleState { get; set; }
    public string? OsFamily { get; set; }
    public bool? IsRestricted { get; set; }
}

internal sealed class ListUpcomingScheduledJobsRequest : ListRequest
{
    public string CompartmentId { get; set; } = "";
    public DateTimeOffset TimeEnd { get; set; }
    public string? DisplayName { get; set; }
    public string? TagName { get; set; }
    public string? TagValue { get; set; }
    public string? LifecycleState { get; set; }
    public string? OsFamily { get; set; }
}

internal sealed class ListWorkRequestsRequest : ListRequest
{
    public string CompartmentId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? ManagedInstanceId { get; set; }
    public string? OsFamily { get; set; }
}

internal sealed class ListWorkRequestLogsRequest : ListRequest
{
    public string WorkRequestId { get; set; } = "";
}

internal sealed class ListWorkRequestErrorsRequest : ListRequest
{
    public string WorkRequestId { get; set; } = "";
}

/// <summary>Lists of one managed instance: available updates, Windows updates, errata, installed packages.</summary>
internal abstract class ManagedInstanceListRequest : ListRequest
{
    public string ManagedInstanceId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? CompartmentId { get; set; }
}

internal sealed class ListAvailableUpdatesForManagedInstanceRequest : ManagedInstanceListRequest { }

internal sealed class ListAvailableWindowsUpdatesForManagedInstanceRequest : ManagedInstanceListRequest
{
    /// <summary>INSTALLABLE, NOT_INSTALLABLE or UNKNOWN.</summary>
    public string? IsEligibleForInstallation { get; set; }
}

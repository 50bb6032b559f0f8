using System;
using System.Collections.Generic;
using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Fleet.Work;

/// <summary>Which API generation a work request belongs to (each lists and reads only its own).</summary>
internal enum ServiceApi
{
    /// <summary>OS Management, 20190801.</summary>
    Classic,
    /// <summary>OS Management Hub, 20220901.</summary>
    Hub,
}

/// <summary>
/// A work request: either one instance's work, or a parent request (a group's, a compartment's, or Hub's per-type
/// split of an instance's update) whose children do the work.
/// </summary>
internal sealed class WorkRequestRecord
{
    public ServiceApi Api { get; init; } = ServiceApi.Classic;
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string OperationType { get; init; }
    public required string Description { get; init; }
    /// <summary>The OS of what it works on; null when that spans both families.</summary>
    public required OsFamily? Family { get; init; }
    public required WorkPlan Plan { get; init; }
    public string? InstanceId { get; init; }
    public string? InstanceName { get; init; }
    public string? GroupId { get; init; }
    public string? GroupName { get; init; }
    public string? ScheduledJobId { get; init; }
    public string? ParentId { get; init; }
    public List<string> ChildrenIds { get; } = new();

    public required DateTimeOffset TimeAccepted { get; init; }
    /// <summary>Work does not start before this (Hub: a scheduled retry WAITING until then); the acceptance time otherwise.</summary>
    public DateTimeOffset? StartAfter { get; init; }
    /// <summary>Set on parents: the children do the work and the parent follows them.</summary>
    public bool IsParentRequest { get; init; }

    // OS Management Hub's extra fields.
    public string? DisplayName { get; init; }
    /// <summary>The scheduled job that started it.</summary>
    public string? InitiatorId { get; init; }
    public string? RerunOfId { get; init; }
    public string? RetryOfId { get; init; }
    public IReadOnlyList<int>? RetryIntervals { get; init; }
    public int? RebootTimeoutInMins { get; init; }
    /// <summary>INSTANCE, GROUP or COMPARTMENT: what <see cref="EntityId"/> is.</summary>
    public string EntityType { get; init; } = "INSTANCE";
    public string? EntityId { get; init; }
    public string? EntityName { get; init; }
    /// <summary>The job operations (Hub) this request carries out, to rerun or retry it.</summary>
    public IReadOnlyList<Apis.Hub.Wire.ScheduledJobOperation>? HubOperations { get; init; }
    public DateTimeOffset? TimeStarted { get; set; }
    public DateTimeOffset? TimeFinished { get; set; }
    public string Status { get; set; } = OperationStatus.Accepted;
    public float PercentComplete { get; set; }
    public string? Message { get; set; }
    /// <summary>INSTALLED, UPDATED, REMOVED... once done; IN_PROGRESS before.</summary>
    public string ResourceAction { get; set; } = "IN_PROGRESS";
    public List<WorkRequestLogEntry> Logs { get; } = new();
    public List<WorkRequestError> Errors { get; } = new();

    public bool IsParent => IsParentRequest || (GroupId is not null && InstanceId is null);
    public bool IsFinished => Status is OperationStatus.Succeeded or OperationStatus.Failed or OperationStatus.Canceled;
    /// <summary>When work may start: <see cref="StartAfter"/> or, by default, acceptance.</summary>
    public DateTimeOffset Start => StartAfter ?? TimeAccepted;
}

using System;
using System.Collections.Generic;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Emulator.State;

/// <summary>
/// A work request: either one instance's work, or a group's parent request whose children do the work.
/// </summary>
internal sealed class WorkRequestRecord
{
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    public required string OperationType { get; init; }
    public required string Description { get; init; }
    public required string OsFamily { get; init; }
    public required WorkPlan Plan { get; init; }
    public string? InstanceId { get; init; }
    public string? InstanceName { get; init; }
    public string? GroupId { get; init; }
    public string? GroupName { get; init; }
    public string? ScheduledJobId { get; init; }
    public string? ParentId { get; init; }
    public List<string> ChildrenIds { get; } = new();

    public required DateTimeOffset TimeAccepted { get; init; }
    public DateTimeOffset? TimeStarted { get; set; }
    public DateTimeOffset? TimeFinished { get; set; }
    public string Status { get; set; } = OperationStatus.Accepted;
    public float PercentComplete { get; set; }
    public string? Message { get; set; }
    /// <summary>INSTALLED, UPDATED, REMOVED... once done; IN_PROGRESS before.</summary>
    public string ResourceAction { get; set; } = "IN_PROGRESS";
    public List<WorkRequestLogEntry> Logs { get; } = new();
    public List<WorkRequestError> Errors { get; } = new();

    public bool IsParent => GroupId is not null && InstanceId is null;
    public bool IsFinished => Status is OperationStatus.Succeeded or OperationStatus.Failed or OperationStatus.Canceled;
}

using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A work request: an asynchronous operation of the service, its status and progress.</summary>
public sealed class OsmWorkRequest
{
    internal OsmWorkRequest(WorkRequestRecord w)
    {
        Id = w.Id;
        OperationType = w.OperationType;
        Status = OutputText.Status(w.Status);
        IsFinished = w.Status.Value?.IsFinal() ?? false;
        Description = w.Description;
        Message = w.Message;
        CompartmentId = w.CompartmentId;
        ManagedInstanceId = w.ManagedInstance?.Id;
        ManagedInstanceName = w.ManagedInstance?.DisplayName;
        PercentComplete = w.PercentComplete ?? 0;
        TimeAccepted = OsmTime.Local(w.TimeAccepted);
        TimeStarted = OsmTime.Local(w.TimeStarted);
        TimeFinished = OsmTime.Local(w.TimeFinished);
        OsFamily = OutputText.OrNull(w.OsFamily);
        ParentId = w.ParentId;
        ChildrenIds = OsmList<string>.From(w.ChildrenIds);
        Resources = OsmList<string>.From(w.Resources.Select(r => $"{r.ActionType} {r.EntityType} {r.Name ?? r.Identifier}".Trim()));
    }

    /// <summary>The work request OCID.</summary>
    public string Id { get; }
    public string OperationType { get; }

    /// <summary>ACCEPTED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELLING or CANCELED (OS Management Hub adds WAITING and SKIPPED).</summary>
    public string Status { get; }

    /// <summary>True once it can no longer change (SUCCEEDED, FAILED, CANCELED, SKIPPED).</summary>
    public bool IsFinished { get; }
    public string? Description { get; }
    public string? Message { get; }
    public string CompartmentId { get; }
    public string? ManagedInstanceId { get; }
    public string? ManagedInstanceName { get; }
    public float PercentComplete { get; }

    /// <summary>When it was accepted (local time).</summary>
    public DateTime? TimeAccepted { get; }
    public DateTime? TimeStarted { get; }
    public DateTime? TimeFinished { get; }
    public string? OsFamily { get; }
    public string? ParentId { get; }
    public OsmList<string> ChildrenIds { get; }

    /// <summary>What it acts on, in words.</summary>
    public OsmList<string> Resources { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OperationType} {Status}";
}

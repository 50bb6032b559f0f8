using OsManagement.Infrastructure;
using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A work request: an asynchronous operation of the service, its status and progress.</summary>
public sealed class OsmWorkRequest : IRegional
{
    internal OsmWorkRequest(WorkRequestRecord w)
    {
        Id = w.Id;
        OperationType = w.OperationType;
        Operation = w.Operation.Value is { } operation ? OutputText.Upper(operation) : null;
        UpdateType = w.UpdateKind.Value is { } kind ? OutputText.Upper(kind) : null;
        Status = OutputText.Status(w.Status);
        ServiceStatus = w.Status.Text;
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
        InitiatorId = w.InitiatorId;
        RerunOfId = w.RerunOfId;
        RetryOfId = w.RetryOfId;
        Resources = OsmList<string>.From(w.Resources.Select(r => $"{r.ActionType} {r.EntityType} {r.Name ?? r.Identifier}".Trim()));
    }

    /// <summary>The work request OCID.</summary>
    public string Id { get; }

    /// <summary>The service's own name for what it does: INSTALL, UPDATEALL... on the retired service; INSTALL_PACKAGES, UPDATE_ALL_PACKAGES, UPDATE_SECURITY, REBOOT... on OS Management Hub.</summary>
    public string OperationType { get; }

    /// <summary>What it does in the module's words, the same on both services: INSTALL, UPDATE, REMOVE, UPDATEALL or REBOOT (empty for other work, such as listing packages).</summary>
    public string? Operation { get; }

    /// <summary>For UPDATEALL work: which updates (SECURITY, BUGFIX, ENHANCEMENT, OTHER, KSPLICE or ALL), when the service says.</summary>
    public string? UpdateType { get; }

    /// <summary>ACCEPTED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELLING or CANCELED (OS Management Hub adds WAITING and SKIPPED), the same spellings on both services.</summary>
    public string Status { get; }

    /// <summary>The status as the service wrote it (OS Management Hub spells CANCELING with one L).</summary>
    public string ServiceStatus { get; }

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
    /// <summary>The work request this one is part of (OS Management Hub: a group's or an "all" update's child).</summary>
    public string? ParentId { get; }

    /// <summary>Its children (OS Management Hub: one per instance of a group action, one per update type of an "all" update).</summary>
    public OsmList<string> ChildrenIds { get; }

    /// <summary>The scheduled job whose run started it (OS Management Hub).</summary>
    public string? InitiatorId { get; }

    /// <summary>The work request it runs again (Restart-OsmWorkRequest; OS Management Hub).</summary>
    public string? RerunOfId { get; }

    /// <summary>The failed work request it retries (a job's -RetryInterval; OS Management Hub).</summary>
    public string? RetryOfId { get; }

    /// <summary>What it acts on, in words.</summary>
    public OsmList<string> Resources { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OperationType} {Status}";

    /// <summary>The region it was read in (OS Management Hub is regional), e.g. us-ashburn-1.</summary>
    public string? Region { get; internal set; }

    string? IRegional.Region { get => Region; set => Region = value; }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Fleet.Work;

/// <summary>
/// Creates work requests and moves them (WAITING ->) ACCEPTED -> IN_PROGRESS -> SUCCEEDED/FAILED on the virtual clock.
/// A group action is one parent work request (no instance, <c>childrenIds</c>) plus one child per member
/// (<c>parentId</c>); children do the work, the parent finishes when the last child does and fails if any
/// child failed. Callers hold the store's lock.
/// </summary>
internal sealed class WorkRequestEngine
{
    private readonly EmulatorStore _store;
    /// <summary>Not yet finished, in acceptance order.</summary>
    private readonly List<WorkRequestRecord> _active = new();
    /// <summary>Finished, in finishing order, so clean-up only looks at the oldest.</summary>
    private readonly Queue<WorkRequestRecord> _finished = new();

    public WorkRequestEngine(EmulatorStore store) => _store = store;

    /// <summary>Work on one instance.</summary>
    public WorkRequestRecord ForInstance(InstanceRecord instance, string operationType, WorkPlan plan, string description, DateTimeOffset at,
        string? scheduledJobId = null, WorkRequestRecord? parent = null)
    {
        var request = new WorkRequestRecord
        {
            Id = _store.RuntimeIds.Regional("osmsworkrequest"),
            CompartmentId = instance.CompartmentId,
            OperationType = operationType,
            Description = description,
            Family = instance.Os.Family,
            Plan = plan,
            InstanceId = instance.Id,
            InstanceName = instance.DisplayName,
            GroupId = parent?.GroupId,
            GroupName = parent?.GroupName,
            ScheduledJobId = scheduledJobId,
            ParentId = parent?.Id,
            TimeAccepted = at,
        };
        Accept(request, at);
        parent?.ChildrenIds.Add(request.Id);
        return request;
    }

    /// <summary>Work on every member of a group: a parent and one child per member.</summary>
    public WorkRequestRecord ForGroup(GroupRecord group, string operationType, Func<InstanceRecord, WorkPlan> planFor, string description, DateTimeOffset at,
        string? scheduledJobId = null)
    {
        var parent = new WorkRequestRecord
        {
            Id = _store.RuntimeIds.Regional("osmsworkrequest"),
            CompartmentId = group.CompartmentId,
            OperationType = operationType,
            Description = description,
            Family = group.Family,
            Plan = WorkPlan.UpdateAll(null),
            GroupId = group.Id,
            GroupName = group.DisplayName,
            ScheduledJobId = scheduledJobId,
            TimeAccepted = at,
        };
        Accept(parent, at);
        foreach (var memberId in group.InstanceIds)
        {
            if (_store.Instances.TryGetValue(memberId, out var member))
            {
                ForInstance(member, operationType, planFor(member), $"{description} (member {member.DisplayName})", at, scheduledJobId, parent);
            }
        }
        parent.Logs.Add(Log(string.Create(CultureInfo.InvariantCulture, $"Created {parent.ChildrenIds.Count} work request(s), one per member of group {group.DisplayName}."), at));
        return parent;
    }

    /// <summary>Brings every unfinished work request to its state at <paramref name="at"/>.</summary>
    public void Advance(DateTimeOffset at)
    {
        if (_active.Count == 0)
        {
            return;
        }
        // Children before parents (deepest parents first), earliest first, so a parent sees its children's final states.
        foreach (var request in _active.Where(r => !r.IsParent).OrderBy(r => r.TimeAccepted).ToList())
        {
            AdvanceInstanceWork(request, at);
        }
        foreach (var parent in _active.Where(r => r.IsParent).OrderByDescending(Depth).ToList())
        {
            AdvanceParent(parent, at);
        }
        _active.RemoveAll(r => r.IsFinished);
    }

    /// <summary>Removes finished work requests more than 14 days old; unfinished ones always stay.</summary>
    public void CleanUp(DateTimeOffset now)
    {
        var cutoff = now - WorkTiming.Retention;
        while (_finished.Count > 0 && _finished.Peek().TimeFinished < cutoff)
        {
            var old = _finished.Dequeue();
            _store.WorkRequests.Remove(old.Id);
            if (old.ScheduledJobId is not null && _store.Jobs.TryGetValue(old.ScheduledJobId, out var job))
            {
                job.WorkRequestIds.Remove(old.Id);
            }
            if (old.InitiatorId is not null && _store.HubJobs.TryGetValue(old.InitiatorId, out var hubJob))
            {
                hubJob.WorkRequestIds.Remove(old.Id);
            }
        }
    }

    /// <summary>Registers a new work request (as a child of <paramref name="parent"/> when given) so it starts moving.</summary>
    public void Accept(WorkRequestRecord request, WorkRequestRecord? parent)
    {
        Accept(request, request.TimeAccepted);
        parent?.ChildrenIds.Add(request.Id);
    }

    private void Accept(WorkRequestRecord request, DateTimeOffset at)
    {
        if (request.Start > request.TimeAccepted)
        {
            request.Status = "WAITING";
            request.Logs.Add(Log($"Work request created, waiting until {WireJson.FormatTime(request.Start)}: {request.Description}", at));
        }
        else
        {
            request.Logs.Add(Log($"Work request accepted: {request.Description}", at));
        }
        _store.WorkRequests[request.Id] = request;
        _active.Add(request);
    }

    private void AdvanceInstanceWork(WorkRequestRecord request, DateTimeOffset at)
    {
        if (request.Status == "WAITING" && at >= request.Start)
        {
            request.Status = OperationStatus.Accepted;
            request.Logs.Add(Log("The scheduled time came; the work request was accepted.", request.Start));
        }
        var start = request.Start + WorkTiming.Queued;
        var finish = start + WorkTiming.Running;
        if (at < start)
        {
            return;
        }
        _store.Instances.TryGetValue(request.InstanceId!, out var target);
        if (request.Status == OperationStatus.Accepted)
        {
            request.Status = OperationStatus.Inprogress;
            request.TimeStarted = start;
            var agent = request.Api == ServiceApi.Hub ? "OS Management Hub agent" : "OS Management agent";
            request.Logs.Add(Log($"Dispatched to the {agent} on {request.InstanceName}.", start));
            if (request.Plan.Kind == WorkKind.Reboot && target is not null && target.Status != InstanceStatus.Unreachable)
            {
                target.IsRebooting = true;
            }
        }
        if (at < finish)
        {
            request.PercentComplete = (float)Math.Floor(Math.Min(99, (at - start) / WorkTiming.Running * 100));
            return;
        }
        var outcome = _store.Instances.TryGetValue(request.InstanceId!, out var instance)
            ? UpdateApplier.Apply(instance, request.Plan, finish)
            : new WorkOutcome(false, new List<string> { "The managed instance no longer exists." }, "NotFound", "The managed instance no longer exists.", "FAILED");
        foreach (var line in outcome.Logs)
        {
            request.Logs.Add(Log(line, finish));
        }
        if (outcome.ErrorCode is not null)
        {
            request.Errors.Add(new WorkRequestError { Code = outcome.ErrorCode, Message = outcome.ErrorMessage, Timestamp = finish });
        }
        Finish(request, outcome.Succeeded, outcome.Succeeded ? "The work request completed successfully." : outcome.ErrorMessage, outcome.ResourceAction, finish);
    }

    private void AdvanceParent(WorkRequestRecord parent, DateTimeOffset at)
    {
        var children = parent.ChildrenIds.Select(id => _store.WorkRequests.GetValueOrDefault(id)).OfType<WorkRequestRecord>().ToList();
        if (children.Count == 0)
        {
            var when = parent.Start;
            if (at < when)
            {
                return;
            }
            parent.TimeStarted = when;
            var empty = parent.Api == ServiceApi.Hub && parent.EntityType == "COMPARTMENT"
                ? $"No managed instance in {parent.EntityName} matches; nothing to do."
                : $"Group {parent.GroupName ?? parent.EntityName} has no members; nothing to do.";
            parent.Logs.Add(Log(empty, when));
            Finish(parent, true, parent.EntityType == "COMPARTMENT" ? "No managed instance matched." : "The group has no members.", "UPDATED", when);
            return;
        }
        if (parent.Status == "WAITING" && children.Any(c => c.Status != "WAITING"))
        {
            parent.Status = OperationStatus.Accepted;
        }
        var firstStart = children.Where(c => c.TimeStarted.HasValue).Select(c => c.TimeStarted!.Value).DefaultIfEmpty().Min();
        if (firstStart == default)
        {
            return;
        }
        if (parent.Status == OperationStatus.Accepted)
        {
            parent.Status = OperationStatus.Inprogress;
            parent.TimeStarted = firstStart;
        }
        parent.PercentComplete = (float)Math.Floor(children.Average(c => c.IsFinished ? 100 : c.PercentComplete));
        if (!children.All(c => c.IsFinished))
        {
            parent.PercentComplete = Math.Min(parent.PercentComplete, 99);
            return;
        }
        var finished = children.Max(c => c.TimeFinished!.Value);
        var failed = children.Where(c => c.Status == OperationStatus.Failed).ToList();
        foreach (var child in failed)
        {
            parent.Errors.Add(new WorkRequestError
            {
                Code = child.Errors.FirstOrDefault()?.Code ?? "WorkRequestFailed",
                Message = $"Work request {child.Id} on {child.InstanceName} failed: {child.Errors.FirstOrDefault()?.Message ?? child.Message}",
                Timestamp = child.TimeFinished,
            });
        }
        var kind = parent.InstanceId is not null ? "step" : "member";
        var summary = string.Create(CultureInfo.InvariantCulture, $"{children.Count - failed.Count} of {children.Count} {kind} work request(s) succeeded.");
        parent.Logs.Add(Log(summary, finished));
        Finish(parent, failed.Count == 0, summary, failed.Count == 0 ? "UPDATED" : "FAILED", finished);
    }

    private void Finish(WorkRequestRecord request, bool succeeded, string? message, string resourceAction, DateTimeOffset at)
    {
        request.Status = succeeded ? OperationStatus.Succeeded : OperationStatus.Failed;
        request.PercentComplete = 100;
        request.TimeFinished = at;
        request.Message = message;
        request.ResourceAction = resourceAction;
        _finished.Enqueue(request);
        if (request.Api == ServiceApi.Hub && request.ParentId is null)
        {
            _store.HubWork.AfterFinish(request, at);
        }
    }

    /// <summary>How deep in its tree a work request sits (0 for a top-level one).</summary>
    private int Depth(WorkRequestRecord request)
    {
        var depth = 0;
        for (var parentId = request.ParentId; parentId is not null && _store.WorkRequests.TryGetValue(parentId, out var parent); parentId = parent.ParentId)
        {
            depth++;
        }
        return depth;
    }

    private static WorkRequestLogEntry Log(string message, DateTimeOffset at) => new() { Message = message, Timestamp = at };
}

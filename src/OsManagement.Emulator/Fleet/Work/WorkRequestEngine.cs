namespace OsManagement.Emulator.Fleet.Work;

/// <summary>
/// Moves the work requests every API makes (WAITING ->) ACCEPTED -> IN_PROGRESS -> SUCCEEDED/FAILED on the virtual
/// clock. Instance work does what its <see cref="WorkPlan"/> says (<see cref="UpdateApplier"/>); a parent (no instance,
/// children) finishes when the last child does and fails if any child failed. Callers hold the store's lock.
/// </summary>
internal sealed class WorkRequestEngine
{
    private readonly EmulatorStore _store;
    /// <summary>Not yet finished, in acceptance order.</summary>
    private readonly List<WorkRequestRecord> _active = new();
    /// <summary>Finished, in finishing order, so clean-up only looks at the oldest.</summary>
    private readonly Queue<WorkRequestRecord> _finished = new();

    public WorkRequestEngine(EmulatorStore store) => _store = store;

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
            old.Owner.Removed(old);
        }
    }

    /// <summary>Registers a new work request (as a child of <paramref name="parent"/> when given) so it starts moving.</summary>
    public void Accept(WorkRequestRecord request, WorkRequestRecord? parent)
    {
        var at = request.TimeAccepted;
        request.Region = parent?.Region ?? request.Region;
        if (request.Start > at)
        {
            request.Status = WorkStatus.Waiting;
            request.Logs.Add(new WorkLog($"Work request created, waiting until {WireJson.FormatTime(request.Start)}: {request.Description}", at));
        }
        else
        {
            request.Logs.Add(new WorkLog($"Work request accepted: {request.Description}", at));
        }
        _store.WorkRequests[request.Id] = request;
        _active.Add(request);
        parent?.ChildrenIds.Add(request.Id);
    }

    private void AdvanceInstanceWork(WorkRequestRecord request, DateTimeOffset at)
    {
        if (request.Status == WorkStatus.Waiting && at >= request.Start)
        {
            request.Status = WorkStatus.Accepted;
            request.Logs.Add(new WorkLog("The scheduled time came; the work request was accepted.", request.Start));
        }
        var start = request.Start + WorkTiming.Queued;
        var finish = start + WorkTiming.Running;
        if (at < start)
        {
            return;
        }
        _store.Instances.TryGetValue(request.InstanceId!, out var target);
        if (request.Status == WorkStatus.Accepted && target is not null && !target.TakesWorkAt(start))
        {
            // An agent that is not checking in (Inactive or Offline) never picks the work up: it stays ACCEPTED and fails.
            if (at >= finish)
            {
                NotDispatched(request, target, start, finish);
            }
            return;
        }
        if (request.Status == WorkStatus.Accepted)
        {
            request.Status = WorkStatus.InProgress;
            request.TimeStarted = start;
            request.Logs.Add(new WorkLog($"Dispatched to the {request.Owner.AgentName} on {request.InstanceName}.", start));
            if (request.Plan.Kind == WorkKind.Reboot && target is not null)
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
            : new WorkOutcome(false, new List<string> { "The managed instance no longer exists." }, "NotFound", "The managed instance no longer exists.", WorkEffect.Failed);
        foreach (var line in outcome.Logs)
        {
            request.Logs.Add(new WorkLog(line, finish));
        }
        if (outcome.ErrorCode is not null)
        {
            request.Errors.Add(new WorkError(outcome.ErrorCode, outcome.ErrorMessage, finish));
        }
        Finish(request, outcome.Succeeded, outcome.Succeeded ? "The work request completed successfully." : outcome.ErrorMessage, outcome.Effect, finish);
    }

    /// <summary>
    /// Work for an instance whose agent was silent when it was due: never dispatched (no start, 0% done), it fails with
    /// AgentUnreachable when it would have finished (the emulator's agents do not come back, so waiting longer changes nothing).
    /// </summary>
    private void NotDispatched(WorkRequestRecord request, InstanceRecord target, DateTimeOffset due, DateTimeOffset finish)
    {
        var since = WireJson.FormatTime(target.LastCheckinAt(due));
        var message = $"The managed instance {target.DisplayName} has not checked in since {since}; the {request.Owner.AgentName} did not pick up the work.";
        request.Logs.Add(new WorkLog($"Waiting for the {request.Owner.AgentName} on {request.InstanceName} to check in (last check-in {since}).", due));
        request.Logs.Add(new WorkLog(message, finish));
        request.Errors.Add(new WorkError("AgentUnreachable", message, finish));
        Finish(request, false, message, WorkEffect.Failed, finish);
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
            var (log, message) = parent.Owner.NothingToDo(parent);
            parent.Logs.Add(new WorkLog(log, when));
            Finish(parent, true, message, WorkEffect.Updated, when);
            return;
        }
        if (parent.Status == WorkStatus.Waiting && children.Any(c => c.Status != WorkStatus.Waiting))
        {
            parent.Status = WorkStatus.Accepted;
        }
        var firstStart = children.Where(c => c.TimeStarted.HasValue).Select(c => c.TimeStarted!.Value).DefaultIfEmpty().Min();
        if (firstStart == default && !children.All(c => c.IsFinished))
        {
            return;
        }
        if (parent.Status == WorkStatus.Accepted && firstStart != default)
        {
            parent.Status = WorkStatus.InProgress;
            parent.TimeStarted = firstStart;
        }
        parent.PercentComplete = (float)Math.Floor(children.Average(c => c.IsFinished ? 100 : c.PercentComplete));
        if (!children.All(c => c.IsFinished))
        {
            parent.PercentComplete = Math.Min(parent.PercentComplete, 99);
            return;
        }
        var finished = children.Max(c => c.TimeFinished!.Value);
        var failed = children.Where(c => c.Status == WorkStatus.Failed).ToList();
        foreach (var child in failed)
        {
            parent.Errors.Add(new WorkError(child.Errors.FirstOrDefault()?.Code ?? "WorkRequestFailed",
                $"Work request {child.Id} on {child.InstanceName} failed: {child.Errors.FirstOrDefault()?.Message ?? child.Message}", child.TimeFinished));
        }
        var kind = parent.InstanceId is not null ? "step" : "member";
        var summary = string.Create(CultureInfo.InvariantCulture, $"{children.Count - failed.Count} of {children.Count} {kind} work request(s) succeeded.");
        parent.Logs.Add(new WorkLog(summary, finished));
        Finish(parent, failed.Count == 0, summary, failed.Count == 0 ? WorkEffect.Updated : WorkEffect.Failed, finished);
    }

    private void Finish(WorkRequestRecord request, bool succeeded, string? message, WorkEffect effect, DateTimeOffset at)
    {
        request.Status = succeeded ? WorkStatus.Succeeded : WorkStatus.Failed;
        request.PercentComplete = 100;
        request.TimeFinished = at;
        request.Message = message;
        request.Effect = effect;
        _finished.Enqueue(request);
        request.Owner.Finished(request, at);
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
}

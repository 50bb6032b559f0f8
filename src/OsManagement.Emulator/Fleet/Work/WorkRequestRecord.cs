namespace OsManagement.Emulator.Fleet.Work;

/// <summary>Where a work request is: WAITING for its time, ACCEPTED, IN_PROGRESS, then SUCCEEDED or FAILED.</summary>
internal enum WorkStatus
{
    /// <summary>Made for later (a retry); it is accepted when its time comes.</summary>
    Waiting,
    Accepted,
    InProgress,
    Succeeded,
    Failed,
    Canceled,
}

/// <summary>What the work did to what it works on.</summary>
internal enum WorkEffect
{
    /// <summary>Not finished yet.</summary>
    InProgress,
    Installed,
    Updated,
    Removed,
    Failed,
}

/// <summary>A line of a work request's log.</summary>
internal sealed record WorkLog(string Message, DateTimeOffset Timestamp);

/// <summary>Why a work request (or one of its children) failed.</summary>
internal sealed record WorkError(string Code, string? Message, DateTimeOffset? Timestamp);

/// <summary>The API a work request belongs to: how its logs name the agent, and what it does when the work ends or goes.</summary>
internal interface IWorkOwner
{
    /// <summary>The agent the logs say the work went to.</summary>
    string AgentName { get; }

    /// <summary>The log line and message of a parent with no children: nothing to do.</summary>
    (string Log, string Message) NothingToDo(WorkRequestRecord parent);

    /// <summary>A work request finished (children before their parents).</summary>
    void Finished(WorkRequestRecord request, DateTimeOffset at);

    /// <summary>A finished work request was cleaned up; it leaves the job that made it.</summary>
    void Removed(WorkRequestRecord request);
}

/// <summary>
/// A work request: either one instance's work, or a parent request (a group's, a compartment's, or an instance's work
/// split into steps) whose children do the work. APIs add their own fields by deriving from it.
/// </summary>
internal class WorkRequestRecord
{
    public required IWorkOwner Owner { get; init; }
    public required string Id { get; init; }
    public required string CompartmentId { get; init; }
    /// <summary>The region whose endpoint (or job) made it; a child is in its parent's. Empty: home.</summary>
    public string Region { get; set; } = Platform.Regions.RequestRegion.Current ?? "";
    /// <summary>What the owning API calls the operation; the fleet does not read it.</summary>
    public required string OperationType { get; init; }
    public required string Description { get; init; }
    /// <summary>The OS of what it works on; null when that spans both families.</summary>
    public required OsFamily? Family { get; init; }
    public required WorkPlan Plan { get; init; }
    public string? InstanceId { get; init; }
    public string? InstanceName { get; init; }
    /// <summary>The group whose members a parent's children work on (as the retired API shows it).</summary>
    public string? GroupId { get; init; }
    public string? GroupName { get; init; }
    /// <summary>The scheduled job that made it, if any.</summary>
    public string? JobId { get; init; }
    public string? ParentId { get; init; }
    public List<string> ChildrenIds { get; } = new();
    /// <summary>Set on parents: the children do the work and the parent follows them.</summary>
    public bool IsParent { get; init; }

    public required DateTimeOffset TimeAccepted { get; init; }
    /// <summary>Work does not start before this (a scheduled retry is WAITING until then); the acceptance time otherwise.</summary>
    public DateTimeOffset? StartAfter { get; init; }
    public DateTimeOffset? TimeStarted { get; set; }
    public DateTimeOffset? TimeFinished { get; set; }
    public WorkStatus Status { get; set; } = WorkStatus.Accepted;
    public float PercentComplete { get; set; }
    public string? Message { get; set; }
    public WorkEffect Effect { get; set; } = WorkEffect.InProgress;
    public List<WorkLog> Logs { get; } = new();
    public List<WorkError> Errors { get; } = new();

    public bool IsFinished => Status is WorkStatus.Succeeded or WorkStatus.Failed or WorkStatus.Canceled;
    /// <summary>When work may start: <see cref="StartAfter"/> or, by default, acceptance.</summary>
    public DateTimeOffset Start => StartAfter ?? TimeAccepted;
}

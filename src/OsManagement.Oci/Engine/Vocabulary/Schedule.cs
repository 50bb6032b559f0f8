namespace OsManagement.Oci.Engine;

/// <summary>Whether a job runs once or recurs.</summary>
public enum ScheduleKind
{
    /// <summary>Runs once.</summary>
    OneTime,

    /// <summary>Runs again and again, by its recurrence.</summary>
    Recurring,
}

/// <summary>The unit of a recurrence interval.</summary>
public enum IntervalUnit
{
    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>Months.</summary>
    Month,
}

/// <summary>The state of a scheduled job's life.</summary>
public enum JobLifecycleState
{
    /// <summary>Being created.</summary>
    Creating,

    /// <summary>Being changed.</summary>
    Updating,

    /// <summary>Scheduled.</summary>
    Active,

    /// <summary>Being deleted.</summary>
    Deleting,

    /// <summary>Deleted.</summary>
    Deleted,

    /// <summary>Failed.</summary>
    Failed,

    /// <summary>Not scheduled any more (OS Management Hub).</summary>
    Inactive,
}

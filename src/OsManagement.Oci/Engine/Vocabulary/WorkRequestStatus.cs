namespace OsManagement.Oci.Engine;

/// <summary>Where a work request is in its life. Waiting and Skipped exist on OS Management Hub only.</summary>
public enum WorkRequestStatus
{
    /// <summary>Waiting for another work request (Hub).</summary>
    Waiting,

    /// <summary>Accepted, not started.</summary>
    Accepted,

    /// <summary>Running.</summary>
    InProgress,

    /// <summary>Failed (final).</summary>
    Failed,

    /// <summary>Succeeded (final).</summary>
    Succeeded,

    /// <summary>Being canceled.</summary>
    Canceling,

    /// <summary>Canceled (final).</summary>
    Canceled,

    /// <summary>Skipped, not run (final; Hub).</summary>
    Skipped,
}

/// <summary>What a status means.</summary>
public static class WorkRequestStatuses
{
    /// <summary>"In_Progress" and "Cancelling": the retired service's spellings, accepted beside the enum names.</summary>
    public const string InProgressAlias = "In_Progress";

    /// <summary>The retired service's spelling of Canceling.</summary>
    public const string CancelingAlias = "Cancelling";

    /// <summary>Succeeded, Failed, Canceled and Skipped: states a work request never leaves.</summary>
    public static bool IsFinal(this WorkRequestStatus status) =>
        status is WorkRequestStatus.Succeeded or WorkRequestStatus.Failed or WorkRequestStatus.Canceled or WorkRequestStatus.Skipped;

    /// <summary>A user's word (an enum name in any case, In_Progress or Cancelling) as a status.</summary>
    /// <exception cref="System.ArgumentException">The word names no status.</exception>
    public static WorkRequestStatus Parse(string word) =>
        string.Equals(word, InProgressAlias, System.StringComparison.OrdinalIgnoreCase) ? WorkRequestStatus.InProgress
        : string.Equals(word, CancelingAlias, System.StringComparison.OrdinalIgnoreCase) ? WorkRequestStatus.Canceling
        : Vocabulary.Parse<WorkRequestStatus>(word);
}

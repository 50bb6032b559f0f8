namespace OsManagement.Emulator.Apis;

/// <summary>
/// A work request's status as both OS Management APIs spell it (OCI's work request convention). The retired API has no
/// WAITING of its own; it shows Hub's waiting retries so, as its lists show Hub's work too.
/// </summary>
internal static class WorkRequestWords
{
    public static readonly WordMap<WorkStatus> Statuses = new(
        (WorkStatus.Waiting, "WAITING"), (WorkStatus.Accepted, "ACCEPTED"), (WorkStatus.InProgress, "IN_PROGRESS"),
        (WorkStatus.Succeeded, "SUCCEEDED"), (WorkStatus.Failed, "FAILED"), (WorkStatus.Canceled, "CANCELED"));
}

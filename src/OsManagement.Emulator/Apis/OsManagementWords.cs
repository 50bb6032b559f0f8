namespace OsManagement.Emulator.Apis;

/// <summary>What both OS Management APIs call by the same words.</summary>
internal static class OsManagementWords
{
    /// <summary>A managed instance's status (Hub shows its one status and REBOOTING: <c>HubVocabulary.StatusAt</c>; the retired API the fleet's).</summary>
    public static readonly WordMap<InstanceStatus> InstanceStatuses = new(
        (InstanceStatus.Normal, "NORMAL"), (InstanceStatus.Unreachable, "UNREACHABLE"), (InstanceStatus.Error, "ERROR"), (InstanceStatus.Warning, "WARNING"));

    /// <summary>
    /// A work request's status (OCI's work request convention). The retired API has no WAITING of its own; it shows
    /// Hub's waiting retries so, as its lists show Hub's work too.
    /// </summary>
    public static readonly WordMap<WorkStatus> WorkStatuses = new(
        (WorkStatus.Waiting, "WAITING"), (WorkStatus.Accepted, "ACCEPTED"), (WorkStatus.InProgress, "IN_PROGRESS"),
        (WorkStatus.Succeeded, "SUCCEEDED"), (WorkStatus.Failed, "FAILED"), (WorkStatus.Canceled, "CANCELED"));
}

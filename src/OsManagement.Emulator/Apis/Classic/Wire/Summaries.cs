namespace OsManagement.Emulator.Apis.Classic.Wire;

/// <summary>The retired API's summary shapes (in lists) made from the full resource: the fields each shows, in its order.</summary>
internal static class Summaries
{
    /// <summary>ScheduledJobSummary.</summary>
    public static readonly WireSummary<ScheduledJob> ScheduledJob = new("id", "displayName", "compartmentId", "scheduleType", "timeNextExecution",
        "timeLastExecution", "managedInstances", "managedInstanceGroups", "operationType", "lifecycleState", "freeformTags", "definedTags",
        "osFamily", "isRestricted");

    /// <summary>WorkRequestSummary.</summary>
    public static readonly WireSummary<WorkRequest> WorkRequest = new("operationType", "status", "id", "compartmentId", "description", "message",
        "percentComplete", "timeAccepted", "osFamily");
}

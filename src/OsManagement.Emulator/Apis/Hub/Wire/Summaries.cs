namespace OsManagement.Emulator.Apis.Hub.Wire;

/// <summary>Hub's summary shapes (in lists): the fields of the full resource each shows, in the order it shows them.</summary>
internal static class Summaries
{
    /// <summary>ErratumSummary (listErrata).</summary>
    public static readonly WireSummary<Erratum> Erratum = new("name", "synopsis", "timeIssued", "timeUpdated", "classificationType", "relatedCves",
        "osFamilies", "advisorySeverity", "advisoryType");

    /// <summary>ManagedInstanceGroupSummary.</summary>
    public static readonly WireSummary<ManagedInstanceGroup> ManagedInstanceGroup = new("id", "compartmentId", "displayName", "description", "managedInstanceCount",
        "location", "timeCreated", "timeModified", "lifecycleState", "osFamily", "archType", "vendorName", "isManagedByAutonomousLinux",
        "freeformTags", "definedTags");

    /// <summary>DynamicSetSummary: the set without its rule and compartments.</summary>
    public static readonly WireSummary<DynamicSet> DynamicSet = new("id", "displayName", "description", "compartmentId", "timeCreated", "timeUpdated",
        "lifecycleState", "freeformTags", "definedTags");

    /// <summary>ScheduledJobSummary: the job without workRequestIds, recurringRule and description.</summary>
    public static readonly WireSummary<ScheduledJob> ScheduledJob = new("id", "displayName", "compartmentId", "scheduleType", "locations", "timeCreated",
        "timeUpdated", "timeNextExecution", "timeLastExecution", "managedInstanceIds", "managedInstanceGroupIds", "managedCompartmentIds",
        "lifecycleStageIds", "dynamicSetIds", "operations", "lifecycleState", "isManagedByAutonomousLinux", "freeformTags", "definedTags", "isRestricted", "retryIntervals");

    /// <summary>WorkRequestSummary.</summary>
    public static readonly WireSummary<WorkRequest> WorkRequest = new("operationType", "status", "id", "description", "displayName", "message", "parentId",
        "childrenId", "compartmentId", "percentComplete", "timeCreated", "timeScheduled", "isManagedByAutonomousLinux", "rebootTimeoutInMins",
        "timeFinished");
}

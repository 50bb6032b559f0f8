namespace OsManagement.Oci.Engine;

/// <summary>
/// What only some services can do, asked of the one that answers before any request: each rule gives the feature a
/// request needs and the service lacks, or null (it has it, or the request does not need it). The cmdlets refuse with
/// it, naming the feature; a service or the compliance scanner asked anyway refuses by the same rule.
/// </summary>
public static class FeatureRules
{
    /// <summary>Finding work requests by the scheduled job that started them, or by their parent, needs work request trees.</summary>
    public static ServiceFeature? FindingWorkRequests(ServiceCapabilities capabilities, string? scheduledJobId, string? parentId) =>
        scheduledJobId is null && parentId is null ? null : Lacking(capabilities, ServiceFeature.WorkRequestTrees);

    /// <summary>Running a work request again needs re-runs.</summary>
    public static ServiceFeature? Rerunning(ServiceCapabilities capabilities) => Lacking(capabilities, ServiceFeature.Rerun);

    /// <summary>
    /// Counting only advisories of a minimum severity needs advisory details: without them every update would drop out
    /// and every instance look compliant.
    /// </summary>
    public static ServiceFeature? MinimumSeverity(ServiceCapabilities capabilities, AdvisorySeverity? minimum) =>
        minimum is null ? null : Lacking(capabilities, ServiceFeature.AdvisoryDetails);

    /// <summary><paramref name="feature"/> when the service lacks it.</summary>
    public static ServiceFeature? Lacking(ServiceCapabilities capabilities, ServiceFeature feature) =>
        capabilities.Supports(feature) ? null : feature;
}

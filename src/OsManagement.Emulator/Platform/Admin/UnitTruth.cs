using OsManagement.Emulator.Apis.Hub;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// The lifecycle environments and dynamic sets in <c>GET /_emulator/fleet</c>: each stage with the content it holds and
/// its members, each set with the instances it holds now. Instances carry <c>lifecycleStageId</c> and
/// <c>withheldUpdates</c> (the updates their stage's content does not hold yet).
/// </summary>
internal static class UnitTruth
{
    public static LifecycleEnvironmentTruth Environment(LifecycleEnvironmentRecord e) => new(e.Id, e.DisplayName, e.CompartmentId,
        HubVocabulary.Releases[e.Release], e.Stages.Select(s => new LifecycleStageTruth(s.Id, s.DisplayName, s.Rank, s.Content?.Id, s.Content?.DisplayName,
            s.InstanceIds.ToList())).ToList(), e.Region);

    public static DynamicSetTruth Set(DynamicSetRecord s, EmulatorStore store, DateTimeOffset now) => new(s.Id, s.DisplayName, s.CompartmentId,
        s.MatchesAll ? "ALL" : "ANY", HubUnits.Members(store, s, now).Select(i => i.Id).ToList(), s.Region);
}

/// <summary>A lifecycle environment: its OS (Hub's family) and its stages by rank.</summary>
internal sealed record LifecycleEnvironmentTruth(string Id, string DisplayName, string CompartmentId, string HubOsFamily, List<LifecycleStageTruth> Stages, string? Region = null);

/// <summary>A stage: the content (software source) it holds and its members.</summary>
internal sealed record LifecycleStageTruth(string Id, string DisplayName, int Rank, string? SoftwareSourceId, string? SoftwareSourceName, List<string> InstanceIds);

/// <summary>A dynamic set and the instances its rule matches now.</summary>
internal sealed record DynamicSetTruth(string Id, string DisplayName, string CompartmentId, string MatchType, List<string> InstanceIds, string? Region = null);

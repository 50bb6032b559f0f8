using System.Text.Json.Nodes;
using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>The fleet's lifecycle environments, stages and dynamic sets as OS Management Hub's wire shapes. Callers hold the store's lock.</summary>
internal static class HubUnitWireMap
{
    public static IdName? StageOf(InstanceRecord i, EmulatorStore store) =>
        HubUnits.StageOf(store, i) is { } stage ? new IdName(stage.Id, stage.DisplayName) : null;

    public static IdName? EnvironmentOf(InstanceRecord i, EmulatorStore store) =>
        HubUnits.StageOf(store, i) is { } stage ? new IdName(stage.EnvironmentId, HubUnits.EnvironmentOf(store, stage).DisplayName) : null;

    public static LifecycleEnvironment Environment(LifecycleEnvironmentRecord e, EmulatorStore store) => new()
    {
        Id = e.Id,
        CompartmentId = e.CompartmentId,
        DisplayName = e.DisplayName,
        Description = e.Description,
        Stages = e.Stages.Select(s => Stage(s, e, store)).ToList(),
        ManagedInstanceIds = e.Stages.SelectMany(s => Members(s, store)).ToList(),
        LifecycleState = "ACTIVE",
        OsFamily = HubVocabulary.Releases[e.Release],
        ArchType = HubVocabulary.Arch(e.Architecture),
        VendorName = HubVocabulary.Vendor(e.Release.Family),
        Location = HubVocabulary.Locations[e.Location],
        TimeCreated = e.TimeCreated,
        TimeModified = e.TimeModified,
    };

    public static LifecycleEnvironmentSummary EnvironmentSummary(LifecycleEnvironmentRecord e) => new()
    {
        Id = e.Id,
        CompartmentId = e.CompartmentId,
        DisplayName = e.DisplayName,
        Description = e.Description,
        Stages = e.Stages.Select(s => StageSummary(s, e)).ToList(),
        LifecycleState = "ACTIVE",
        ArchType = HubVocabulary.Arch(e.Architecture),
        OsFamily = HubVocabulary.Releases[e.Release],
        VendorName = HubVocabulary.Vendor(e.Release.Family),
        Location = HubVocabulary.Locations[e.Location],
        TimeCreated = e.TimeCreated,
        TimeModified = e.TimeModified,
    };

    public static LifecycleStage Stage(LifecycleStageRecord s, LifecycleEnvironmentRecord e, EmulatorStore store) => new()
    {
        Id = s.Id,
        CompartmentId = s.CompartmentId,
        DisplayName = s.DisplayName,
        LifecycleEnvironmentId = e.Id,
        Rank = s.Rank,
        OsFamily = HubVocabulary.Releases[e.Release],
        ArchType = HubVocabulary.Arch(e.Architecture),
        VendorName = HubVocabulary.Vendor(e.Release.Family),
        ManagedInstanceIds = Members(s, store).ToList(),
        Location = HubVocabulary.Locations[e.Location],
        SoftwareSourceId = Source(s.Content),
        TimeCreated = s.TimeCreated,
        TimeModified = s.TimeModified,
        LifecycleState = "ACTIVE",
    };

    public static LifecycleStageSummary StageSummary(LifecycleStageRecord s, LifecycleEnvironmentRecord e) => new()
    {
        Id = s.Id,
        CompartmentId = s.CompartmentId,
        DisplayName = s.DisplayName,
        LifecycleEnvironmentId = e.Id,
        LifecycleEnvironmentDisplayName = e.DisplayName,
        Rank = s.Rank,
        OsFamily = HubVocabulary.Releases[e.Release],
        ArchType = HubVocabulary.Arch(e.Architecture),
        VendorName = HubVocabulary.Vendor(e.Release.Family),
        ManagedInstances = s.InstanceIds.Count,
        Location = HubVocabulary.Locations[e.Location],
        SoftwareSourceId = Source(s.Content),
        TimeCreated = s.TimeCreated,
        TimeModified = s.TimeModified,
        LifecycleState = "ACTIVE",
    };

    public static DynamicSet Set(DynamicSetRecord d, EmulatorStore store) => new()
    {
        Id = d.Id,
        CompartmentId = d.CompartmentId,
        DisplayName = d.DisplayName,
        Description = d.Description,
        TimeCreated = d.TimeCreated,
        TimeUpdated = d.TimeCreated,
        LifecycleState = "ACTIVE",
        ScheduledJobCount = store.Hub().Jobs.Values.Count(j => j.LifecycleState == "ACTIVE" && j.DynamicSetIds.Contains(d.Id)).ToString(CultureInfo.InvariantCulture),
        TargetCompartments = d.Scopes.Select(s => new TargetCompartmentDetails(s.CompartmentId, s.IncludesChildren)).ToList(),
        MatchType = d.MatchesAll ? "ALL" : "ANY",
        MatchingRule = new MatchingRule
        {
            ManagedInstanceIds = d.Rule.InstanceIds?.ToList(),
            ManagedInstanceGroupIds = d.Rule.GroupIds?.ToList(),
            DisplayNames = d.Rule.DisplayNames?.ToList(),
            OsNames = d.Rule.Families?.Select(f => f == OsFamily.Windows ? "WINDOWS_SERVER" : "ORACLE_LINUX").ToList(),
            Architectures = d.Rule.Architectures?.Select(HubVocabulary.Arch).ToList(),
            OsFamilies = d.Rule.Releases?.Select(r => HubVocabulary.Releases[r]).ToList(),
            Statuses = d.Rule.Statuses?.Select(s => OsManagementWords.InstanceStatuses[s]).ToList(),
            Locations = d.Rule.Locations?.Select(l => HubVocabulary.Locations[l]).ToList(),
            IsRebootRequired = d.Rule.RebootRequired,
        },
    };

    public static JsonObject SetSummary(DynamicSetRecord d, EmulatorStore store) => Summaries.DynamicSet.Of(Set(d, store));

    public static SoftwareSourceDetails? Source(ContentVersion? content) =>
        content is null ? null : new SoftwareSourceDetails(content.Id, content.DisplayName, content.Description, "VERSIONED");

    private static IEnumerable<IdName> Members(LifecycleStageRecord s, EmulatorStore store) =>
        HubUnits.Members(store, s.InstanceIds).Select(i => new IdName(i.Id, i.DisplayName));
}

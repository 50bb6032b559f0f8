using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub: lifecycle environments and their stages. Promotion follows the service's order (the first stage
/// takes a versioned software source; a later one its previous stage's content, which must hold some, and a source given
/// must be that one: PromoteSoftwareSourceToLifecycleStageDetails), and makes the updates the content holds available to
/// the stage's members, who then miss them until a job on the stage installs them.
/// </summary>
internal static class HubLifecycleEndpoints
{
    private static readonly ListSorts Sorts = HubRequests.ByCreatedOrName;

    internal static IResult ListEnvironments(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var id = http.Query("lifecycleEnvironmentId");
        var query = new EnvironmentQuery(http);
        var list = http.Paging(Sorts);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree: false);
            var items = HubUnits.Environments(store).Where(e => HubScope.In(scope, e.CompartmentId)
                && (id is null || e.Id == id)
                && query.Fits(e.DisplayName, e));
            return HubRequests.Items(http, list.Apply(items, e => e.TimeCreated, e => e.DisplayName, e => e.Id, HubUnitWireMap.EnvironmentSummary));
        });
    }

    internal static IResult GetEnvironment(HttpContext http, string lifecycleEnvironmentId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => HubUnitWireMap.Environment(HubUnits.Environment(store, lifecycleEnvironmentId), store)));

    internal static IResult ListStages(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var id = http.Query("lifecycleStageId");
        var source = http.Query("softwareSourceId");
        var query = new EnvironmentQuery(http);
        var list = http.Paging(Sorts);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree: false);
            var items = HubUnits.Environments(store).SelectMany(e => e.Stages.Select(s => (Stage: s, Environment: e))).Where(p =>
                HubScope.In(scope, p.Stage.CompartmentId)
                && (id is null || p.Stage.Id == id)
                && (source is null || p.Stage.Content?.Id == source)
                && query.Fits(p.Stage.DisplayName, p.Environment));
            return HubRequests.Items(http, list.Apply(items, p => p.Stage.TimeCreated, p => p.Stage.DisplayName, p => p.Stage.Id,
                p => HubUnitWireMap.StageSummary(p.Stage, p.Environment)));
        });
    }

    internal static IResult GetStage(HttpContext http, string lifecycleStageId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ =>
        {
            var stage = HubUnits.Stage(store, lifecycleStageId);
            return HubUnitWireMap.Stage(stage, HubUnits.EnvironmentOf(store, stage), store);
        }));

    internal static IResult Promote(HttpContext http, string lifecycleStageId, EmulatorStore store)
    {
        var sourceId = http.Query("softwareSourceId");
        var details = http.OptionalBody<PromotionDetails>();
        var id = store.Execute(now =>
        {
            var stage = HubUnits.Stage(store, lifecycleStageId);
            var previous = HubUnits.EnvironmentOf(store, stage).Stages.Where(s => s.Rank < stage.Rank).OrderBy(s => s.Rank).LastOrDefault();
            ContentVersion content;
            if (previous is null)
            {
                var given = sourceId ?? throw OciException.Invalid(
                    $"Lifecycle stage {stage.DisplayName} is the first stage: promoting to it needs softwareSourceId, the versioned custom software source to promote.");
                content = store.Fleet.ContentVersions.FirstOrDefault(c => c.Id == given)
                    ?? throw OciException.NotFound($"Versioned software source {given}");
            }
            else
            {
                content = previous.Content ?? throw OciException.Invalid(
                    $"The previous stage, {previous.DisplayName}, holds no content yet; promote content to it first.");
                if (sourceId is not null && sourceId != content.Id)
                {
                    throw OciException.Invalid(
                        $"softwareSourceId {sourceId} is not the content of the previous stage, {previous.DisplayName} ({content.DisplayName}, {content.Id}); leave it out to promote that.");
                }
            }
            return store.Hub().Work.Promote(stage, content, HubUnitEndpoints.Origin(details.WorkRequestDetails, now, $"Promote content to lifecycle stage {stage.DisplayName}")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    internal static IResult Attach(HttpContext http, string lifecycleStageId, EmulatorStore store)
    {
        var details = http.Body<StageMembersDetails>().ManagedInstanceDetails;
        var id = store.Execute(now =>
        {
            var stage = HubUnits.Stage(store, lifecycleStageId);
            var environment = HubUnits.EnvironmentOf(store, stage);
            var joining = HubUnitEndpoints.Named(store, details?.ManagedInstances, "managedInstanceDetails.managedInstances")
                .Where(m => m.LifecycleStageId != stage.Id).ToList();
            foreach (var member in joining)
            {
                HubUnits.CheckJoin(store, member, environment.Release, environment.Architecture, environment.Location, $"lifecycle stage {stage.DisplayName}");
            }
            foreach (var member in joining)
            {
                member.LifecycleStageId = stage.Id;
                stage.InstanceIds.Add(member.Id);
                StageContent.Apply(member, stage.Content);
            }
            stage.TimeModified = now;
            return store.Hub().Work.UnitChange("SET_SOFTWARE_SOURCES", "LIFECYCLE_STAGE", stage.Id, stage.DisplayName, stage.CompartmentId,
                HubUnitEndpoints.Origin(details?.WorkRequestDetails, now, $"Attach managed instances to lifecycle stage {stage.DisplayName}"),
                string.Create(CultureInfo.InvariantCulture,
                    $"Attached {joining.Count} managed instance(s) to lifecycle stage {stage.DisplayName}: {string.Join(", ", joining.Select(m => m.DisplayName))}.")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    internal static IResult Detach(HttpContext http, string lifecycleStageId, EmulatorStore store)
    {
        var details = http.Body<StageMembersDetails>().ManagedInstanceDetails;
        var id = store.Execute(now =>
        {
            var stage = HubUnits.Stage(store, lifecycleStageId);
            var leaving = HubUnitEndpoints.Named(store, details?.ManagedInstances, "managedInstanceDetails.managedInstances");
            if (leaving.FirstOrDefault(m => m.LifecycleStageId != stage.Id) is { } stranger)
            {
                throw OciException.Invalid($"Managed instance {stranger.DisplayName} is not attached to lifecycle stage {stage.DisplayName}.");
            }
            foreach (var member in leaving)
            {
                member.LifecycleStageId = null;
                stage.InstanceIds.Remove(member.Id);
                StageContent.Release(member);
            }
            stage.TimeModified = now;
            return store.Hub().Work.UnitChange("SET_SOFTWARE_SOURCES", "LIFECYCLE_STAGE", stage.Id, stage.DisplayName, stage.CompartmentId,
                HubUnitEndpoints.Origin(details?.WorkRequestDetails, now, $"Detach managed instances from lifecycle stage {stage.DisplayName}"),
                string.Create(CultureInfo.InvariantCulture,
                    $"Detached {leaving.Count} managed instance(s) from lifecycle stage {stage.DisplayName}: {string.Join(", ", leaving.Select(m => m.DisplayName))}.")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    internal static IResult Reboot(HttpContext http, string lifecycleStageId, EmulatorStore store)
    {
        var details = http.OptionalBody<ManagedInstancesDetails>();
        var operations = RebootOperations(details.RebootTimeoutInMins);
        var id = store.Execute(now =>
        {
            var stage = HubUnits.Stage(store, lifecycleStageId);
            return store.Hub().Work.ForMembers("LIFECYCLE_STAGE", stage.Id, $"lifecycle stage {stage.DisplayName}", stage.CompartmentId,
                HubUnits.Members(store, stage.InstanceIds), operations,
                HubUnitEndpoints.Origin(details.WorkRequestDetails, now, $"Reboot the members of lifecycle stage {stage.DisplayName}")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    internal static List<ScheduledJobOperation> RebootOperations(int? timeout) =>
        new() { new ScheduledJobOperation { OperationType = "REBOOT", RebootTimeoutInMins = HubUnits.RebootTimeout(timeout) } };

    internal static bool Fits(LifecycleEnvironmentRecord e, string? arch, string? family, List<Location> locations, List<Location> notLocations, string? state) =>
        (arch is null or "ALL" || arch == HubVocabulary.Arch(e.Architecture))
        && (family is null or "ALL" || family == HubVocabulary.Releases[e.Release])
        && (locations.Count == 0 || locations.Contains(e.Location))
        && !notLocations.Contains(e.Location)
        && (state is null or "ACTIVE");

    /// <summary>The filters ListLifecycleEnvironments and ListLifecycleStages share: names, and the environment's shape and state.</summary>
    private sealed class EnvironmentQuery(HttpContext http)
    {
        private readonly List<string> _names = http.Many("displayName");
        private readonly string? _contains = http.Query("displayNameContains");
        private readonly string? _arch = http.EnumQuery("archType", HubVocabulary.ArchTypes);
        private readonly string? _family = http.EnumQuery("osFamily", HubVocabulary.OsFamilies);
        private readonly List<Location> _locations = http.ManyOf("location", HubVocabulary.Locations);
        private readonly List<Location> _notLocations = http.ManyOf("locationNotEqualTo", HubVocabulary.Locations);
        private readonly string? _state = http.EnumQuery("lifecycleState", HubVocabulary.GroupLifecycleStates);

        public bool Fits(string displayName, LifecycleEnvironmentRecord e) =>
            (_names.Count == 0 || _names.Contains(displayName))
            && (_contains is null || displayName.Contains(_contains, StringComparison.OrdinalIgnoreCase))
            && HubLifecycleEndpoints.Fits(e, _arch, _family, _locations, _notLocations, _state);
    }

    /// <summary>PromoteSoftwareSourceToLifecycleStageDetails.</summary>
    private sealed class PromotionDetails
    {
        public WorkRequestDetails? WorkRequestDetails { get; init; }
    }
}

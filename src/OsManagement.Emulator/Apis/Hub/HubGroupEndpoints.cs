namespace OsManagement.Emulator.Apis.Hub;

/// <summary>OS Management Hub: managed instance groups and their members (the group actions are in <see cref="HubActionEndpoints"/>).</summary>
internal static class HubGroupEndpoints
{
    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var groupId = http.Query("managedInstanceGroupId");
        var names = http.Many("displayName");
        var contains = http.Query("displayNameContains");
        var arch = http.EnumQuery("archType", HubVocabulary.ArchTypes);
        var family = http.EnumQuery("osFamily", HubVocabulary.OsFamilies);
        var state = http.EnumQuery("lifecycleState", HubVocabulary.GroupLifecycleStates);
        var locations = http.ManyOf("location", HubVocabulary.Locations);
        var notLocations = http.ManyOf("locationNotEqualTo", HubVocabulary.Locations);
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree: false);
            var items = HubUnits.Groups(store).Where(g => HubScope.In(scope, g.CompartmentId)
                && (groupId is null || g.Id == groupId)
                && (names.Count == 0 || names.Contains(g.DisplayName))
                && (contains is null || g.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase))
                && (arch is null or "ALL" or "X86_64")
                && (family is null or "ALL" || HubVocabulary.Releases[g.Release!] == family)
                && (state is null or "ACTIVE")
                && (locations.Count == 0 || locations.Contains(Location.OciCompute))
                && !notLocations.Contains(Location.OciCompute));
            var page = list.Apply(items, g => g.TimeCreated, g => g.DisplayName, g => g.Id, g => HubWireMap.GroupSummary(g, store));
            return HubRequests.Items(http, page);
        });
    }

    internal static IResult Get(HttpContext http, string managedInstanceGroupId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => HubWireMap.Group(HubUnits.Group(store, managedInstanceGroupId), store)));

    internal static IResult ListMembers(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var instanceId = http.Query("managedInstanceId");
        var compartmentId = http.Query("compartmentId");
        var subtree = http.BoolQuery("compartmentIdInSubtree") ?? false;
        var names = http.Many("displayName");
        var contains = http.Query("displayNameContains");
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(now =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            var scope = HubScope.ListScope(store, compartmentId, subtree);
            var items = group.InstanceIds.Select(id => store.Instances[id]).Where(i => HubScope.In(scope, i.CompartmentId)
                && (instanceId is null || i.Id == instanceId)
                && (names.Count == 0 || names.Contains(i.DisplayName))
                && (contains is null || i.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase)));
            var page = list.Apply(items, i => i.TimeCreated, i => i.DisplayName, i => i.Id, i => HubWireMap.InstanceSummary(i, store, now));
            return HubRequests.Items(http, page);
        });
    }
}

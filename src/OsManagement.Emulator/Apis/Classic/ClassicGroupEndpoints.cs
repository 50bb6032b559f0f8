using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: managed instance groups (reads; the group action is in <see cref="ClassicActionEndpoints"/>).</summary>
internal static class ClassicGroupEndpoints
{
    /// <summary>The group, or 404 when the fleet has none by that id in the request's region (as HubUnits.Group for Hub's).</summary>
    internal static GroupRecord Find(EmulatorStore store, string? id) =>
        id is not null && store.Groups.TryGetValue(id, out var group) && store.Serves(group.Region) ? group : throw OciException.NotFound($"Managed instance group {id}");

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var list = new ClassicList(http);
        var state = http.EnumQuery("lifecycleState", ClassicVocabulary.LifecycleStates);
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        return list.Answer(http, store, () => store.Fleet.Groups.Where(g => store.Serves(g.Region) && list.Holds(g.CompartmentId, g.DisplayName)
                && (state is null or "ACTIVE")
                && (osFamily is null or "ALL" || ClassicVocabulary.Families[g.Family] == osFamily)),
            g => g.TimeCreated, g => g.DisplayName, g => g.Id, ClassicWireMap.Summary);
    }

    internal static IResult Get(HttpContext http, string managedInstanceGroupId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => ClassicWireMap.Full(Find(store, managedInstanceGroupId), store)));
}

using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: managed instance groups (reads; the group action is in <see cref="ClassicActionEndpoints"/>).</summary>
internal static class ClassicGroupEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/20190801/managedInstanceGroups", List).WithName("listManagedInstanceGroups");
        app.MapGet("/20190801/managedInstanceGroups/{managedInstanceGroupId}", Get).WithName("getManagedInstanceGroup");
    }

    private static IResult List(HttpContext http, EmulatorStore store, EmulatorOptions options)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var displayName = http.Query("displayName");
        var state = http.EnumQuery("lifecycleState", LifecycleStates.Creating, LifecycleStates.Updating, LifecycleStates.Active,
            LifecycleStates.Deleting, LifecycleStates.Deleted, LifecycleStates.Failed);
        var osFamily = http.EnumQuery("osFamily", OsFamilies.Linux, OsFamilies.Windows, OsFamilies.All);
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            ClassicInstanceEndpoints.CheckCompartment(store, compartmentId);
            var items = store.Fleet.Groups.Where(g => g.CompartmentId == compartmentId
                && (displayName is null || g.DisplayName == displayName)
                && state is null or LifecycleStates.Active
                && (osFamily is null or OsFamilies.All || ClassicVocabulary.Families[g.Family] == osFamily));
            return OciResponses.Page(http, list.Apply(items, g => g.TimeCreated, g => g.DisplayName, g => g.Id, ClassicWireMap.Summary));
        });
    }

    private static IResult Get(HttpContext http, string managedInstanceGroupId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ =>
            store.Groups.TryGetValue(managedInstanceGroupId, out var group)
                ? ClassicWireMap.Full(group, store)
                : throw OciException.NotFound($"Managed instance group {managedInstanceGroupId}")));
}

using OsManagement.Emulator.Apis.Classic;

namespace OsManagement.Emulator.Apis.Identity;

/// <summary>Identity 20160918: listCompartments, getCompartment, getTenancy, listRegionSubscriptions.</summary>
internal static class IdentityEndpoints
{
    private static readonly string[] States = { "CREATING", "ACTIVE", "INACTIVE", "DELETING", "DELETED" };

    internal static IResult ListCompartments(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var subtree = http.BoolQuery("compartmentIdInSubtree") ?? false;
        http.EnumQuery("accessLevel", "ANY", "ACCESSIBLE");
        var state = http.EnumQuery("lifecycleState", States);
        var name = http.Query("name");
        var list = http.Paging(ListSorts.Upper("NAME"));
        return store.Execute(_ =>
        {
            if (compartmentId != store.TenancyId && !store.Compartments.ContainsKey(compartmentId))
            {
                throw OciException.NotFound($"Compartment {compartmentId}");
            }
            if (subtree && compartmentId != store.TenancyId)
            {
                throw OciException.Invalid("compartmentIdInSubtree may only be true when compartmentId is the tenancy (root compartment).");
            }
            var items = store.Fleet.Compartments
                .Where(c => subtree || c.ParentId == compartmentId)
                .Where(c => state is null || IdentityWireMap.States[c.State] == state)
                .Where(c => name is null || c.Name == name);
            return OciResponses.Page(http, list.Apply(items, c => c.TimeCreated, c => c.Name, c => c.Id, IdentityWireMap.Compartment));
        });
    }

    internal static IResult GetCompartment(HttpContext http, string compartmentId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ =>
            compartmentId == store.TenancyId
                ? IdentityWireMap.RootCompartment(store.Fleet)
                : store.Compartments.TryGetValue(compartmentId, out var c)
                    ? IdentityWireMap.Compartment(c)
                    : throw OciException.NotFound($"Compartment {compartmentId}")));

    internal static IResult GetTenancy(string tenancyId, EmulatorStore store) => store.Execute(_ =>
        tenancyId == store.TenancyId
            ? OciResponses.Json(IdentityWireMap.Tenancy(store.Fleet))
            : throw OciException.NotFound($"Tenancy {tenancyId}"));

    /// <summary>The regions the tenancy subscribes to, home first: a bare array, not paged (oci-identity's listRegionSubscriptions).</summary>
    internal static IResult ListRegionSubscriptions(string tenancyId, EmulatorStore store) => store.Execute(_ =>
        tenancyId == store.TenancyId
            ? OciResponses.Json(IdentityWireMap.RegionSubscriptions(store.Fleet))
            : throw OciException.NotFound($"Tenancy {tenancyId}"));
}

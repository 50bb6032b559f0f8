namespace OsManagement.Emulator.Apis;

/// <summary>What both OS Management APIs look up alike: an instance, a compartment, and what one instance holds.</summary>
internal static class Lookups
{
    /// <summary>The instance, or 404 when the fleet has none by that id in the request's region.</summary>
    public static InstanceRecord Instance(EmulatorStore store, string id) =>
        store.Instances.TryGetValue(id, out var instance) && store.Serves(instance.Region) ? instance : throw OciException.NotFound($"Managed instance {id}");

    /// <summary>404 unless the id is the tenancy or a known compartment.</summary>
    public static void CheckCompartment(EmulatorStore store, string compartmentId)
    {
        if (compartmentId != store.TenancyId && !store.Compartments.ContainsKey(compartmentId))
        {
            throw OciException.NotFound($"Compartment {compartmentId}");
        }
    }

    /// <summary>
    /// A list of what one instance holds (its updates, packages, errata): the list's paging is read after the caller's
    /// filters, the instance is found under the store's lock, and the API answers the page its way.
    /// </summary>
    public static IResult OfInstance<T>(HttpContext http, EmulatorStore store, string managedInstanceId, ListSorts sorts,
        Func<ListQuery, InstanceRecord, Page<T>> page, Func<HttpContext, Page<T>, IResult> answer)
    {
        var list = http.Paging(sorts);
        return store.Execute(_ => answer(http, page(list, Instance(store, managedInstanceId))));
    }
}

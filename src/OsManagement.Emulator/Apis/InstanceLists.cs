namespace OsManagement.Emulator.Apis;

/// <summary>What both OS Management APIs do alike with one managed instance: find it, and list what it holds.</summary>
internal static class InstanceLists
{
    /// <summary>The instance, or 404 when the fleet has none by that id.</summary>
    public static InstanceRecord Find(EmulatorStore store, string id) =>
        store.Instances.TryGetValue(id, out var instance) ? instance : throw OciException.NotFound($"Managed instance {id}");

    /// <summary>
    /// A list of what one instance holds (its updates, packages, errata): the list's paging is read after the caller's
    /// filters, the instance is found under the store's lock, and the API answers the page its way.
    /// </summary>
    public static IResult Of<T>(HttpContext http, EmulatorStore store, string managedInstanceId, ListSorts sorts,
        Func<ListQuery, InstanceRecord, Page<T>> page, Func<HttpContext, Page<T>, IResult> answer)
    {
        var list = http.Paging(sorts);
        return store.Execute(_ => answer(http, page(list, Find(store, managedInstanceId))));
    }
}

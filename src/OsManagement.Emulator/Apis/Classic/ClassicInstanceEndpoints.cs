using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: managed instances and what can be installed on them (reads).</summary>
internal static class ClassicInstanceEndpoints
{
    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var list = new ClassicList(http);
        var osFamily = http.EnumQuery("osFamily", ClassicVocabulary.FamilyFilters);
        return list.Answer(http, store, () => store.Fleet.Instances.Where(i => store.Serves(i.Region) && list.Holds(i.CompartmentId, i.DisplayName)
                && (osFamily is null or "ALL" || ClassicVocabulary.Families[i.Os.Family] == osFamily)),
            i => i.TimeCreated, i => i.DisplayName, i => i.Id, ClassicWireMap.Summary);
    }

    internal static IResult Get(HttpContext http, string managedInstanceId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => ClassicWireMap.Full(Lookups.Instance(store, managedInstanceId), store)));

    internal static IResult ListUpdates(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var displayName = http.Query("displayName");
        return OfInstance(http, store, managedInstanceId, (list, instance) =>
            list.Apply(instance.PackageUpdates.Where(u => displayName is null || u.PackageName == displayName),
                u => u.Erratum?.Issued ?? instance.TimeCreated, u => u.PackageName, u => u.Name, u => ClassicWireMap.Update(u, instance)));
    }

    internal static IResult ListWindowsUpdates(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var displayName = http.Query("displayName");
        var eligible = http.EnumQuery("isEligibleForInstallation", ClassicVocabulary.Installability);
        return OfInstance(http, store, managedInstanceId, (list, instance) =>
            list.Apply(instance.WindowsUpdates.Where(u => (displayName is null || u.DisplayName == displayName) && eligible is null or "INSTALLABLE"),
                _ => instance.TimeCreated, u => u.DisplayName, u => u.Name, ClassicWireMap.Update));
    }

    internal static IResult ListErrata(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var displayName = http.Query("displayName");
        return OfInstance(http, store, managedInstanceId, (list, instance) =>
            list.Apply(instance.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Distinct().Where(e => displayName is null || e.Name == displayName),
                e => e.Issued, e => e.Name, e => e.Id, e => ClassicWireMap.ErratumSummary(e, store.TenancyId)));
    }

    internal static IResult ListPackages(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var displayName = http.Query("displayName");
        return OfInstance(http, store, managedInstanceId, (list, instance) =>
            list.Apply(instance.InstalledPackages.Where(p => displayName is null || p.PackageName == displayName),
                p => p.InstallTime, p => p.PackageName, p => p.Name, p => ClassicWireMap.Installed(p, instance)));
    }

    private static IResult OfInstance<T>(HttpContext http, EmulatorStore store, string managedInstanceId, Func<ListQuery, InstanceRecord, Page<T>> page) =>
        Lookups.OfInstance(http, store, managedInstanceId, ClassicVocabulary.Sorts, page, OciResponses.Page);

    internal static IResult GetErratum(string erratumId, EmulatorStore store) => store.Execute(_ =>
        store.Fleet.Errata.TryGetValue(erratumId, out var erratum)
            ? OciResponses.Json(ClassicWireMap.Erratum(erratum, store))
            : throw OciException.NotFound($"Erratum {erratumId}"));
}

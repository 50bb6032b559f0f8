using OsManagement.Emulator.Apis.Classic.Wire;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>OS Management: managed instances and what can be installed on them (reads).</summary>
internal static class ClassicInstanceEndpoints
{
    private const string Prefix = "/20190801/managedInstances";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix, List).WithName("listManagedInstances");
        app.MapGet(Prefix + "/{managedInstanceId}", Get).WithName("getManagedInstance");
        app.MapGet(Prefix + "/{managedInstanceId}/packages/updates", ListUpdates).WithName("listAvailableUpdatesForManagedInstance");
        app.MapGet(Prefix + "/{managedInstanceId}/updates/available", ListWindowsUpdates).WithName("listAvailableWindowsUpdatesForManagedInstance");
        app.MapGet(Prefix + "/{managedInstanceId}/errata", ListErrata).WithName("listManagedInstanceErrata");
        app.MapGet(Prefix + "/{managedInstanceId}/packages", ListPackages).WithName("listPackagesInstalledOnManagedInstance");
        app.MapGet("/20190801/errata/{erratumId}", GetErratum).WithName("getErratum");
    }

    internal static InstanceRecord Find(EmulatorStore store, string id) =>
        store.Instances.TryGetValue(id, out var instance) ? instance : throw OciException.NotFound($"Managed instance {id}");

    internal static void CheckCompartment(EmulatorStore store, string compartmentId)
    {
        if (compartmentId != store.TenancyId && !store.Compartments.ContainsKey(compartmentId))
        {
            throw OciException.NotFound($"Compartment {compartmentId}");
        }
    }

    private static IResult List(HttpContext http, EmulatorStore store, EmulatorOptions options)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var displayName = http.Query("displayName");
        var osFamily = http.EnumQuery("osFamily", OsFamilies.Linux, OsFamilies.Windows, OsFamilies.All);
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            CheckCompartment(store, compartmentId);
            var items = store.Fleet.Instances.Where(i => i.CompartmentId == compartmentId
                && (displayName is null || i.DisplayName == displayName)
                && (osFamily is null or OsFamilies.All || ClassicVocabulary.Families[i.Os.Family] == osFamily));
            return OciResponses.Page(http, list.Apply(items, i => i.TimeCreated, i => i.DisplayName, i => i.Id, ClassicWireMap.Summary));
        });
    }

    private static IResult Get(HttpContext http, string managedInstanceId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => ClassicWireMap.Full(Find(store, managedInstanceId), store)));

    private static IResult ListUpdates(HttpContext http, string managedInstanceId, EmulatorStore store, EmulatorOptions options)
    {
        var displayName = http.Query("displayName");
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var instance = Find(store, managedInstanceId);
            var items = instance.PackageUpdates.Where(u => displayName is null || u.PackageName == displayName).ToList();
            return OciResponses.Page(http, list.Apply(items, u => u.Erratum?.Issued ?? instance.TimeCreated, u => u.PackageName, u => u.Name, u => ClassicWireMap.Update(u, instance)));
        });
    }

    private static IResult ListWindowsUpdates(HttpContext http, string managedInstanceId, EmulatorStore store, EmulatorOptions options)
    {
        var displayName = http.Query("displayName");
        var eligible = http.EnumQuery("isEligibleForInstallation", IsEligibleForInstallation.Installable, IsEligibleForInstallation.Notinstallable, IsEligibleForInstallation.Unknown);
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var instance = Find(store, managedInstanceId);
            var items = instance.WindowsUpdates
                .Where(u => displayName is null || u.DisplayName == displayName)
                .Where(_ => eligible is null or IsEligibleForInstallation.Installable)
                .ToList();
            return OciResponses.Page(http, list.Apply(items, _ => instance.TimeCreated, u => u.DisplayName, u => u.Name, ClassicWireMap.Update));
        });
    }

    private static IResult ListErrata(HttpContext http, string managedInstanceId, EmulatorStore store, EmulatorOptions options)
    {
        var displayName = http.Query("displayName");
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var instance = Find(store, managedInstanceId);
            var errata = instance.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Distinct()
                .Where(e => displayName is null || e.Name == displayName).ToList();
            return OciResponses.Page(http, list.Apply(errata, e => e.Issued, e => e.Name, e => e.Id, e => ClassicWireMap.ErratumSummary(e, store.TenancyId)));
        });
    }

    private static IResult ListPackages(HttpContext http, string managedInstanceId, EmulatorStore store, EmulatorOptions options)
    {
        var displayName = http.Query("displayName");
        var list = ListQuery.Parse(http.Request.Query, options.PageSize, ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            var instance = Find(store, managedInstanceId);
            var items = new List<InstalledPackage>(instance.InstalledPackages.Where(p => displayName is null || p.PackageName == displayName));
            return OciResponses.Page(http, list.Apply(items, p => p.InstallTime, p => p.PackageName, p => p.Name, p => ClassicWireMap.Installed(p, instance)));
        });
    }

    private static IResult GetErratum(string erratumId, EmulatorStore store) => store.Execute(_ =>
        store.Fleet.Errata.TryGetValue(erratumId, out var erratum)
            ? OciResponses.Json(ClassicWireMap.Erratum(erratum, store))
            : throw OciException.NotFound($"Erratum {erratumId}"));
}

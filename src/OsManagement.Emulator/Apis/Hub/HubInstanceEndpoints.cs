namespace OsManagement.Emulator.Apis.Hub;

/// <summary>OS Management Hub: managed instances, what they miss (updatable packages, errata, Windows updates), errata.</summary>
internal static class HubInstanceEndpoints
{
    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var filter = HubInstanceFilter.Read(http, "group", allowSubtree: false);
        var instanceId = http.Query("managedInstanceId");
        var arch = http.ManyOf("archType", HubVocabulary.ArchTypes);
        var notGroup = http.Query("groupNotEqualTo");
        var stage = http.Query("lifecycleStage");
        var notStage = http.Query("lifecycleStageNotEqualTo");
        var environment = http.Query("lifecycleEnvironment");
        var notEnvironment = http.Query("lifecycleEnvironmentNotEqualTo");
        var attached = http.BoolQuery("isAttachedToGroupOrLifecycleStage");
        var station = http.BoolQuery("isManagementStation");
        var reboot = http.BoolQuery("isRebootRequired");
        var advisories = http.Many("advisoryName");
        var agent = http.Query("agentVersion");
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(now =>
        {
            filter.Resolve(store, now);
            var items = store.Fleet.Instances.Where(i => filter.Matches(i)
                && (instanceId is null || i.Id == instanceId)
                && (arch.Count == 0 || arch.Contains(HubVocabulary.Arch(i.Architecture)))
                && (notGroup is null || i.ReleaseGroupId != notGroup)
                && (attached is null || (i.ReleaseGroupId is not null || i.LifecycleStageId is not null) == attached)
                && (stage is null || i.LifecycleStageId == stage)
                && (notStage is null || i.LifecycleStageId != notStage)
                && (environment is null || HubUnits.StageOf(store, i)?.EnvironmentId == environment)
                && (notEnvironment is null || HubUnits.StageOf(store, i)?.EnvironmentId != notEnvironment)
                && station != true
                && (reboot is null || i.IsRebootRequired == reboot)
                && (advisories.Count == 0 || i.PackageUpdates.Any(u => u.Erratum is not null && advisories.Contains(u.Erratum.Name)))
                && (agent is null || i.AgentVersion == agent));
            var page = list.Apply(items, i => i.TimeCreated, i => i.DisplayName, i => i.Id, i => HubWireMap.InstanceSummary(i, store, now));
            return HubRequests.Items(http, page, withTotal: true);
        });
    }

    internal static IResult Get(HttpContext http, string managedInstanceId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(now => HubWireMap.Instance(Lookups.Instance(store, managedInstanceId), store, now)));

    internal static IResult ListUpdatable(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var types = http.ManyOf("classificationType", HubVocabulary.Classifications);
        var names = http.Many("displayName");
        var contains = http.Query("displayNameContains");
        var advisories = http.Many("advisoryName");
        var severities = http.ManyOf("advisorySeverity", HubVocabulary.Severities);
        return OfInstance(http, store, managedInstanceId, HubRequests.ByCreatedOrName, (list, instance) => list.Apply(instance.PackageUpdates.Where(u =>
                (types.Count == 0 || types.Contains(u.Classification))
                && (names.Count == 0 || names.Contains(u.PackageName))
                && (contains is null || u.PackageName.Contains(contains, StringComparison.OrdinalIgnoreCase))
                && (advisories.Count == 0 || (u.Erratum is not null && advisories.Contains(u.Erratum.Name)))
                && (severities.Count == 0 || (u.Erratum?.Severity is { } s && severities.Contains(s)))),
            u => u.Erratum?.Issued ?? instance.TimeCreated, u => u.PackageName, u => u.Name, u => HubWireMap.Updatable(u, instance)));
    }

    internal static IResult ListInstalled(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var names = http.Many("displayName");
        var contains = http.Query("displayNameContains");
        return OfInstance(http, store, managedInstanceId, ListSorts.Camel(new[] { "timeInstalled", "timeCreated" }, "displayName"), (list, instance) =>
            list.Apply(instance.IsWindows ? [] : instance.InstalledPackages.Where(p => (names.Count == 0 || names.Contains(p.PackageName))
                    && (contains is null || p.PackageName.Contains(contains, StringComparison.OrdinalIgnoreCase))),
                p => p.InstallTime, p => p.PackageName, p => p.Name, p => HubWireMap.Installed(p, instance)));
    }

    internal static IResult ListErrata(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var types = http.ManyOf("classificationType", HubVocabulary.Classifications);
        var names = http.Many("name");
        var contains = http.Query("nameContains");
        return OfInstance(http, store, managedInstanceId, ListSorts.Camel(new[] { "timeIssued" }, "name"), (list, instance) =>
            list.Apply(instance.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Distinct()
                    .Where(e => (types.Count == 0 || types.Contains(e.Classification))
                        && (names.Count == 0 || names.Contains(e.Name))
                        && (contains is null || e.Name.Contains(contains, StringComparison.OrdinalIgnoreCase))),
                e => e.Issued, e => e.Name, e => e.Name, e => HubWireMap.InstanceErratum(e, instance)));
    }

    internal static IResult ListWindowsUpdates(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var types = http.ManyOf("classificationType", HubVocabulary.Classifications);
        var ids = http.Many("name");
        var title = http.Query("displayName");
        var contains = http.Query("displayNameContains");
        var installable = http.EnumQuery("isInstallable", "INSTALLABLE", "NOT_INSTALLABLE");
        return OfInstance(http, store, managedInstanceId, ListSorts.Camel(new[] { "timeCreated" }, "name", "displayName"), (list, instance) =>
            list.Apply(instance.WindowsUpdates.Where(u =>
                    (types.Count == 0 || types.Contains(u.Classification))
                    && (ids.Count == 0 || ids.Contains(u.Name))
                    && (title is null || u.DisplayName == title)
                    && (contains is null || u.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase))
                    && installable != "NOT_INSTALLABLE"),
                _ => instance.TimeCreated, u => u.DisplayName, u => u.Name, HubWireMap.WindowsUpdate));
    }

    internal static IResult GetErratum(HttpContext http, string name, EmulatorStore store)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        return store.Execute(_ =>
        {
            Lookups.CheckCompartment(store, compartmentId);
            var erratum = store.Fleet.Errata.Values.FirstOrDefault(e => e.Name == name) ?? throw OciException.NotFound($"Erratum {name}");
            return OciResponses.Json(HubWireMap.Erratum(erratum));
        });
    }

    // The advisories the tenancy's software sources carry (here: every erratum the fleet knows), as seen from a compartment.
    internal static IResult ListCatalogErrata(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.RequiredQuery("compartmentId");
        var names = http.Many("name");
        var contains = http.Query("nameContains");
        var types = http.ManyOf("classificationType", HubVocabulary.Classifications);
        // An advisory's type is its classification (Oracle Linux has no OTHER advisories).
        var advisoryTypes = http.ManyOf("advisoryType", HubVocabulary.Classifications);
        var severities = http.ManyOf("advisorySeverity", HubVocabulary.Severities);
        var family = http.Query("osFamily");
        var issuedFrom = http.OptionalTime("timeIssueDateStart");
        var issuedBefore = http.OptionalTime("timeIssueDateEnd");
        var list = http.Paging(ListSorts.Camel(new[] { "timeIssued" }, "name"));
        return store.Execute(_ =>
        {
            Lookups.CheckCompartment(store, compartmentId);
            var errata = store.Fleet.Errata.Values.Where(e => (names.Count == 0 || names.Contains(e.Name))
                && (contains is null || e.Name.Contains(contains, StringComparison.OrdinalIgnoreCase))
                && (types.Count == 0 || types.Contains(e.Classification))
                && (advisoryTypes.Count == 0 || advisoryTypes.Contains(e.Classification))
                && (issuedFrom is null || e.Issued >= issuedFrom) && (issuedBefore is null || e.Issued < issuedBefore)
                && (severities.Count == 0 || (e.Severity is { } s && severities.Contains(s)))
                && (family is null || family == HubVocabulary.Releases[OsRelease.OracleLinux(e.OsMajor)])).ToList();
            var page = list.Apply(errata, e => e.Issued, e => e.Name, e => e.Name, HubWireMap.ErratumSummary);
            return HubRequests.Items(http, page);
        });
    }

    private static IResult OfInstance<T>(HttpContext http, EmulatorStore store, string managedInstanceId, ListSorts sorts,
        Func<ListQuery, InstanceRecord, Page<T>> page) =>
        Lookups.OfInstance(http, store, managedInstanceId, sorts, page, (h, p) => HubRequests.Items(h, p));
}

using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's summarizeManagedInstanceAnalytics: the counting metrics over the instances that
/// listManagedInstances would return for the same filters (compartment and subtree, group, status, location, OS family,
/// name), one item per metric asked for, with no dimensions. Each count is what the instance APIs say: an instance
/// "with available security updates" has securityUpdatesAvailable &gt; 0, INSTANCE_SECURITY_UPDATES_COUNT adds those
/// numbers up, INSTANCE_SECURITY_ADVISORY_COUNT adds up each instance's SECURITY errata. The report content files are
/// not served: the SDK gives them no schema.
/// </summary>
internal static class HubAnalyticsEndpoints
{
    internal static IResult Summarize(HttpContext http, EmulatorStore store)
    {
        var metrics = http.ManyOf("metricNames", HubVocabulary.MetricNames);
        if (metrics.Count == 0)
        {
            throw OciException.Missing("metricNames");
        }
        var filter = HubInstanceFilter.Read(http, "managedInstanceGroupId", allowSubtree: true);
        var list = http.Paging(ListSorts.Camel(Array.Empty<string>(), "name", "metricName", "displayName"));
        return store.Execute(now =>
        {
            filter.Resolve(store, now);
            var instances = store.Fleet.Instances.Where(filter.Matches).ToList();
            var items = metrics.Distinct().Select(m => new ManagedInstanceAnalyticSummary(m, new Dictionary<string, string>(), Count(m, instances, now)));
            var page = list.Apply(items, _ => default, m => m.Name, m => m.Name, m => m);
            return HubRequests.Items(http, page);
        });
    }

    private static long Count(string metric, List<InstanceRecord> instances, DateTimeOffset now) => metric switch
    {
        "TOTAL_INSTANCE_COUNT" => instances.Count,
        "INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT" => instances.Count(i => i.CountUpdates(Classification.Security) > 0),
        "INSTANCE_WITH_AVAILABLE_BUGFIX_UPDATES_COUNT" => instances.Count(i => i.CountUpdates(Classification.Bugfix) > 0),
        "INSTANCE_WITH_AVAILABLE_OTHER_UPDATES_COUNT" => instances.Count(i => i.CountUpdates(Classification.Other) > 0),
        "INSTANCE_SECURITY_UPDATES_COUNT" => instances.Sum(i => (long)i.CountUpdates(Classification.Security)),
        "INSTANCE_BUGFIX_UPDATES_COUNT" => instances.Sum(i => (long)i.CountUpdates(Classification.Bugfix)),
        "INSTANCE_OTHER_UPDATES_COUNT" => instances.Sum(i => (long)i.CountUpdates(Classification.Other)),
        "INSTANCE_SECURITY_ADVISORY_COUNT" => instances.Sum(i => (long)Advisories(i, Classification.Security)),
        "INSTANCE_BUGFIX_ADVISORY_COUNT" => instances.Sum(i => (long)Advisories(i, Classification.Bugfix)),
        "NEEDS_REBOOTING_INSTANCE_COUNT" => instances.Count(i => i.IsRebootRequired),
        "NORMAL_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "NORMAL"),
        "ERROR_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "ERROR"),
        "WARNING_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "WARNING"),
        "UNREACHABLE_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "UNREACHABLE"),
        "REGISTRATION_FAILED_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "REGISTRATION_ERROR"),
        "DELETING_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "DELETING"),
        "ONBOARDING_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "ONBOARDING"),
        "REBOOTING_INSTANCE_COUNT" => instances.Count(i => HubVocabulary.StatusAt(i, now) == "REBOOTING"),
        _ => 0,
    };

    /// <summary>The distinct advisories of a type an instance misses (what listManagedInstanceErrata returns for it).</summary>
    private static int Advisories(InstanceRecord i, Classification classification) =>
        i.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Where(e => e.Classification == classification).Distinct().Count();
}

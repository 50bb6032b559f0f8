using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub: dynamic sets, their members now (<see cref="HubUnits.Members(EmulatorStore, DynamicSetRecord, DateTimeOffset)"/>)
/// and the actions on them: a parent work request with a child per member (or per member named in <c>managedInstances</c>).
/// </summary>
internal static class HubDynamicSetEndpoints
{
    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var name = http.Query("displayName");
        var contains = http.Query("displayNameContains");
        var id = http.Query("dynamicSetId");
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree: false);
            var items = HubUnits.Sets(store).Where(s => HubScope.In(scope, s.CompartmentId)
                && (id is null || s.Id == id)
                && (name is null || s.DisplayName == name)
                && (contains is null || s.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase)));
            return HubRequests.Items(http, list.Apply(items, s => s.TimeCreated, s => s.DisplayName, s => s.Id, s => HubUnitWireMap.SetSummary(s, store)));
        });
    }

    internal static IResult Get(HttpContext http, string dynamicSetId, EmulatorStore store) =>
        OciResponses.WithContentETag(http, store.Execute(_ => HubUnitWireMap.Set(HubUnits.Set(store, dynamicSetId), store)));

    internal static IResult ListMembers(HttpContext http, string dynamicSetId, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var subtree = http.BoolQuery("compartmentIdInSubtree") ?? false;
        var name = http.Query("displayName");
        var contains = http.Query("displayNameContains");
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(now =>
        {
            var set = HubUnits.Set(store, dynamicSetId);
            var scope = HubScope.ListScope(store, compartmentId, subtree);
            var items = HubUnits.Members(store, set, now).Where(i => HubScope.In(scope, i.CompartmentId)
                && (name is null || i.DisplayName == name)
                && (contains is null || i.DisplayName.Contains(contains, StringComparison.OrdinalIgnoreCase)));
            return HubRequests.Items(http, list.Apply(items, i => i.TimeCreated, i => i.DisplayName, i => i.Id, i => HubWireMap.InstanceSummary(i, store, now)),
                withTotal: true);
        });
    }

    /// <summary>An action on a set's members: UPDATE (by updateTypes), INSTALL_PACKAGES, REMOVE_PACKAGES or REBOOT.</summary>
    internal static Delegate Act(string kind) => (HttpContext http, string dynamicSetId, EmulatorStore store) =>
    {
        var details = kind is "UPDATE" or "REBOOT" ? http.OptionalBody<ManagedInstancesDetails>() : http.Body<ManagedInstancesDetails>();
        var operations = Operations(kind, details);
        var id = store.Execute(now =>
        {
            var set = HubUnits.Set(store, dynamicSetId);
            var members = store.Hub().Work.SetTargets(set, operations, now).Where(i => !i.IsWindows || kind == "REBOOT").ToList();
            if (details.ManagedInstances is { Count: > 0 } named)
            {
                if (named.FirstOrDefault(n => members.All(m => m.Id != n)) is { } stranger)
                {
                    throw OciException.Invalid($"Managed instance {stranger} is not a member of dynamic set {set.DisplayName} this action reaches.");
                }
                members = members.Where(m => named.Contains(m.Id)).ToList();
            }
            return store.Hub().Work.ForMembers("DYNAMIC_SET", set.Id, $"dynamic set {set.DisplayName}", set.CompartmentId, members, operations,
                HubUnitEndpoints.Origin(details.WorkRequestDetails, now, $"{HubWork.Describe(operations)} on dynamic set {set.DisplayName}")).Id;
        });
        return OciResponses.Accepted(http, id);
    };

    private static List<ScheduledJobOperation> Operations(string kind, ManagedInstancesDetails details)
    {
        switch (kind)
        {
            case "REBOOT":
                return HubLifecycleEndpoints.RebootOperations(details.RebootTimeoutInMins);
            case "UPDATE":
                var types = details.UpdateTypes ?? new List<string>();
                foreach (var type in types.Where(t => !HubVocabulary.IsOneOf(t, HubVocabulary.UpdateTypes)))
                {
                    throw OciException.Invalid($"updateTypes value '{type}' is not one of {string.Join(", ", HubVocabulary.UpdateTypes)}.");
                }
                return types.Count == 0 || types.Contains("ALL")
                    ? new() { new ScheduledJobOperation { OperationType = "UPDATE_ALL" } }
                    : types.Distinct().Select(t => new ScheduledJobOperation { OperationType = "UPDATE_" + t }).ToList();
            default:
                return details.PackageNames is { Count: > 0 } names
                    ? new() { new ScheduledJobOperation { OperationType = kind, PackageNames = names } }
                    : throw OciException.Missing("packageNames");
        }
    }
}

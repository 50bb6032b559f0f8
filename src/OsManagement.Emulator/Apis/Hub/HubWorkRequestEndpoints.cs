using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>OS Management Hub: work requests (a tree: parentId, childrenId), their logs and errors, and rerun.</summary>
internal static class HubWorkRequestEndpoints
{
    /// <summary>Get, log and errors of Hub's work requests.</summary>
    internal static readonly WorkRequestRoutes<HubWorkRequest, WorkRequest> Requests = new(Find, HubRequests.ByCreatedOrName,
        (http, page) => HubRequests.Items(http, page), HubWireMap.WorkRequest, HubWireMap.Log, HubWireMap.Error);

    private static HubWorkRequest Find(EmulatorStore store, string id) =>
        store.WorkRequests.GetValueOrDefault(id) is HubWorkRequest request && store.Serves(request.Region)
            ? request
            : throw OciException.NotFound($"Work request {id}");

    internal static IResult List(HttpContext http, EmulatorStore store)
    {
        var compartmentId = http.Query("compartmentId");
        var subtree = http.BoolQuery("compartmentIdInSubtree") ?? false;
        var id = http.Query("workRequestId");
        var statuses = http.ManyOf("status", HubVocabulary.WorkRequestStatuses);
        var resourceId = http.Query("resourceId");
        var initiatorId = http.Query("initiatorId");
        var parentId = http.Query("parentId");
        var operations = http.ManyOf("operationType", HubVocabulary.WorkRequestOperationTypes);
        var contains = http.Query("displayNameContains");
        var retryOf = http.Query("retryOfId");
        var rerunOf = http.Query("rerunOfId");
        var before = http.OptionalTime("timeCreatedLessThan");
        var since = http.OptionalTime("timeCreatedGreaterThanOrEqualTo");
        var list = http.Paging(HubRequests.ByCreatedOrName);
        return store.Execute(_ =>
        {
            var scope = HubScope.ListScope(store, compartmentId, subtree);
            var items = store.WorkRequests.Values.OfType<HubWorkRequest>().Where(w => store.Serves(w.Region) && HubScope.In(scope, w.CompartmentId)
                && (id is null || w.Id == id)
                && (statuses.Count == 0 || statuses.Contains(OsManagementWords.WorkStatuses[w.Status]))
                && (resourceId is null || w.InstanceId == resourceId || w.EntityId == resourceId)
                && (initiatorId is null || w.JobId == initiatorId)
                && (parentId is null || w.ParentId == parentId)
                && (operations.Count == 0 || operations.Contains(w.OperationType))
                && (contains is null || (w.DisplayName ?? "").Contains(contains, StringComparison.OrdinalIgnoreCase))
                && (retryOf is null || w.RetryOfId == retryOf)
                && (rerunOf is null || w.RerunOfId == rerunOf)
                && (before is null || w.TimeAccepted < before)
                && (since is null || w.TimeAccepted >= since));
            var page = list.Apply(items, w => w.TimeAccepted, w => w.DisplayName ?? "", w => w.Id, HubWireMap.WorkRequestSummary);
            return HubRequests.Items(http, page);
        });
    }

    internal static IResult Rerun(HttpContext http, string workRequestId, EmulatorStore store)
    {
        var bytes = http.Items[ApiGate.BodyItem] as byte[] ?? Array.Empty<byte>();
        var details = bytes.Length == 0 ? new RerunWorkRequestDetails() : http.Body<RerunWorkRequestDetails>();
        var id = store.Execute(now =>
        {
            var original = Find(store, workRequestId);
            if (!string.IsNullOrEmpty(http.IfMatch()) && http.IfMatch() != "*")
            {
                throw OciException.PreconditionFailed();
            }
            return store.Hub().Work.Rerun(original, details.ManagedInstances, details.WorkRequestDetails, now).Id;
        });
        return OciResponses.Accepted(http, id);
    }
}

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

// Work requests (the SDK's WorkRequestClient). They form trees: parentId and childrenId; a group action has a child per
// instance, and children live in each instance's compartment.
internal sealed partial class HubClient
{
    public Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        Get<WorkRequest>(new OciQuery(PathOf("/workRequests/{0}", workRequestId)), cancellationToken);

    public IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(ListWorkRequestsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestSummary>(new OciQuery(Version + "/workRequests")
            .Add("compartmentId", request.CompartmentId)
            .Add("workRequestId", request.WorkRequestId)
            .Add("status", request.Status)
            .Add("resourceId", request.ResourceId)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy)
            .Add("initiatorId", request.InitiatorId)
            .Add("parentId", request.ParentId)
            .Add("parentResourcesNotEqualTo", request.ParentResourcesNotEqualTo)
            .Add("operationType", request.OperationType)
            .Add("displayNameContains", request.DisplayNameContains)
            .Add("retryOfId", request.RetryOfId)
            .Add("rerunOfId", request.RerunOfId)
            .Add("timeCreatedLessThan", request.TimeCreatedLessThan)
            .Add("timeCreatedGreaterThanOrEqualTo", request.TimeCreatedGreaterThanOrEqualTo)
            .Add("isManagedByAutonomousLinux", request.IsManagedByAutonomousLinux)
            .Add("compartmentIdInSubtree", request.CompartmentIdInSubtree), cancellationToken);

    public IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(ListWorkRequestErrorsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestError>(new OciQuery(PathOf("/workRequests/{0}/errors", request.WorkRequestId))
            .Add("limit", request.Limit)
            .Add("sortBy", request.SortBy)
            .Add("sortOrder", request.SortOrder), cancellationToken);

    public IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(ListWorkRequestLogsRequest request, CancellationToken cancellationToken) =>
        List<WorkRequestLogEntry>(new OciQuery(PathOf("/workRequests/{0}/logs", request.WorkRequestId))
            .Add("limit", request.Limit)
            .Add("sortBy", request.SortBy)
            .Add("sortOrder", request.SortOrder), cancellationToken);

    /// <summary>
    /// Runs a finished work request again, on all its instances or those the details name (null details: no body, all of
    /// them); the new work request's id is in opc-work-request-id.
    /// </summary>
    public Task<OciResponse<OciEmpty>> RerunWorkRequestAsync(string workRequestId, RerunWorkRequestDetails? details, string? ifMatch, string? opcRetryToken,
        CancellationToken cancellationToken) =>
        Action(PathOf("/workRequests/{0}/actions/rerun", workRequestId), details, ifMatch, opcRetryToken, cancellationToken);
}

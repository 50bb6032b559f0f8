using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

// Errata (the SDK's SoftwareSourceClient): the advisories' severity, issue date, CVEs and solution.
internal sealed partial class HubClient
{
    /// <summary>One advisory by name (e.g. ELSA-2024-1234), as seen from a compartment (the service requires one).</summary>
    public Task<OciResponse<Erratum>> GetErratumAsync(string name, string compartmentId, CancellationToken cancellationToken) =>
        Get<Erratum>(new OciQuery(PathOf("/errata/{0}", name)).Add("compartmentId", RequiredId(compartmentId, "GetErratum")), cancellationToken);

    public IAsyncEnumerable<ErratumSummary> ListErrataAsync(ListErrataRequest request, CancellationToken cancellationToken) =>
        List<ErratumSummary>(new OciQuery(Version + "/errata")
            .Add("compartmentId", RequiredId(request.CompartmentId, "ListErrata"))
            .Add("name", request.Name)
            .Add("nameContains", request.NameContains)
            .Add("classificationType", request.ClassificationType)
            .Add("advisoryType", request.AdvisoryType)
            .Add("osFamily", request.OsFamily)
            .Add("advisorySeverity", request.AdvisorySeverity)
            .Add("timeIssueDateStart", request.TimeIssueDateStart)
            .Add("timeIssueDateEnd", request.TimeIssueDateEnd)
            .Add("limit", request.Limit)
            .Add("sortOrder", request.SortOrder)
            .Add("sortBy", request.SortBy), cancellationToken);

    private static string RequiredId(string? compartmentId, string operation) =>
        string.IsNullOrEmpty(compartmentId)
            ? throw new ArgumentException($"{operation} needs a compartment id: the service reads errata as seen from a compartment (the tenancy's OCID will do).")
            : compartmentId!;
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity.Models;

namespace OsManagement.Oci.Identity;

/// <summary>Parameters of ListCompartments.</summary>
internal sealed class ListCompartmentsRequest
{
    public string CompartmentId { get; set; } = "";

    /// <summary>The whole subtree (only allowed when CompartmentId is the tenancy).</summary>
    public bool? CompartmentIdInSubtree { get; set; }

    /// <summary>ANY or ACCESSIBLE.</summary>
    public string? AccessLevel { get; set; }

    /// <summary>e.g. ACTIVE.</summary>
    public string? LifecycleState { get; set; }
    public int? Limit { get; set; }
}

/// <summary>Identity, API 20160918: the compartment tree.</summary>
internal sealed class IdentityClient
{
    private const string Version = "/20160918";
    private readonly OciHttpPipeline _pipeline;

    /// <param name="pipeline">The shared pipeline.</param>
    /// <param name="endpoint">Scheme and host, e.g. https://identity.us-ashburn-1.oci.oraclecloud.com.</param>
    public IdentityClient(OciHttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public IAsyncEnumerable<Compartment> ListCompartmentsAsync(ListCompartmentsRequest request, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<Compartment>(Endpoint, new OciQuery(Version + "/compartments")
            .Add("compartmentId", request.CompartmentId)
            .Add("compartmentIdInSubtree", request.CompartmentIdInSubtree)
            .Add("accessLevel", request.AccessLevel)
            .Add("lifecycleState", request.LifecycleState)
            .Add("limit", request.Limit), cancellationToken);

    public Task<OciResponse<Compartment>> GetCompartmentAsync(string compartmentId, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<Compartment>(HttpMethod.Get, Endpoint, OciQuery.Path(Version + "/compartments/{0}", compartmentId), null, null, null, cancellationToken);

    public Task<OciResponse<Tenancy>> GetTenancyAsync(string tenancyId, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<Tenancy>(HttpMethod.Get, Endpoint, OciQuery.Path(Version + "/tenancies/{0}", tenancyId), null, null, null, cancellationToken);
}

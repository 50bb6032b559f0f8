using System;
using System.Collections.Generic;
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

/// <summary>Identity, API 20160918: the compartment tree, which every service's scope is drawn from.</summary>
internal sealed class IdentityClient : ServiceClient
{
    public IdentityClient(OciHttpPipeline pipeline, Uri endpoint)
        : base(pipeline, endpoint, "20160918")
    {
    }

    /// <summary>The compartments under one (its children, or with compartmentIdInSubtree the tenancy's whole tree), page after page.</summary>
    public IAsyncEnumerable<Compartment> ListCompartmentsAsync(ListCompartmentsRequest request, CancellationToken cancellationToken) =>
        Pipeline.ListAsync<Compartment>(Endpoint, Query(PathOf("/compartments"), request), cancellationToken);

    /// <summary>The regions the tenancy subscribes to (one bare array, not paged).</summary>
    public async Task<IReadOnlyList<RegionSubscription>> ListRegionSubscriptionsAsync(string tenancyId, CancellationToken cancellationToken) =>
        (await Get<List<RegionSubscription>>(Query(PathOf("/tenancies/{0}/regionSubscriptions", tenancyId)), cancellationToken).ConfigureAwait(false)).Value
        ?? new List<RegionSubscription>();
}

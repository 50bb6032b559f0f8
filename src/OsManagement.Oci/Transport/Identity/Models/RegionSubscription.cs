// Wire model of Identity's RegionSubscription (oci-identity lib/model/region-subscription.d.ts).
namespace OsManagement.Oci.Identity.Models;

/// <summary>A region the tenancy subscribes to.</summary>
internal sealed class RegionSubscription
{
    /// <summary>The region's 3-letter key, e.g. PHX.</summary>
    public string? RegionKey { get; set; }

    /// <summary>The region's name, e.g. us-phoenix-1.</summary>
    public string? RegionName { get; set; }

    /// <summary>READY or IN_PROGRESS.</summary>
    public string? Status { get; set; }

    /// <summary>Whether this is the tenancy's home region.</summary>
    public bool? IsHomeRegion { get; set; }
}

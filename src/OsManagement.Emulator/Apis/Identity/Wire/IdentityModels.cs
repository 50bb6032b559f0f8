// Identity's (20160918) wire shapes, with the fields of Oracle's oci-identity models that the emulator serves; no
// compartment or tenancy here carries tags.
namespace OsManagement.Emulator.Apis.Identity.Wire;

/// <summary>Compartment; the root compartment (the tenancy) has no <c>compartmentId</c>.</summary>
internal sealed record Compartment(string Id, string? CompartmentId, string Name, string Description, DateTimeOffset TimeCreated, string LifecycleState,
    bool IsAccessible)
{
    public Dictionary<string, string> FreeformTags { get; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; } = new();
}

/// <summary>RegionSubscription: a region the tenancy may use (status READY or IN_PROGRESS), one of them its home.</summary>
internal sealed record RegionSubscription(string RegionKey, string RegionName, string Status, bool IsHomeRegion);

/// <summary>Tenancy.</summary>
internal sealed record Tenancy(string Id, string Name, string Description, string HomeRegionKey)
{
    public Dictionary<string, string> FreeformTags { get; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; } = new();
}

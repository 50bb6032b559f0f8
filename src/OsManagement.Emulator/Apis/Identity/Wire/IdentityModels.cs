// Identity's (20160918) wire shapes, with the fields of Oracle's oci-identity models that the emulator serves.
namespace OsManagement.Emulator.Apis.Identity.Wire;

internal sealed class Compartment
{
    public string? Id { get; init; }
    public string? CompartmentId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? TimeCreated { get; init; }
    public string? LifecycleState { get; init; }
    public bool? IsAccessible { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
}

internal sealed class Tenancy
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? HomeRegionKey { get; init; }
    public Dictionary<string, string>? FreeformTags { get; init; }
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; init; }
}

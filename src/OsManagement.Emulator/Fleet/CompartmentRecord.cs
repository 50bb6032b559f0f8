namespace OsManagement.Emulator.Fleet;

/// <summary>An Identity compartment (the tenancy itself is not one of these).</summary>
internal sealed class CompartmentRecord
{
    public required string Id { get; init; }
    public required string ParentId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required CompartmentState State { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
}

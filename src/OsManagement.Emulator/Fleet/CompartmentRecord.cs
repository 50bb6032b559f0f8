namespace OsManagement.Emulator.Fleet;

/// <summary>An Identity compartment (the tenancy itself is not one of these).</summary>
internal sealed record CompartmentRecord(string Id, string ParentId, string Name, string Description, CompartmentState State, DateTimeOffset TimeCreated);

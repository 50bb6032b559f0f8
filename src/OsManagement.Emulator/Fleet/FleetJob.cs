namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A scheduled job a fleet file brings, its references resolved to the fleet's ids: OS Management Hub's state makes its
/// job of it on every load (<c>HubState</c>). Operation types are Hub's, as fleet files spell them.
/// </summary>
internal sealed record FleetJob(
    string Id,
    string DisplayName,
    string? Description,
    string CompartmentId,
    bool Recurring,
    DateTimeOffset NextRun,
    string? Rule,
    IReadOnlyList<(string Type, IReadOnlyList<string> Packages, IReadOnlyList<string> WindowsUpdates)> Operations,
    IReadOnlyList<string> InstanceIds,
    IReadOnlyList<string> GroupIds,
    IReadOnlyList<string> CompartmentIds,
    bool? IncludeSubcompartments,
    IReadOnlyList<string> StageIds,
    IReadOnlyList<string> SetIds,
    DateTimeOffset Created);

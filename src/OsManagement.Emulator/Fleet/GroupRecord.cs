namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A managed instance group; members may sit in other compartments. The fleet keeps two kinds over the same instances:
/// groups of one OS family, an instance in any number (<see cref="FleetModel.Groups"/>), and groups of one release, an
/// instance in one at most (<see cref="FleetModel.ReleaseGroups"/>). Each API serves the kind its service has.
/// </summary>
internal sealed class GroupRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Description { get; init; }
    public required string CompartmentId { get; init; }
    public required OsFamily Family { get; init; }
    /// <summary>Groups of one release only: the release every member runs.</summary>
    public OsRelease? Release { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public List<string> InstanceIds { get; } = new();
}

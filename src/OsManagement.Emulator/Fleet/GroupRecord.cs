namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A managed instance group; members may sit in other compartments. The fleet keeps two kinds over the same instances:
/// groups of one OS family, an instance in any number (<see cref="FleetModel.Groups"/>), and groups of one release, an
/// instance in one at most (<see cref="FleetModel.ReleaseGroups"/>), whose <c>Release</c> every member runs. Each API
/// serves the kind its service has.
/// </summary>
internal sealed record GroupRecord(string Id, string DisplayName, string Description, string CompartmentId, OsFamily Family, DateTimeOffset TimeCreated,
    OsRelease? Release = null)
{
    public List<string> InstanceIds { get; } = new();
}

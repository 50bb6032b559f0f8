namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A managed instance group; members may sit in other compartments. The fleet keeps two kinds over the same instances:
/// groups of one OS family, an instance in any number (<see cref="FleetModel.Groups"/>), and groups of one release, an
/// instance in one at most (<see cref="FleetModel.ReleaseGroups"/>), whose <c>Release</c> every member runs. Each API
/// serves the kind its service has.
/// </summary>
internal sealed record GroupRecord(string Id, string DisplayName, string Description, string CompartmentId, OsFamily Family, DateTimeOffset TimeCreated,
    OsRelease? Release = null, string Architecture = "x86_64", Location Location = Location.OciCompute)
{
    public List<string> InstanceIds { get; } = new();

    /// <summary>Its name; a group one manages can be renamed.</summary>
    public string DisplayName { get; set; } = DisplayName;

    /// <summary>What it is for; a group one manages can be redescribed.</summary>
    public string Description { get; set; } = Description;

    /// <summary>When it last changed (a rename, a member in or out).</summary>
    public DateTimeOffset TimeModified { get; set; } = TimeCreated;
}

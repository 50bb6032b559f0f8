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

    /// <summary>
    /// The region it lives in: only that region's endpoint serves it, and its members are that region's instances (a
    /// regional resource: its OCID names the region; Resource Identifiers, docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm).
    /// One made by a request is the request's region's; empty (home) until the fleet's regions are set.
    /// </summary>
    public string Region { get; set; } = "";

    /// <summary>Its name; a group one manages can be renamed.</summary>
    public string DisplayName { get; set; } = DisplayName;

    /// <summary>What it is for; a group one manages can be redescribed.</summary>
    public string Description { get; set; } = Description;

    /// <summary>When it last changed (a rename, a member in or out).</summary>
    public DateTimeOffset TimeModified { get; set; } = TimeCreated;
}

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A dynamic set: the instances of its target compartments that its rule matches, worked out when asked (so an instance
/// that changes, say needs a reboot now, joins or leaves it by itself).
/// </summary>
internal sealed class DynamicSetRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; set; }
    public string Description { get; set; } = "";
    public required string CompartmentId { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    /// <summary>Every criterion the rule gives must match (true), or any one (false).</summary>
    public bool MatchesAll { get; init; }
    public required List<SetScope> Scopes { get; init; }
    public required DynamicSetRule Rule { get; init; }
    /// <summary>The region it lives in, as a group's (<see cref="GroupRecord.Region"/>): it holds that region's instances only.</summary>
    public string Region { get; set; } = "";
}

/// <summary>A compartment a dynamic set looks in, with its sub-compartments or not.</summary>
internal sealed record SetScope(string CompartmentId, bool IncludesChildren);

/// <summary>
/// A dynamic set's criteria in the fleet's words; a null list is a criterion the rule does not give. A rule that gives
/// none matches every instance of its compartments.
/// </summary>
internal sealed class DynamicSetRule
{
    public List<OsRelease>? Releases { get; init; }
    /// <summary>Linux or Windows (the rule's OS names).</summary>
    public List<OsFamily>? Families { get; init; }
    public List<string>? Architectures { get; init; }
    public List<InstanceStatus>? Statuses { get; init; }
    public List<Location>? Locations { get; init; }
    public List<string>? DisplayNames { get; init; }
    public List<string>? InstanceIds { get; init; }
    public List<string>? GroupIds { get; init; }
    public bool? RebootRequired { get; init; }
}

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>A lifecycle environment of a fleet file: its stages in order, for Oracle Linux instances of one release and location.</summary>
internal sealed class EnvironmentSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public CompartmentSpec? Compartment { get; init; }
    /// <summary>The region it lives in (one of <c>--regions</c>); null: its members', else the home region.</summary>
    public string? Region { get; init; }
    /// <summary>As given, else its first member's; null for an environment with no member and none given (then Oracle Linux 9).</summary>
    public OsRelease? Release { get; set; }
    public Location? Location { get; set; }
    /// <summary>Rank 1 first.</summary>
    public List<StageSpec> Stages { get; } = new();
}

/// <summary>A stage: its members and the content it holds (null: every update its members miss).</summary>
internal sealed class StageSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public ContentSpec? Content { get; set; }
    public List<InstanceSpec> Members { get; } = new();
}

/// <summary>A versioned software source a stage holds, shared by every stage that names it.</summary>
internal sealed class ContentSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Advisories issued by then, and updates that ship without one.</summary>
    public FleetTime? Through { get; init; }
    public List<string> Advisories { get; } = new();
    public List<string> Packages { get; } = new();
    /// <summary>Holds every update: it gives no through, advisories or packages.</summary>
    public bool HoldsEverything => Through is null && Advisories.Count == 0 && Packages.Count == 0;
}

/// <summary>A dynamic set of a fleet file: where it looks and what its rule matches.</summary>
internal sealed class SetSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public CompartmentSpec? Compartment { get; init; }
    /// <summary>The region it lives in (one of <c>--regions</c>); null: its members', else the home region.</summary>
    public string? Region { get; init; }
    public bool MatchesAll { get; init; } = true;
    /// <summary>The compartments it looks in (null: the tenancy) and whether their sub-compartments count.</summary>
    public List<(CompartmentSpec? Compartment, bool IncludesChildren)> Scopes { get; } = new();
    public List<OsRelease>? Releases { get; init; }
    public List<OsFamily>? Families { get; init; }
    public List<string>? Architectures { get; init; }
    public List<InstanceStatus>? Statuses { get; init; }
    public List<Location>? Locations { get; init; }
    public List<string>? DisplayNames { get; init; }
    public List<InstanceSpec>? Instances { get; init; }
    public List<GroupSpec>? Groups { get; init; }
    public bool? RebootRequired { get; init; }
}

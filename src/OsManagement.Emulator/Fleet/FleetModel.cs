namespace OsManagement.Emulator.Fleet;

/// <summary>The tenancy the APIs serve: compartments, managed instances, their groups and the advisories they miss.</summary>
internal sealed class FleetModel
{
    public required string TenancyId { get; init; }
    public required string TenancyName { get; init; }
    public required DateTimeOffset TenancyCreated { get; init; }
    /// <summary>The regions the tenancy subscribes to, home first (<c>--regions</c>).</summary>
    public List<string> Regions { get; } = new();
    public List<CompartmentRecord> Compartments { get; } = new();
    /// <summary>In generation order (which is creation-time order).</summary>
    public List<InstanceRecord> Instances { get; } = new();
    /// <summary>Groups of one OS family; an instance may be in several.</summary>
    public List<GroupRecord> Groups { get; } = new();
    /// <summary>Groups of one release; an instance is in one at most.</summary>
    public List<GroupRecord> ReleaseGroups { get; } = new();
    public Dictionary<string, ErratumRecord> Errata { get; } = new(StringComparer.Ordinal);
    /// <summary>Lifecycle environments, each with its stages by rank; an instance is in one stage at most.</summary>
    public List<LifecycleEnvironmentRecord> LifecycleEnvironments { get; } = new();
    /// <summary>The versioned content lifecycle stages hold and are promoted.</summary>
    public List<ContentVersion> ContentVersions { get; } = new();
    /// <summary>Dynamic sets: instances chosen by a rule.</summary>
    public List<DynamicSetRecord> DynamicSets { get; } = new();
    /// <summary>Scheduled jobs a fleet file brings (OS Management Hub's); each load makes them afresh.</summary>
    public List<FleetJob> Jobs { get; } = new();
}

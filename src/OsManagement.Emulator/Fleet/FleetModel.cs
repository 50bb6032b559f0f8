using System;
using System.Collections.Generic;

namespace OsManagement.Emulator.Fleet;

/// <summary>The generated tenancy: compartments, managed instances, groups and errata.</summary>
internal sealed class FleetModel
{
    public required string TenancyId { get; init; }
    public required string TenancyName { get; init; }
    public required DateTimeOffset TenancyCreated { get; init; }
    public List<CompartmentRecord> Compartments { get; } = new();
    /// <summary>In generation order (which is creation-time order).</summary>
    public List<InstanceRecord> Instances { get; } = new();
    public List<GroupRecord> Groups { get; } = new();
    /// <summary>OS Management Hub's groups: one per detailed OS family and name, an instance in at most one.</summary>
    public List<GroupRecord> HubGroups { get; } = new();
    public Dictionary<string, ErratumRecord> Errata { get; } = new(StringComparer.Ordinal);
}

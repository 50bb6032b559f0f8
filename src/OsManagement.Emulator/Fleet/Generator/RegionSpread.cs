using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Platform.Regions;

namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Puts a fleet in the tenancy's regions. Groups, lifecycle environments and dynamic sets are regional resources like
/// instances (a regional OCID names its region: Resource Identifiers, docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm),
/// and a unit's members are its region's instances. A generated fleet: its units in turn over every region (unit i in
/// region i mod n), each instance in its stage's or group's region, the others in turn; a file's: as the file says, a
/// unit given no region taking its members', an instance given none its unit's, home where nothing says.
/// </summary>
internal static class RegionSpread
{
    /// <summary>A generated fleet, spread over <paramref name="regions"/> (home first; none: the default home alone).</summary>
    public static FleetModel Spread(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        var names = Names(fleet, regions);
        InTurn(fleet.ReleaseGroups, names, (g, region) => g.Region = region);
        InTurn(fleet.Groups, names, (g, region) => g.Region = region);
        InTurn(fleet.LifecycleEnvironments, names, (e, region) => e.Region = region);
        InTurn(fleet.DynamicSets, names, (s, region) => s.Region = region);
        var units = new Units(fleet);
        for (var i = 0; i < fleet.Instances.Count; i++)
        {
            var instance = fleet.Instances[i];
            instance.Region = units.Of(instance)?.Region ?? names[i % names.Count];
        }
        // A group of one OS family (the retired API's) keeps its region's members only.
        var byId = fleet.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var group in fleet.Groups)
        {
            foreach (var away in group.InstanceIds.Where(id => byId[id].Region != group.Region).ToList())
            {
                group.InstanceIds.Remove(away);
                byId[away].GroupIds.Remove(group.Id);
            }
        }
        return fleet;
    }

    /// <summary>A file's fleet: each thing in the region the file gave (one of <paramref name="regions"/>), else as above.</summary>
    public static FleetModel Place(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        var names = Names(fleet, regions);
        var problems = new List<string>();
        void Known(string what, string region)
        {
            if (region.Length > 0 && !names.Contains(region))
            {
                problems.Add($"{what}: region '{region}' is not one the emulator serves ({string.Join(", ", names)}); add it to --regions or remove it.");
            }
        }
        fleet.Instances.ForEach(i => Known($"instance '{i.DisplayName}'", i.Region));
        fleet.ReleaseGroups.ForEach(g => Known($"group '{g.DisplayName}'", g.Region));
        fleet.LifecycleEnvironments.ForEach(e => Known($"lifecycle environment '{e.DisplayName}'", e.Region));
        fleet.DynamicSets.ForEach(s => Known($"dynamic set '{s.DisplayName}'", s.Region));
        Throw(problems);

        var byId = fleet.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        string UnitRegion(string what, IEnumerable<string> memberIds)
        {
            var given = memberIds.Select(id => byId[id]).Where(m => m.Region.Length > 0).Select(m => m.Region).Distinct().ToList();
            if (given.Count > 1)
            {
                problems.Add($"{what} has members in {string.Join(" and ", given)}: a unit's members are its region's instances. " +
                    "Give it the region of its members, or split it.");
            }
            return given.Count > 0 ? given[0] : names[0];
        }
        foreach (var group in fleet.ReleaseGroups.Where(g => g.Region.Length == 0))
        {
            group.Region = UnitRegion($"group '{group.DisplayName}'", group.InstanceIds);
        }
        // A file's group is one record per API (the same id): the retired API's twin lives where Hub's does.
        var releaseRegion = fleet.ReleaseGroups.ToDictionary(g => g.Id, g => g.Region, StringComparer.Ordinal);
        foreach (var group in fleet.Groups)
        {
            group.Region = releaseRegion[group.Id];
        }
        foreach (var environment in fleet.LifecycleEnvironments.Where(e => e.Region.Length == 0))
        {
            environment.Region = UnitRegion($"lifecycle environment '{environment.DisplayName}'", environment.Stages.SelectMany(s => s.InstanceIds));
        }
        foreach (var set in fleet.DynamicSets.Where(s => s.Region.Length == 0))
        {
            set.Region = names[0];
        }
        var units = new Units(fleet);
        foreach (var instance in fleet.Instances)
        {
            var unit = units.Of(instance);
            if (instance.Region.Length == 0)
            {
                instance.Region = unit?.Region ?? names[0];
            }
            else if (unit is { } own && own.Region != instance.Region)
            {
                problems.Add($"instance '{instance.DisplayName}' is in {instance.Region}, but its {own.Name} is in {own.Region}: " +
                    "a unit's members are its region's instances. Give them one region.");
            }
        }
        Throw(problems);
        return fleet;
    }

    private static void InTurn<T>(List<T> units, IReadOnlyList<string> names, Action<T, string> place)
    {
        for (var i = 0; i < units.Count; i++)
        {
            place(units[i], names[i % names.Count]);
        }
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new FleetFileException("the fleet file", problems);
        }
    }

    private static List<string> Names(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        fleet.Regions.Clear();
        fleet.Regions.AddRange(regions is { Count: > 0 } ? regions : new[] { EmulatorRegions.DefaultHome });
        return fleet.Regions;
    }

    // The unit that decides an instance's region: its lifecycle stage's environment, else its group of one release (one
    // at most), else its first group of one family.
    private sealed class Units(FleetModel fleet)
    {
        private readonly Dictionary<string, LifecycleEnvironmentRecord> _environmentOfStage = fleet.LifecycleEnvironments
            .SelectMany(e => e.Stages.Select(s => (s.Id, Environment: e))).ToDictionary(p => p.Id, p => p.Environment, StringComparer.Ordinal);
        private readonly Dictionary<string, GroupRecord> _releaseGroups = fleet.ReleaseGroups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        private readonly Dictionary<string, GroupRecord> _familyGroups = fleet.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

        /// <summary>The unit's region, and how a message names the unit; null for an instance in none.</summary>
        public (string Region, string Name)? Of(InstanceRecord instance) =>
            instance.LifecycleStageId is { } stage && _environmentOfStage.TryGetValue(stage, out var environment) ? (environment.Region, $"lifecycle environment '{environment.DisplayName}'")
            : instance.ReleaseGroupId is { } release && _releaseGroups.TryGetValue(release, out var group) ? (group.Region, $"group '{group.DisplayName}'")
            : instance.GroupIds.Count > 0 && _familyGroups.TryGetValue(instance.GroupIds[0], out var family) ? (family.Region, $"group '{family.DisplayName}'")
            : null;
    }
}

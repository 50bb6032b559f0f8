using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Platform.Regions;

namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Puts a fleet's instances in the tenancy's regions: a generated fleet in turn over every region (instance i in region
/// i mod n, so each region has a share of every kind), a file's as the file says (home where it says nothing).
/// </summary>
internal static class RegionSpread
{
    /// <summary>A generated fleet, spread over <paramref name="regions"/> (home first; none: the default home alone).</summary>
    public static FleetModel Spread(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        var names = Names(fleet, regions);
        for (var i = 0; i < fleet.Instances.Count; i++)
        {
            fleet.Instances[i].Region = names[i % names.Count];
        }
        return fleet;
    }

    /// <summary>A file's fleet: each instance in the region the file gave (one of <paramref name="regions"/>), else home.</summary>
    public static FleetModel Place(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        var names = Names(fleet, regions);
        var wrong = fleet.Instances.Where(i => i.Region.Length > 0 && !names.Contains(i.Region)).ToList();
        if (wrong.Count > 0)
        {
            throw new FleetFileException("the fleet file", wrong.Select(i => $"instance '{i.DisplayName}': region '{i.Region}' is not one " +
                $"the emulator serves ({string.Join(", ", names)}); add it to --regions or remove it.").ToList());
        }
        foreach (var instance in fleet.Instances.Where(i => i.Region.Length == 0))
        {
            instance.Region = names[0];
        }
        return fleet;
    }

    private static List<string> Names(FleetModel fleet, IReadOnlyList<string>? regions)
    {
        fleet.Regions.Clear();
        fleet.Regions.AddRange(regions is { Count: > 0 } ? regions : new[] { EmulatorRegions.DefaultHome });
        return fleet.Regions;
    }
}

namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Adds the details OS Management Hub came to report to a generated fleet: advisory severities and issue dates (every
/// severity, some advisories older than 90 days), locations, agents that stopped checking in, instances that need a
/// reboot, and the groups of one release (an instance in at most one). It draws from a generator of its own, so the
/// fleet a seed gave before these details existed stays exactly what it was.
/// </summary>
internal static class FleetDetails
{
    private static readonly Severity[] SeverityCycle =
    {
        Severity.Critical, Severity.Important, Severity.Moderate, Severity.Low, Severity.Important, Severity.Moderate, Severity.Important, Severity.Low,
    };

    /// <summary>Advisory ages in days: recent, within 90 days, and older than 90 days, in turn.</summary>
    private static readonly (int Min, int Max)[] AgeBuckets = { (2, 30), (31, 89), (91, 420), (5, 60) };

    private static readonly string[] GroupNames = { "patch-wave-1", "patch-wave-2", "web-servers", "db-servers", "critical-prod", "dev-boxes", "app-servers", "canary" };

    public static void Add(FleetModel fleet, FleetSpec spec, int seed, DateTimeOffset now, IReadOnlyList<CompartmentRecord> active)
    {
        var random = new Random(unchecked(seed * 31 + 20220901));
        DateErrata(fleet, random, now);
        DescribeInstances(fleet, spec, random, now);
        BuildGroups(fleet, spec, random, new OcidFactory(seed, "hub"), now, active);
    }

    private static void DateErrata(FleetModel fleet, Random random, DateTimeOffset now)
    {
        foreach (var release in fleet.Errata.Values.GroupBy(e => e.OsMajor).OrderBy(g => g.Key))
        {
            var ordered = FleetGenerator.Shuffle(random, release.OrderBy(e => e.Name, StringComparer.Ordinal).ToList());
            var security = 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var erratum = ordered[i];
                var (min, max) = AgeBuckets[i % AgeBuckets.Length];
                erratum.Issued = now.AddDays(-random.Next(min, max + 1)).AddSeconds(-random.Next(86400));
                if (erratum.Classification == Classification.Security)
                {
                    var severity = SeverityCycle[security++ % SeverityCycle.Length];
                    erratum.Severity = severity;
                    erratum.Synopsis = $"{severity}: {erratum.PackageName} security update (Oracle Linux {erratum.OsMajor})";
                }
            }
        }
    }

    private static void DescribeInstances(FleetModel fleet, FleetSpec spec, Random random, DateTimeOffset now)
    {
        var healthy = new List<InstanceRecord>();
        foreach (var instance in fleet.Instances)
        {
            instance.Location = !instance.IsPaas && random.NextDouble() < 0.2 ? Location.OnPremise : Location.OciCompute;
            instance.AgentVersion = instance.IsWindows ? "1.2.0-3" : $"1.{(random.Next(2) == 0 ? 5 : 6)}.0-{1 + random.Next(9)}.el{instance.OsVersion.Split('.')[0]}";
            instance.CheckinLag = instance.Status == InstanceStatus.Unreachable ? null : now - instance.LastCheckin;
            if (instance.Status == InstanceStatus.Normal && !instance.FailsUpdates && !instance.IsPaas)
            {
                healthy.Add(instance);
            }
            // Some were patched (kernel or cumulative update) and not rebooted yet.
            if (random.NextDouble() < 0.12)
            {
                instance.IsRebootRequired = true;
            }
        }
        foreach (var stale in FleetGenerator.Shuffle(random, healthy).Take(spec.StaleInstances))
        {
            stale.CheckinLag = null;
            stale.LastCheckin = now.AddHours(-26 - random.Next(70)).AddSeconds(-random.Next(3600));
        }
    }

    private static void BuildGroups(FleetModel fleet, FleetSpec spec, Random random, OcidFactory ids, DateTimeOffset now, IReadOnlyList<CompartmentRecord> active)
    {
        var regular = fleet.Instances.Where(i => !i.IsPaas).ToList();
        // Most common release first; ties by name (Oracle Linux before Windows Server, lower versions first).
        var byRelease = regular.GroupBy(i => i.Os)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList());
        var linux = byRelease.Keys.Where(r => !r.IsWindows).ToList();
        var windows = byRelease.Keys.Where(r => r.IsWindows).ToList();
        var created = now.AddDays(-300);
        var groups = new List<GroupRecord>();
        for (var g = 0; g < spec.Groups; g++)
        {
            // As in the old fleet: the last group holds Windows servers when there are any and more than one group.
            var isWindows = windows.Count > 0 && (linux.Count == 0 || (spec.Groups > 1 && g == spec.Groups - 1));
            var release = isWindows ? windows[0] : linux.Count > 0 ? linux[g % linux.Count] : null;
            if (release is null)
            {
                break;
            }
            var shortName = (isWindows ? "ws" : "ol") + release.Version;
            var baseName = isWindows ? "servers" : GroupNames[g % GroupNames.Length];
            var name = g < GroupNames.Length || isWindows ? $"{shortName}-{baseName}" : string.Create(CultureInfo.InvariantCulture, $"{shortName}-{baseName}-{g / GroupNames.Length + 1}");
            created = created.AddHours(1 + random.Next(300));
            var group = new GroupRecord(ids.Regional("osmhmanagedinstancegroup"), name,
                isWindows ? $"{release.Label} servers patched monthly" : $"{release.Label} servers in {baseName}",
                active[random.Next(active.Count)].Id, release.Family, created, release);
            groups.Add(group);
        }
        foreach (var release in groups.Select(g => g.Release!).Distinct())
        {
            var candidates = groups.Where(g => g.Release == release).ToList();
            foreach (var instance in byRelease[release])
            {
                if (random.NextDouble() < 0.6)
                {
                    Attach(candidates[random.Next(candidates.Count)], instance);
                }
            }
            foreach (var empty in candidates.Where(g => g.InstanceIds.Count == 0))
            {
                var free = byRelease[release].Where(i => i.ReleaseGroupId is null).ToList();
                if (free.Count > 0)
                {
                    Attach(empty, free[random.Next(free.Count)]);
                }
            }
        }
        fleet.ReleaseGroups.AddRange(groups);
    }

    private static void Attach(GroupRecord group, InstanceRecord instance)
    {
        group.InstanceIds.Add(instance.Id);
        instance.ReleaseGroupId = group.Id;
    }
}

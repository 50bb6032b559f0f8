namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Builds a deterministic tenancy from a <see cref="FleetSpec"/> and a seed: the same seed and spec give
/// the same ids, names, memberships and updates (times are relative to the <c>now</c> passed in).
/// </summary>
internal static class FleetGenerator
{
    private static readonly string[] TopNames =
    {
        "Production", "Development", "Staging", "Shared-Services", "Finance", "HR", "Network", "Security",
        "Sandbox", "Analytics", "Operations", "Marketing", "Research", "Data-Platform", "Legacy",
    };

    private static readonly string[] ChildNames =
    {
        "app-tier", "db-tier", "web-tier", "batch", "monitoring", "ci", "team-a", "team-b", "emea", "americas", "apac", "integration",
    };

    private static readonly string[] LinuxRoles = { "web", "app", "db", "api", "batch", "cache", "mq", "etl", "jump", "ci", "mon", "nfs" };
    private static readonly string[] WindowsRoles = { "AD", "SQL", "IIS", "RDS", "FS" };
    private static readonly string[] GroupNames = { "patch-wave-1", "patch-wave-2", "web-servers", "db-servers", "critical-prod", "dev-boxes", "app-servers", "canary" };

    public static FleetModel Generate(FleetSpec spec, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        var ids = new OcidFactory(seed, "fleet");
        var fleet = new FleetModel
        {
            TenancyId = ids.Global("tenancy"),
            TenancyName = "emulated-tenancy",
            TenancyCreated = now.AddYears(-3),
        };
        var active = BuildCompartments(fleet, spec, random, ids, now);
        var linux = BuildLinuxCatalogs(fleet, random, ids, now);
        var windows = WindowsCatalog.Releases.Select(r => WindowsCatalog.Build(r.Release, r.OsVersion, random)).ToArray();
        BuildInstances(fleet, spec, random, ids, now, active, linux, windows);
        BuildGroups(fleet, spec, random, ids, now, active);
        FleetDetails.Add(fleet, spec, seed, now, active);
        AdvisoryCatalog.Add(fleet, seed, now);
        FleetUnits.Add(fleet, spec, seed, now, active);
        return fleet;
    }

    private static List<CompartmentRecord> BuildCompartments(FleetModel fleet, FleetSpec spec, Random random, OcidFactory ids, DateTimeOffset now)
    {
        var depthOf = new Dictionary<string, int> { [fleet.TenancyId] = 0 };
        var childNames = new Dictionary<string, HashSet<string>>();
        var active = new List<CompartmentRecord>();
        var created = now.AddDays(-900);

        CompartmentRecord Add(string parent, string name, CompartmentState state)
        {
            var siblings = childNames.TryGetValue(parent, out var set) ? set : childNames[parent] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var unique = name;
            for (var n = 2; !siblings.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
            }
            created = created.AddHours(1 + random.Next(200));
            var compartment = new CompartmentRecord(ids.Global("compartment"), parent, unique, $"{unique} workloads", state, created);
            fleet.Compartments.Add(compartment);
            depthOf[compartment.Id] = depthOf[parent] + 1;
            return compartment;
        }

        for (var i = 0; i < spec.Compartments; i++)
        {
            // The first D compartments form a chain so the tree really reaches the requested depth.
            string parent;
            if (i < spec.Depth)
            {
                parent = i == 0 ? fleet.TenancyId : active[i - 1].Id;
            }
            else
            {
                var candidates = active.Where(c => depthOf[c.Id] < spec.Depth).Select(c => c.Id).Prepend(fleet.TenancyId).ToList();
                parent = random.NextDouble() < 0.35 ? fleet.TenancyId : candidates[random.Next(candidates.Count)];
            }
            var pool = parent == fleet.TenancyId ? TopNames : ChildNames;
            active.Add(Add(parent, pool[random.Next(pool.Length)], CompartmentState.Active));
        }

        if (spec.HasExtraCompartments)
        {
            Add(fleet.TenancyId, "ManagedCompartmentForPaaS", CompartmentState.Active);
            Add(active[random.Next(active.Count)].Id, "old-project", CompartmentState.Inactive);
            Add(fleet.TenancyId, "decommissioned", CompartmentState.Deleted);
        }
        return active;
    }

    private static Dictionary<int, LinuxCatalog> BuildLinuxCatalogs(FleetModel fleet, Random random, OcidFactory ids, DateTimeOffset now)
    {
        var advisory = 1000;
        var catalogs = new Dictionary<int, LinuxCatalog>();
        foreach (var major in new[] { 7, 8, 9 })
        {
            var catalog = LinuxCatalog.Build(major, random, ids, ref advisory, now);
            catalogs[major] = catalog;
            foreach (var entry in catalog.Entries)
            {
                if (entry.Erratum is not null)
                {
                    fleet.Errata[entry.Erratum.Id] = entry.Erratum;
                }
            }
        }
        return catalogs;
    }

    private static void BuildInstances(FleetModel fleet, FleetSpec spec, Random random, OcidFactory ids, DateTimeOffset now,
        List<CompartmentRecord> active, Dictionary<int, LinuxCatalog> linux, WindowsCatalog[] windows)
    {
        var n = spec.Instances;
        var windowsSet = Pick(random, n, spec.WindowsInstances);
        var vulnerableSet = Pick(random, n, spec.VulnerableInstances);
        var troubled = Pick(random, n, spec.UnreachableInstances + spec.FailingInstances).OrderBy(i => i).ToList();
        var unreachable = troubled.Take(spec.UnreachableInstances).ToHashSet();
        var failing = troubled.Skip(spec.UnreachableInstances).ToHashSet();
        var paas = fleet.Compartments.FirstOrDefault(c => c.Name == "ManagedCompartmentForPaaS");
        var created = now.AddDays(-700);

        for (var i = 0; i < n + spec.PaasInstances; i++)
        {
            var isPaas = i >= n;
            var compartment = isPaas ? paas! : active[random.Next(active.Count)];
            var isWindows = !isPaas && windowsSet.Contains(i);
            var isVulnerable = !isPaas && vulnerableSet.Contains(i);
            created = created.AddHours(1 + random.Next(100));
            var id = ids.Regional("instance");
            var status = unreachable.Contains(i) ? InstanceStatus.Unreachable : InstanceStatus.Normal;
            var checkin = status == InstanceStatus.Unreachable ? now.AddDays(-3 - random.Next(20)) : now.AddSeconds(-random.Next(600));
            var instance = isWindows
                ? NewWindows(i, id, compartment.Id, windows[random.Next(windows.Length)], random, isVulnerable, status, created, checkin, now, failing.Contains(i))
                : NewLinux(i, id, compartment.Id, linux, random, isVulnerable, status, created, checkin, now, failing.Contains(i), isPaas);
            fleet.Instances.Add(instance);
        }
    }

    private static InstanceRecord NewLinux(int index, string id, string compartmentId, Dictionary<int, LinuxCatalog> catalogs, Random random,
        bool vulnerable, InstanceStatus status, DateTimeOffset created, DateTimeOffset checkin, DateTimeOffset now, bool fails, bool isPaas)
    {
        var roll = random.NextDouble();
        var major = roll < 0.15 ? 7 : roll < 0.6 ? 8 : 9;
        var catalog = catalogs[major];
        var role = LinuxRoles[random.Next(LinuxRoles.Length)];
        var instance = new InstanceRecord
        {
            Id = id,
            DisplayName = isPaas ? string.Create(CultureInfo.InvariantCulture, $"paas-node-{index + 1:D4}") : string.Create(CultureInfo.InvariantCulture, $"{role}-{index + 1:D4}"),
            Description = $"Oracle Linux {major} {role} server",
            CompartmentId = compartmentId,
            Os = OsRelease.OracleLinux(major),
            OsName = "Oracle Linux Server",
            OsVersion = major switch { 7 => "7.9", 8 => "8.10", _ => "9.5" },
            OsKernelVersion = catalog.KernelVersion(),
            Status = status,
            TimeCreated = created,
            LastCheckin = checkin,
            LastBoot = checkin.AddDays(-random.Next(1, 60)),
            FailsUpdates = fails,
            IsPaas = isPaas,
            SoftwareSourceId = $"ocid1.softwaresource.oc1.iad.ol{major}-x86_64-baseos",
            SoftwareSourceName = $"Oracle Linux {major} BaseOS Latest (x86_64)",
        };

        var security = catalog.Entries.Where(e => e.Classification == Classification.Security).ToList();
        var other = catalog.Entries.Where(e => e.Classification != Classification.Security).ToList();
        var chosen = new HashSet<CatalogEntry>();
        if (vulnerable)
        {
            foreach (var entry in Shuffle(random, security).Take(1 + random.Next(Math.Min(5, security.Count))))
            {
                chosen.Add(entry);
            }
        }
        // About a quarter of instances are fully up to date apart from their security state.
        if (random.NextDouble() >= 0.25)
        {
            foreach (var entry in Shuffle(random, other).Take(random.Next(1, 8)))
            {
                chosen.Add(entry);
            }
        }
        foreach (var entry in catalog.Entries)
        {
            var pending = chosen.Contains(entry);
            if (pending)
            {
                instance.PackageUpdates.Add(new PackageUpdate(entry.Name, entry.InstalledVersion, entry.AvailableVersion, entry.Arch, entry.Classification, entry.Erratum));
            }
            instance.InstalledPackages.Add(new InstalledPackage
            {
                PackageName = entry.Name,
                Version = pending ? entry.InstalledVersion : entry.AvailableVersion,
                Architecture = entry.Arch,
                Type = "rpm",
                InstallTime = created.AddMinutes(random.Next(600)),
            });
        }
        if (!chosen.Any(e => e.Name == "kernel-uek"))
        {
            instance.OsKernelVersion = catalog.Entries.First(e => e.Name == "kernel-uek").AvailableVersion + ".x86_64";
        }
        foreach (var (name, arch, version) in LinuxCatalog.BasePackages)
        {
            instance.InstalledPackages.Add(new InstalledPackage
            {
                PackageName = name,
                Version = $"{version}.el{major}",
                Architecture = arch,
                Type = "rpm",
                InstallTime = created,
            });
        }
        return instance;
    }

    private static InstanceRecord NewWindows(int index, string id, string compartmentId, WindowsCatalog catalog, Random random,
        bool vulnerable, InstanceStatus status, DateTimeOffset created, DateTimeOffset checkin, DateTimeOffset now, bool fails)
    {
        var role = WindowsRoles[random.Next(WindowsRoles.Length)];
        var instance = new InstanceRecord
        {
            Id = id,
            DisplayName = string.Create(CultureInfo.InvariantCulture, $"WIN-{role}-{index + 1:D4}"),
            Description = $"Windows Server {catalog.Release} {role} server",
            CompartmentId = compartmentId,
            Os = OsRelease.WindowsServer(catalog.Release),
            OsName = $"Windows Server {catalog.Release} Datacenter",
            OsVersion = catalog.OsVersion,
            OsKernelVersion = catalog.OsVersion,
            Status = status,
            TimeCreated = created,
            LastCheckin = checkin,
            LastBoot = checkin.AddDays(-random.Next(1, 45)),
            FailsUpdates = fails,
        };
        foreach (var update in catalog.Updates)
        {
            var pending = update.Classification == Classification.Security
                ? vulnerable && (update.IsRebootRequired || random.Next(2) == 0)
                : random.NextDouble() < 0.5;
            if (pending)
            {
                instance.WindowsUpdates.Add(update);
            }
            else
            {
                instance.InstalledPackages.Add(new InstalledPackage
                {
                    PackageName = update.DisplayName,
                    Version = update.Kb,
                    Architecture = "",
                    Type = "windows-update",
                    InstallTime = created.AddDays(random.Next(30)),
                });
            }
        }
        return instance;
    }

    private static void BuildGroups(FleetModel fleet, FleetSpec spec, Random random, OcidFactory ids, DateTimeOffset now, List<CompartmentRecord> active)
    {
        var regular = fleet.Instances.Where(i => !i.IsPaas).ToList();
        var hasWindows = regular.Any(i => i.IsWindows);
        var created = now.AddDays(-400);
        for (var g = 0; g < spec.Groups; g++)
        {
            // The last group collects Windows servers when there are any and more than one group.
            var isWindows = hasWindows && spec.Groups > 1 && g == spec.Groups - 1;
            var family = isWindows ? OsFamily.Windows : OsFamily.Linux;
            var baseName = isWindows ? "windows-servers" : GroupNames[g % GroupNames.Length];
            var name = g < GroupNames.Length || isWindows ? baseName : string.Create(CultureInfo.InvariantCulture, $"{baseName}-{g / GroupNames.Length + 1}");
            created = created.AddHours(1 + random.Next(300));
            var group = new GroupRecord(ids.Regional("managedinstancegroup"), name, isWindows ? "Windows servers patched monthly" : $"Linux servers in {name}",
                active[random.Next(active.Count)].Id, family, created);
            var eligible = regular.Where(i => i.Os.Family == family).ToList();
            foreach (var instance in eligible)
            {
                if (random.NextDouble() < 0.4)
                {
                    Join(group, instance);
                }
            }
            if (group.InstanceIds.Count == 0 && eligible.Count > 0)
            {
                Join(group, eligible[random.Next(eligible.Count)]);
            }
            fleet.Groups.Add(group);
        }
    }

    private static void Join(GroupRecord group, InstanceRecord instance)
    {
        group.InstanceIds.Add(instance.Id);
        instance.GroupIds.Add(group.Id);
    }

    private static HashSet<int> Pick(Random random, int n, int count) =>
        Shuffle(random, Enumerable.Range(0, n).ToList()).Take(count).ToHashSet();

    /// <summary>The items in an order drawn from <paramref name="random"/> (Fisher-Yates).</summary>
    internal static List<T> Shuffle<T>(Random random, List<T> items)
    {
        var copy = new List<T>(items);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }
}

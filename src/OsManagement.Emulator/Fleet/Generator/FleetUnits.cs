namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// The units a generated fleet is patched by besides its groups: an empty group of the most common Oracle Linux release
/// to manage, a lifecycle environment (dev, test, prod) over healthy stand-alone instances of one release, and two
/// dynamic sets. Dev holds this week's content; test and prod hold last week's, so their members miss the advisories
/// issued since only once those are promoted to them. It draws from a generator of its own and only adds (its own
/// advisories, instances into stages), so what a seed gave before stays what it was.
/// </summary>
internal static class FleetUnits
{
    private static readonly string[] StageNames = { "dev", "test", "prod" };

    /// <summary>Packages the new advisories update, the first an instance does not already miss.</summary>
    private static readonly string[] NewPackages = { "sudo", "libxml2", "curl", "openssh", "bind-libs" };

    public static void Add(FleetModel fleet, FleetSpec spec, int seed, DateTimeOffset now, IReadOnlyList<CompartmentRecord> active)
    {
        if (active.Count == 0)
        {
            return;
        }
        var random = new Random(unchecked(seed * 37 + 20260421));
        var ids = new OcidFactory(seed, "units");
        var regular = fleet.Instances.Where(i => !i.IsPaas && !i.IsWindows).ToList();
        var release = regular.GroupBy(i => i.Os).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        if (release is null)
        {
            return;
        }
        fleet.ReleaseGroups.Add(new GroupRecord(ids.Regional("osmhmanagedinstancegroup"), $"ol{release.Version}-maintenance-window",
            $"{release.Label} servers for the next maintenance window", active[0].Id, release.Family, now.AddDays(-30), release));
        AddLifecycle(fleet, spec, random, ids, now, active[0]);
        AddSets(fleet, ids, now, release);
    }

    private static void AddLifecycle(FleetModel fleet, FleetSpec spec, Random random, OcidFactory ids, DateTimeOffset now, CompartmentRecord home)
    {
        var healthy = fleet.Instances.Where(i => !i.IsPaas && !i.IsWindows && i.ReleaseGroupId is null && i.Status == InstanceStatus.Normal
            && !i.FailsUpdates && i.CheckinLag is not null).ToList();
        var byRelease = healthy.GroupBy(i => i.Os).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Label, StringComparer.Ordinal).FirstOrDefault();
        if (byRelease is null)
        {
            return;
        }
        var release = byRelease.Key;
        var candidates = byRelease.ToList();
        // Dev first: one already missing a security update, so the advisory this week brings changes no count of who is vulnerable.
        var dev = candidates.FirstOrDefault(i => i.CountUpdates(Classification.Security) > 0) ?? candidates[0];
        var members = new List<InstanceRecord> { dev };
        // One a stage on a fleet of some size, more on a big one; never more than half the healthy stand-alone instances of the release.
        members.AddRange(candidates.Where(i => i != dev).Take(Math.Min(Math.Max(3, spec.Instances / 8), candidates.Count / 2) - 1));

        var name = $"ol{release.Version}-app";
        var environment = new LifecycleEnvironmentRecord
        {
            Id = ids.Regional("osmhlifecycleenvironment"),
            DisplayName = name,
            Description = $"{release.Label} application servers: dev, then test, then prod",
            CompartmentId = home.Id,
            Release = release,
            TimeCreated = now.AddDays(-200),
            TimeModified = now.AddDays(-7),
        };
        var advisory = NewAdvisory(fleet, ids, release, dev.CountUpdates(Classification.Security) > 0, now.AddHours(-6), random, members);
        var lastWeek = Content(fleet, ids, Version(name, now.AddDays(-7)), now.AddDays(-7), advisory);
        var thisWeek = Content(fleet, ids, Version(name, now), now.AddHours(-2), null);
        for (var rank = 1; rank <= StageNames.Length; rank++)
        {
            environment.Stages.Add(new LifecycleStageRecord
            {
                Id = ids.Regional("osmhlifecyclestage"),
                EnvironmentId = environment.Id,
                DisplayName = StageNames[rank - 1],
                Rank = rank,
                CompartmentId = home.Id,
                TimeCreated = environment.TimeCreated.AddMinutes(rank),
                TimeModified = rank == 1 ? thisWeek.TimeCreated : lastWeek.TimeCreated,
                Content = rank == 1 ? thisWeek : lastWeek,
            });
        }
        fleet.LifecycleEnvironments.Add(environment);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var stage = environment.Stages[Math.Min(i, environment.Stages.Count - 1)];
            stage.InstanceIds.Add(member.Id);
            member.LifecycleStageId = stage.Id;
            // An environment's instances share its location, as Hub's (and a fleet file's) do.
            member.Location = environment.Location;
            AddUpdate(member, advisory, now);
            StageContent.Apply(member, stage.Content);
        }
    }

    private static string Version(string environment, DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"{environment}-{at:yyyy.MM.dd}");

    /// <summary>A version of the vendor's content: all of it, or all but an advisory issued after it was made.</summary>
    private static ContentVersion Content(FleetModel fleet, OcidFactory ids, string name, DateTimeOffset created, ErratumRecord? notYet)
    {
        var version = new ContentVersion
        {
            Id = ids.Regional("osmhsoftwaresource"),
            DisplayName = name,
            Description = $"Versioned custom software source {name}",
            HoldsEverything = true,
            Lacks = notYet is null ? new(StringComparer.OrdinalIgnoreCase) : new(StringComparer.OrdinalIgnoreCase) { notYet.Name },
            TimeCreated = created,
        };
        fleet.ContentVersions.Add(version);
        return version;
    }

    /// <summary>An advisory issued since last week's content, for a package none of <paramref name="members"/> misses yet.</summary>
    private static ErratumRecord NewAdvisory(FleetModel fleet, OcidFactory ids, OsRelease release, bool security, DateTimeOffset issued, Random random,
        List<InstanceRecord> members)
    {
        var package = NewPackages.FirstOrDefault(p => members.All(m => m.PackageUpdates.All(u => u.PackageName != p)
            && m.InstalledPackages.All(installed => installed.PackageName != p))) ?? $"app-runtime";
        var major = release.LinuxMajor ?? 9;
        var number = 9500 + random.Next(400);
        var year = issued.Year.ToString(CultureInfo.InvariantCulture);
        var erratum = new ErratumRecord
        {
            Id = ids.Regional("osmherratum"),
            Name = security ? $"ELSA-{year}-{number}" : $"ELBA-{year}-{number}",
            Synopsis = security ? $"Important: {package} security update (Oracle Linux {major})" : $"{package} bug fix update (Oracle Linux {major})",
            Classification = security ? Classification.Security : Classification.Bugfix,
            Issued = issued,
            Severity = security ? Severity.Important : null,
            Cves = security ? new[] { $"CVE-{year}-{40000 + random.Next(9000)}" } : Array.Empty<string>(),
            PackageName = package,
            PackageVersion = $"1.9.15-3.el{major}",
            Architecture = "x86_64",
            OsMajor = major,
        };
        fleet.Errata[erratum.Id] = erratum;
        return erratum;
    }

    private static void AddUpdate(InstanceRecord member, ErratumRecord advisory, DateTimeOffset now)
    {
        var installed = $"1.9.15-2.el{advisory.OsMajor}";
        member.PackageUpdates.Add(new PackageUpdate(advisory.PackageName, installed, advisory.PackageVersion, advisory.Architecture, advisory.Classification, advisory));
        member.InstalledPackages.Add(new InstalledPackage
        {
            PackageName = advisory.PackageName,
            Version = installed,
            Architecture = advisory.Architecture,
            Type = "rpm",
            InstallTime = now.AddDays(-90),
        });
    }

    private static void AddSets(FleetModel fleet, OcidFactory ids, DateTimeOffset now, OsRelease release)
    {
        var everywhere = new List<SetScope> { new(fleet.TenancyId, true) };
        fleet.DynamicSets.Add(new DynamicSetRecord
        {
            Id = ids.Regional("osmhdynamicset"),
            DisplayName = $"all-ol{release.Version}",
            Description = $"Every {release.Label} instance in the tenancy",
            CompartmentId = fleet.TenancyId,
            TimeCreated = now.AddDays(-120),
            MatchesAll = true,
            Scopes = everywhere,
            Rule = new DynamicSetRule { Releases = new List<OsRelease> { release } },
        });
        fleet.DynamicSets.Add(new DynamicSetRecord
        {
            Id = ids.Regional("osmhdynamicset"),
            DisplayName = "reboot-required",
            Description = "Instances waiting for a reboot after an update",
            CompartmentId = fleet.TenancyId,
            TimeCreated = now.AddDays(-60),
            MatchesAll = true,
            Scopes = everywhere,
            Rule = new DynamicSetRule { RebootRequired = true },
        });
    }
}

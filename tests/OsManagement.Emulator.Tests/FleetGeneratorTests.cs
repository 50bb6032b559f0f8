using System;
using System.Linq;
using System.Text.RegularExpressions;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;

namespace OsManagement.Emulator.Tests;

public sealed class FleetGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly FleetSpec Big = FleetSpec.Parse("instances=300,compartments=25,depth=4,groups=6,vulnerable=0.37,windows=0.2");

    private static string Fingerprint(FleetModel fleet) => string.Join("|",
        fleet.Compartments.Select(c => $"{c.Id}:{c.ParentId}:{c.Name}:{c.State}")
            .Concat(fleet.Instances.Select(i => $"{i.Id}:{i.DisplayName}:{i.CompartmentId}:{i.OsVersion}:{string.Join(",", i.GroupIds)}:" +
                string.Join(",", i.PackageUpdates.Select(u => u.Name + "/" + u.Classification + "/" + u.Erratum?.Name + "/" + string.Join("+", u.RelatedCves))) +
                string.Join(",", i.WindowsUpdates.Select(u => u.Name + "/" + u.DisplayName))))
            .Concat(fleet.Groups.Select(g => $"{g.Id}:{g.DisplayName}:{string.Join(",", g.InstanceIds)}"))
            .Concat(fleet.Errata.Values.Select(e => $"{e.Id}:{e.Name}:{e.Classification}:{e.Severity}:{e.PackageName}:{string.Join("+", e.Cves)}")));

    // An advisory is named after the year it was issued and its CVEs are of that year or the one before, so a fleet made
    // on another day may differ in those years and numbers (as its times differ); everything else is the seed's.
    private static string WithoutYears(string fingerprint) => Regex.Replace(fingerprint, @"(EL[SBE]A|CVE)-\d{4}-\d+", "$1");

    [Fact]
    public void TheSameSeedGivesTheSameFleet()
    {
        Assert.Equal(Fingerprint(FleetGenerator.Generate(Big, 9, Now)), Fingerprint(FleetGenerator.Generate(Big, 9, Now)));
        Assert.Equal(WithoutYears(Fingerprint(FleetGenerator.Generate(Big, 9, Now))), WithoutYears(Fingerprint(FleetGenerator.Generate(Big, 9, Now.AddDays(40)))));
    }

    [Fact]
    public void AnotherSeedGivesAnotherFleet() =>
        Assert.NotEqual(Fingerprint(FleetGenerator.Generate(Big, 9, Now)), Fingerprint(FleetGenerator.Generate(Big, 10, Now)));

    [Fact]
    public void CountsMatchTheSpec()
    {
        var fleet = FleetGenerator.Generate(Big, 3, Now);
        var regular = fleet.Instances.Where(i => !i.IsPaas).ToList();
        Assert.Equal(300, regular.Count);
        Assert.Equal(60, regular.Count(i => i.IsWindows));
        Assert.Equal((int)Math.Round(0.37 * 300), regular.Count(i => i.CountUpdates(Classification.Security) > 0));
        Assert.Equal(2, fleet.Instances.Count(i => i.IsPaas));
        Assert.Equal(6, fleet.Groups.Count);
        Assert.Equal(300 / 25, fleet.Instances.Count(i => i.Status == InstanceStatus.Unreachable));
        Assert.Equal(300 / 40, fleet.Instances.Count(i => i.FailsUpdates));
    }

    [Fact]
    public void TheCompartmentTreeHasTheRequestedSizeDepthAndExtras()
    {
        var fleet = FleetGenerator.Generate(Big, 3, Now);
        var extras = new[] { "ManagedCompartmentForPaaS", "old-project", "decommissioned" };
        var regular = fleet.Compartments.Where(c => !extras.Contains(c.Name)).ToList();
        Assert.Equal(25, regular.Count);
        Assert.All(regular, c => Assert.Equal(CompartmentState.Active, c.State));
        Assert.Contains(fleet.Compartments, c => c.Name == "ManagedCompartmentForPaaS" && c.ParentId == fleet.TenancyId);
        Assert.Contains(fleet.Compartments, c => c.State == CompartmentState.Inactive);
        Assert.Contains(fleet.Compartments, c => c.State == CompartmentState.Deleted);

        var byId = fleet.Compartments.ToDictionary(c => c.Id);
        int Depth(string id) => id == fleet.TenancyId ? 0 : 1 + Depth(byId[id].ParentId);
        Assert.Equal(4, regular.Max(c => Depth(c.Id)));
        foreach (var group in fleet.Compartments.GroupBy(c => c.ParentId))
        {
            Assert.Equal(group.Count(), group.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
        var active = regular.Select(c => c.Id).ToHashSet();
        Assert.All(fleet.Instances.Where(i => !i.IsPaas), i => Assert.Contains(i.CompartmentId, active));
    }

    [Fact]
    public void SmallFleetsHaveNoExtras()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=5,compartments=2,depth=1,groups=1"), 1, Now);
        Assert.Equal(2, fleet.Compartments.Count);
        Assert.Equal(5, fleet.Instances.Count);
    }

    [Fact]
    public void GroupMembershipIsConsistentBothWaysAndFamiliesMatch()
    {
        var fleet = FleetGenerator.Generate(Big, 3, Now);
        var instances = fleet.Instances.ToDictionary(i => i.Id);
        foreach (var group in fleet.Groups)
        {
            Assert.NotEmpty(group.InstanceIds);
            Assert.All(group.InstanceIds, id =>
            {
                Assert.Contains(group.Id, instances[id].GroupIds);
                Assert.Equal(group.Family, instances[id].Os.Family);
            });
        }
        Assert.All(fleet.Instances, i => Assert.All(i.GroupIds, g => Assert.Contains(i.Id, fleet.Groups.Single(x => x.Id == g).InstanceIds)));
        Assert.Contains(fleet.Instances, i => i.GroupIds.Count > 1);
    }

    [Fact]
    public void UpdatesLookReal()
    {
        var fleet = FleetGenerator.Generate(Big, 3, Now);
        var linux = fleet.Instances.Where(i => !i.IsWindows).SelectMany(i => i.PackageUpdates).ToList();
        Assert.All(linux.Where(u => u.Classification == Classification.Security), u =>
        {
            Assert.Matches(@"^ELSA-20\d\d-\d{4,5}$", u.Erratum!.Name);
            Assert.NotEmpty(u.RelatedCves);
            Assert.All(u.RelatedCves, c => Assert.Matches(@"^CVE-20\d\d-\d{4,5}$", c));
        });
        Assert.Contains(linux, u => u.PackageName == "kernel-uek");
        Assert.All(linux.Where(u => u.Classification == Classification.Other), u => Assert.Null(u.Erratum));
        var windows = fleet.Instances.Where(i => i.IsWindows).SelectMany(i => i.WindowsUpdates).ToList();
        Assert.Contains(windows, u => u.Classification == Classification.Security && u.DisplayName.Contains("Cumulative Update for Windows Server", StringComparison.Ordinal));
        Assert.All(windows, u => Assert.Matches(@"\(?KB\d+", u.DisplayName));
    }

    [Fact]
    public void TheCatalogHoldsYearsOfAdvisoriesForOracleLinux7To9AndInstancesMissAHandful()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=12,compartments=4,depth=2,groups=3"), 20190801, Now);
        var errata = fleet.Errata.Values.ToList();
        var security = errata.Where(e => e.Classification == Classification.Security).ToList();
        Assert.True(security.Count >= 1000, $"{security.Count} security advisories");
        Assert.Equal(new[] { 7, 8, 9 }, errata.Select(e => e.OsMajor).Distinct().Order());
        Assert.Equal(new[] { Classification.Security, Classification.Bugfix, Classification.Enhancement }.Order(), errata.Select(e => e.Classification).Distinct().Order());
        Assert.Equal(Enum.GetValues<Severity>().Order(), security.Select(e => e.Severity!.Value).Distinct().Order());
        Assert.True(errata.Select(e => e.Issued.Year).Distinct().Count() >= 10, "issued over at least ten years");
        Assert.True(errata.Where(e => e.OsMajor == 9).Min(e => e.Issued) >= new DateTimeOffset(2022, 7, 6, 0, 0, 0, TimeSpan.Zero), "no OL9 advisory before OL9");
        Assert.Equal(errata.Count, errata.Select(e => e.Name).Distinct().Count());
        foreach (var erratum in errata)
        {
            var name = Regex.Match(erratum.Name, @"^(EL[SBE]A)-(\d{4})-\d{4,5}$");
            Assert.True(name.Success, erratum.Name);
            Assert.Equal(erratum.Classification switch { Classification.Security => "ELSA", Classification.Bugfix => "ELBA", _ => "ELEA" }, name.Groups[1].Value);
            Assert.Equal(erratum.Issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), name.Groups[2].Value);
            Assert.Equal(erratum.Classification == Classification.Security, erratum.Cves.Count > 0);
            Assert.All(erratum.Cves, c => Assert.InRange(int.Parse(c.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture), erratum.Issued.Year - 1, erratum.Issued.Year));
        }
        // Within a year the numbers follow the issue dates.
        foreach (var year in errata.GroupBy(e => e.Issued.Year))
        {
            var byDate = year.OrderBy(e => e.Issued).Select(e => int.Parse(e.Name.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(byDate.Order(), byDate);
        }
        var linux = fleet.Instances.Where(i => !i.IsWindows).ToList();
        Assert.All(linux, i => Assert.InRange(i.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Distinct().Count(), 0, 12));
        Assert.Contains(linux, i => i.PackageUpdates.Any(u => u.Classification == Classification.Security));
        var missed = linux.SelectMany(i => i.PackageUpdates).Select(u => u.Erratum).OfType<ErratumRecord>().Distinct().ToList();
        Assert.True(missed.Count * 20 < errata.Count, $"instances miss {missed.Count} of {errata.Count} advisories");
        Assert.All(missed, e => Assert.True(Now - e.Issued < TimeSpan.FromDays(421), $"{e.Name} issued {e.Issued}"));
    }

    [Theory]
    [InlineData("instances=-1")]
    [InlineData("compartments=0")]
    [InlineData("vulnerable=1.5")]
    [InlineData("colour=blue")]
    [InlineData("instances")]
    public void BadSpecsAreRejected(string spec) => Assert.Throws<FormatException>(() => FleetSpec.Parse(spec));
}

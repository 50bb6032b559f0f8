using System;
using System.Linq;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Files;

namespace OsManagement.Emulator.Tests.FleetFile;

/// <summary>A fleet file as a user writes it, read and turned into the emulator's records.</summary>
public sealed class FleetFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    internal const string Sample = """
        {
          // Comments and trailing commas are allowed: people write these by hand.
          "tenancyName": "acme",
          "compartments": [
            { "name": "Production", "compartments": [ { "name": "web", "id": "ocid1.compartment.oc1..aaaaaaaawebwebweb" } ] },
            { "name": "Old", "lifecycleState": "INACTIVE" },
          ],
          "groups": [
            { "name": "web-servers", "compartment": "Production" },
            { "name": "windows", "osFamily": "WINDOWS_SERVER_2022" },
          ],
          "instances": [
            { "name": "web-01", "compartment": "Production/web", "group": "web-servers",
              "updates": [
                { "name": "openssl-libs", "severity": "critical", "advisory": "ELSA-2026-1234", "issued": "45 days ago",
                  "cves": ["CVE-2026-1111", "cve-2026-2222"], "version": "3.0.7-27.el9" },
                { "name": "kernel-uek", "advisory": "ELSA-2026-1240", "installedVersion": "5.15.0-300.1.1.el9uek" },
                { "name": "bash", "classification": "BUGFIX", "advisory": "ELBA-2026-7", "issued": "2026-10-01T08:00:00Z" },
                { "name": "tzdata", "classification": "OTHER" },
              ] },
            { "name": "web-02", "compartment": "ocid1.compartment.oc1..aaaaaaaawebwebweb", "group": "web-servers", "lastCheckin": "3 days ago",
              "updates": { "name": "openssl-libs", "advisory": "ELSA-2026-1234", "cves": "CVE-2026-3333" } },
            { "Name": "WIN-01", "OsFamily": "WINDOWS_SERVER_2022", "group": "windows", "status": "UNREACHABLE", "location": "ON_PREMISE",
              "updates": [
                { "name": "2026-11 Cumulative Update for Windows Server 2022 (KB5046616)", "cves": ["CVE-2026-4444"] },
                { "name": "Defender platform update", "classification": "ENHANCEMENT", "kb": "KB4052623" },
              ] },
            { "name": "db-01", "osFamily": "ORACLE_LINUX_8", "failsUpdates": true, "rebootRequired": true },
          ],
        }
        """;

    private static FleetModel Build(string json, int seed = 7) =>
        FleetFileBuilder.Build(FleetFileReader.Parse(json, "fleet.json"), seed, FleetSource.DefaultTenancyId(seed), Now);

    [Fact]
    public void CompartmentsFormTheTreeTheFileNestsWithGivenIdsKept()
    {
        var fleet = Build(Sample);
        var production = fleet.Compartments.Single(c => c.Name == "Production");
        var web = fleet.Compartments.Single(c => c.Name == "web");
        Assert.Equal(fleet.TenancyId, production.ParentId);
        Assert.Equal(production.Id, web.ParentId);
        Assert.Equal("ocid1.compartment.oc1..aaaaaaaawebwebweb", web.Id);
        Assert.StartsWith("ocid1.compartment.oc1..", production.Id);
        Assert.Equal(CompartmentState.Inactive, fleet.Compartments.Single(c => c.Name == "Old").State);
        Assert.Equal("acme", fleet.TenancyName);
        Assert.Equal(FleetSource.DefaultTenancyId(7), fleet.TenancyId);
    }

    [Fact]
    public void InstancesGetTheirOsStatusAndDefaultsForWhatTheFileLeavesOut()
    {
        var fleet = Build(Sample);
        var web = fleet.Instances.Single(i => i.DisplayName == "web-01");
        Assert.Equal("LINUX", ClassicVocabulary.Families[web.Os.Family]);
        Assert.Equal("ORACLE_LINUX_9", HubVocabulary.Releases[web.Os]);
        Assert.Equal(("Oracle Linux Server", "9.5"), (web.OsName, web.OsVersion));
        Assert.Equal(InstanceStatus.Normal, web.Status);
        Assert.Equal(Location.OciCompute, web.Location);
        Assert.False(web.IsRebootRequired);
        Assert.Equal("5.15.0-300.1.1.el9uek.x86_64", web.OsKernelVersion);

        var windows = fleet.Instances.Single(i => i.DisplayName == "WIN-01");
        Assert.Equal(("WINDOWS", "WINDOWS_SERVER_2022", "Windows Server 2022 Datacenter"),
            (ClassicVocabulary.Families[windows.Os.Family], HubVocabulary.Releases[windows.Os], windows.OsName));
        Assert.Equal((InstanceStatus.Unreachable, Location.OnPremise), (windows.Status, windows.Location));

        var db = fleet.Instances.Single(i => i.DisplayName == "db-01");
        Assert.Equal(("ORACLE_LINUX_8", "8.10"), (HubVocabulary.Releases[db.Os], db.OsVersion));
        Assert.True(db.FailsUpdates);
        Assert.True(db.IsRebootRequired);
        Assert.Equal(fleet.TenancyId, db.CompartmentId);
        Assert.All(fleet.Instances, i => Assert.StartsWith("ocid1.instance.oc1.iad.", i.Id));
    }

    [Fact]
    public void CheckInsFollowTheClockUnlessTheFileSaysWhenTheAgentStopped()
    {
        var fleet = Build(Sample);
        var healthy = fleet.Instances.Single(i => i.DisplayName == "web-01");
        Assert.NotNull(healthy.CheckinLag);
        Assert.InRange(Now - healthy.LastCheckin, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        var stopped = fleet.Instances.Single(i => i.DisplayName == "web-02");
        Assert.Null(stopped.CheckinLag);
        Assert.Equal(Now.AddDays(-3), stopped.LastCheckin);
        Assert.True(stopped.IsStaleAt(Now));
        var unreachable = fleet.Instances.Single(i => i.DisplayName == "WIN-01");
        Assert.Null(unreachable.CheckinLag);
        Assert.True(unreachable.IsStaleAt(Now));
    }

    [Fact]
    public void ACheckinTimeGivesTheOneStatusWarningForAnInstanceSilentHalfAnHourUnreachableForADay()
    {
        var fleet = Build("""
            { "instances": [
                { "name": "quiet", "lastCheckin": "45 minutes ago" },
                { "name": "gone", "lastCheckin": "2 days ago" },
                { "name": "said-warning", "status": "WARNING" },
                { "name": "fine" } ] }
            """);
        InstanceStatus StatusOf(string name, DateTimeOffset at) => fleet.Instances.Single(i => i.DisplayName == name).StatusAt(at);
        Assert.Equal(InstanceStatus.Warning, StatusOf("quiet", Now));
        Assert.Equal("WARNING", HubVocabulary.StatusAt(fleet.Instances.Single(i => i.DisplayName == "quiet"), Now));
        Assert.Equal(InstanceStatus.Unreachable, StatusOf("quiet", Now.AddDays(1)));
        Assert.Equal(InstanceStatus.Unreachable, StatusOf("gone", Now));
        // A WARNING the file gives is an agent that stopped checking in an hour ago: Offline a day later.
        Assert.Equal(Now.AddHours(-1), fleet.Instances.Single(i => i.DisplayName == "said-warning").LastCheckin);
        Assert.Equal(InstanceStatus.Unreachable, StatusOf("said-warning", Now.AddDays(1)));
        Assert.Equal(InstanceStatus.Normal, StatusOf("fine", Now.AddDays(30)));
    }

    [Fact]
    public void LinuxUpdatesCarryTheirAdvisoryWithSeverityIssueDateAndCves()
    {
        var fleet = Build(Sample);
        var web = fleet.Instances.Single(i => i.DisplayName == "web-01");
        var openssl = web.PackageUpdates.Single(u => u.PackageName == "openssl-libs");
        Assert.Equal(("3.0.7-26.el9", "3.0.7-27.el9", Classification.Security), (openssl.InstalledVersion, openssl.AvailableVersion, openssl.Classification));
        Assert.Equal("ELSA-2026-1234", openssl.Erratum!.Name);
        Assert.Equal(Severity.Critical, openssl.Erratum.Severity);
        Assert.Equal(Now.AddDays(-45), openssl.Erratum.Issued);
        Assert.StartsWith("Critical: openssl-libs security update", openssl.Erratum.Synopsis);

        var kernel = web.PackageUpdates.Single(u => u.PackageName == "kernel-uek");
        Assert.Equal((Severity.Important, "5.15.0-301.1.1.el9uek"), (kernel.Erratum!.Severity, kernel.AvailableVersion));
        Assert.Equal(Now.AddDays(-30), kernel.Erratum.Issued);

        var bash = web.PackageUpdates.Single(u => u.PackageName == "bash");
        Assert.Equal((Classification.Bugfix, "ELBA-2026-7"), (bash.Classification, bash.Erratum!.Name));
        Assert.Null(bash.Erratum.Severity);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero), bash.Erratum.Issued);

        var tzdata = web.PackageUpdates.Single(u => u.PackageName == "tzdata");
        Assert.Equal(Classification.Other, tzdata.Classification);
        Assert.Null(tzdata.Erratum);
        Assert.Equal("1.0-1.el9", web.InstalledPackages.Single(p => p.PackageName == "tzdata").Version);
    }

    [Fact]
    public void AnAdvisoryNamedTwiceIsOneAdvisoryWhoseCvesAddUp()
    {
        var fleet = Build(Sample);
        var first = fleet.Instances.Single(i => i.DisplayName == "web-01").PackageUpdates.Single(u => u.PackageName == "openssl-libs").Erratum;
        var second = fleet.Instances.Single(i => i.DisplayName == "web-02").PackageUpdates.Single().Erratum;
        Assert.Same(first, second);
        Assert.Equal(new[] { "CVE-2026-1111", "CVE-2026-2222", "CVE-2026-3333" }, first!.Cves);
        Assert.Single(fleet.Errata.Values, e => e.Name == "ELSA-2026-1234");
        Assert.Equal(3, fleet.Errata.Count);
    }

    [Fact]
    public void WindowsUpdatesTakeTheirKbFromTheTitleAndNeedARebootWhenTheyAreSecurityUpdates()
    {
        var windows = Build(Sample).Instances.Single(i => i.DisplayName == "WIN-01");
        var cumulative = windows.WindowsUpdates[0];
        Assert.Equal(("KB5046616", Classification.Security, true), (cumulative.Kb, cumulative.Classification, cumulative.IsRebootRequired));
        Assert.Equal(new[] { "CVE-2026-4444" }, cumulative.RelatedCves);
        Assert.True(Guid.TryParse(cumulative.Name, out _));
        var defender = windows.WindowsUpdates[1];
        Assert.Equal(("KB4052623", Classification.Enhancement, false), (defender.Kb, defender.Classification, defender.IsRebootRequired));
    }

    [Fact]
    public void AGroupIsTheSameGroupInBothApisWithOneOsFamily()
    {
        var fleet = Build(Sample);
        var old = fleet.Groups.Single(g => g.DisplayName == "web-servers");
        var hub = fleet.ReleaseGroups.Single(g => g.DisplayName == "web-servers");
        Assert.Equal(old.Id, hub.Id);
        Assert.StartsWith("ocid1.osmhmanagedinstancegroup.oc1.iad.", hub.Id);
        Assert.Equal(("LINUX", "ORACLE_LINUX_9", "ORACLE"), (ClassicVocabulary.Families[hub.Family], HubVocabulary.Releases[hub.Release!], HubVocabulary.Vendor(hub.Family)));
        Assert.Equal(fleet.Compartments.Single(c => c.Name == "Production").Id, hub.CompartmentId);
        var members = fleet.Instances.Where(i => i.DisplayName.StartsWith("web-", StringComparison.Ordinal)).Select(i => i.Id).ToList();
        Assert.Equal(members, hub.InstanceIds);
        Assert.Equal(members, old.InstanceIds);
        Assert.All(fleet.Instances.Where(i => members.Contains(i.Id)), i =>
        {
            Assert.Equal(hub.Id, i.ReleaseGroupId);
            Assert.Equal(new[] { old.Id }, i.GroupIds);
        });
        Assert.Equal("WINDOWS_SERVER_2022", HubVocabulary.Releases[fleet.ReleaseGroups.Single(g => g.DisplayName == "windows").Release!]);
    }

    [Fact]
    public void TheSameFileAndSeedGiveTheSameIdsAndAnotherSeedOthers()
    {
        string Ids(FleetModel f) => string.Join(",", f.Compartments.Select(c => c.Id).Concat(f.Instances.Select(i => i.Id)).Concat(f.ReleaseGroups.Select(g => g.Id))
            .Concat(f.Instances.SelectMany(i => i.WindowsUpdates).Select(u => u.Name)).Concat(f.Errata.Keys.Order()));
        Assert.Equal(Ids(Build(Sample, seed: 3)), Ids(Build(Sample, seed: 3)));
        Assert.NotEqual(Ids(Build(Sample, seed: 3)), Ids(Build(Sample, seed: 4)));
    }

    [Fact]
    public void RelativeTimesAreRelativeToTheClockWhenTheFleetIsBuilt()
    {
        var document = FleetFileReader.Parse(Sample, "fleet.json");
        var later = Now.AddDays(10);
        var fleet = FleetFileBuilder.Build(document, 1, FleetSource.DefaultTenancyId(1), later);
        Assert.Equal(later.AddDays(-45), fleet.Errata.Values.Single(e => e.Name == "ELSA-2026-1234").Issued);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero), fleet.Errata.Values.Single(e => e.Name == "ELBA-2026-7").Issued);
    }

    [Fact]
    public void UnnamedAdvisoriesGetNamesNoGivenAdvisoryHas()
    {
        var fleet = Build("""
            { "instances": [ { "updates": [
              { "name": "a", "issued": "2026-03-01" }, { "name": "b", "advisory": "ELSA-2026-9001" },
              { "name": "c", "classification": "BUG", "issued": "2025-12-31T23:00:00Z" }, { "name": "d", "classification": "ENHANCEMENT" } ] } ] }
            """);
        var names = fleet.Instances.Single().PackageUpdates.Select(u => u.Erratum!.Name).ToList();
        Assert.Equal(new[] { "ELSA-2026-9002", "ELSA-2026-9001", "ELBA-2025-9003", "ELEA-2026-9004" }, names);
        Assert.Equal("instance-1", fleet.Instances.Single().DisplayName);
    }

    [Theory]
    [InlineData("now", 0)]
    [InlineData("90 minutes ago", 90)]
    [InlineData("1 hour ago", 60)]
    [InlineData("2 weeks ago", 20160)]
    [InlineData("P1DT6H ago", 1800)]
    public void RelativeTimesReadAsAgo(string text, int minutes)
    {
        Assert.True(FleetTime.TryParse(text, out var time));
        Assert.Equal(Now.AddMinutes(-minutes), time.At(Now));
    }

    [Theory]
    [InlineData("2026-01-15", "2026-01-15T00:00:00Z")]
    [InlineData("2026-01-15T10:30:00+02:00", "2026-01-15T08:30:00Z")]
    [InlineData("2026-01-15T10:30:00", "2026-01-15T10:30:00Z")]
    [InlineData("/Date(1768435200000)/", "2026-01-15T00:00:00Z")]
    public void AbsoluteTimesAreUtcWhenNoOffsetIsGiven(string text, string expected)
    {
        Assert.True(FleetTime.TryParse(text, out var time));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time.At(Now));
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("45 days")]
    [InlineData("in 3 days")]
    [InlineData("P45D")]
    public void OtherTimesAreRefused(string text) => Assert.False(FleetTime.TryParse(text, out _));
}

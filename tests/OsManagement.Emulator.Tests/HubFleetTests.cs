using System;
using System.Linq;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;

namespace OsManagement.Emulator.Tests;

/// <summary>What the generated fleet holds for OS Management Hub, for every seed tried.</summary>
public sealed class HubFleetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(20190801)]
    [InlineData(777)]
    public void HubGroupsHaveOneDetailedFamilyAndAnInstanceIsInOneAtMost(int seed)
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=80,compartments=6,groups=5,windows=0.25"), seed, Now);
        // The five groups the spec asks for, then an empty one of the most common Oracle Linux release to manage.
        Assert.Equal(6, fleet.ReleaseGroups.Count);
        var maintenance = fleet.ReleaseGroups[^1];
        Assert.Empty(maintenance.InstanceIds);
        Assert.EndsWith("-maintenance-window", maintenance.DisplayName);
        Assert.Equal(fleet.Instances.Where(i => !i.IsPaas && !i.IsWindows).GroupBy(i => i.Os).OrderByDescending(g => g.Count()).First().Key, maintenance.Release);
        foreach (var group in fleet.ReleaseGroups.Take(5))
        {
            Assert.StartsWith("ocid1.osmhmanagedinstancegroup.", group.Id);
            Assert.NotEmpty(group.InstanceIds);
            Assert.All(group.InstanceIds, id => Assert.Equal(group.Release, fleet.Instances.Single(i => i.Id == id).Os));
        }
        Assert.Equal(fleet.ReleaseGroups.Sum(g => g.InstanceIds.Count), fleet.ReleaseGroups.SelectMany(g => g.InstanceIds).Distinct().Count());
        Assert.All(fleet.Instances.Where(i => i.ReleaseGroupId is not null), i => Assert.Contains(i.Id, fleet.ReleaseGroups.Single(g => g.Id == i.ReleaseGroupId).InstanceIds));
        Assert.StartsWith("WINDOWS_SERVER_", HubVocabulary.Releases[fleet.ReleaseGroups[4].Release!]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20190801)]
    [InlineData(777)]
    public void SecurityAdvisoriesHaveEverySeverityAndSomeAreOlderThan90Days(int seed)
    {
        var fleet = FleetGenerator.Generate(new FleetSpec(), seed, Now);
        foreach (var release in fleet.Errata.Values.GroupBy(e => e.OsMajor))
        {
            var security = release.Where(e => e.Classification == Classification.Security).ToList();
            Assert.Equal(new[] { "CRITICAL", "IMPORTANT", "LOW", "MODERATE" }, security.Select(e => Severity(e)).Distinct().Order());
            Assert.All(release.Where(e => e.Classification != Classification.Security), e => Assert.Null(e.Severity));
            Assert.Contains(release, e => Now - e.Issued > TimeSpan.FromDays(90));
            Assert.Contains(release, e => Now - e.Issued < TimeSpan.FromDays(30));
            Assert.All(security, e => Assert.StartsWith(Severity(e)[0] + Severity(e)[1..].ToLowerInvariant() + ":", e.Synopsis));
        }
    }

    /// <summary>What Hub calls the advisory's severity.</summary>
    private static string Severity(ErratumRecord e) => HubVocabulary.Severities[e.Severity!.Value];

    [Fact]
    public void StaleInstancesStoppedCheckingInMoreThanADayAgoAndAreOfflineWhateverTheFleetSaid()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=60,stale=4"), 5, Now);
        var stale = fleet.Instances.Where(i => i.IsStaleAt(Now)).ToList();
        Assert.Equal(4, stale.Count(i => i.Status == InstanceStatus.Normal));
        Assert.All(stale.Where(i => i.Status == InstanceStatus.Normal), i => Assert.False(i.FailsUpdates));
        Assert.All(stale, i => Assert.Equal(InstanceStatus.Unreachable, i.StatusAt(Now)));
        Assert.All(stale, i => Assert.False(i.TakesWorkAt(Now)));
        Assert.All(fleet.Instances.Where(i => i.Status == InstanceStatus.Unreachable), i => Assert.True(i.IsStaleAt(Now)));
        Assert.All(stale, i => Assert.Null(i.CheckinLag));
        Assert.Contains(fleet.Instances, i => i.IsRebootRequired);
        Assert.All(fleet.Instances, i => Assert.Matches("^(ORACLE_LINUX_[789]|WINDOWS_SERVER_20(16|19|22))$", HubVocabulary.Releases[i.Os]));
    }
}

using System;
using System.Linq;
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
        Assert.Equal(5, fleet.HubGroups.Count);
        foreach (var group in fleet.HubGroups)
        {
            Assert.StartsWith("ocid1.osmhmanagedinstancegroup.", group.Id);
            Assert.NotEmpty(group.InstanceIds);
            Assert.All(group.InstanceIds, id => Assert.Equal(group.HubOsFamily, fleet.Instances.Single(i => i.Id == id).HubOsFamily));
        }
        Assert.Equal(fleet.HubGroups.Sum(g => g.InstanceIds.Count), fleet.HubGroups.SelectMany(g => g.InstanceIds).Distinct().Count());
        Assert.All(fleet.Instances.Where(i => i.HubGroupId is not null), i => Assert.Contains(i.Id, fleet.HubGroups.Single(g => g.Id == i.HubGroupId).InstanceIds));
        Assert.StartsWith("WINDOWS_SERVER_", fleet.HubGroups[^1].HubOsFamily);
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
            var security = release.Where(e => e.AdvisoryType == "SECURITY").ToList();
            Assert.Equal(new[] { "CRITICAL", "IMPORTANT", "LOW", "MODERATE" }, security.Select(e => e.Severity).Distinct().Order());
            Assert.All(release.Where(e => e.AdvisoryType != "SECURITY"), e => Assert.Null(e.Severity));
            Assert.Contains(release, e => Now - e.Issued > TimeSpan.FromDays(90));
            Assert.Contains(release, e => Now - e.Issued < TimeSpan.FromDays(30));
            Assert.All(security, e => Assert.StartsWith(e.Severity![0] + e.Severity[1..].ToLowerInvariant() + ":", e.Synopsis));
        }
    }

    [Fact]
    public void StaleInstancesStoppedCheckingInMoreThanADayAgoAndStillWork()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=60,stale=4"), 5, Now);
        var stale = fleet.Instances.Where(i => i.IsStaleAt(Now)).ToList();
        Assert.Equal(4, stale.Count(i => i.Status == "NORMAL"));
        Assert.All(stale.Where(i => i.Status == "NORMAL"), i => Assert.False(i.FailsUpdates));
        Assert.All(fleet.Instances.Where(i => i.Status == "UNREACHABLE"), i => Assert.True(i.IsStaleAt(Now)));
        Assert.All(stale, i => Assert.Null(i.CheckinLag));
        Assert.Contains(fleet.Instances, i => i.IsRebootRequired);
        Assert.All(fleet.Instances, i => Assert.Matches("^(ORACLE_LINUX_[789]|WINDOWS_SERVER_20(16|19|22))$", i.HubOsFamily));
    }
}

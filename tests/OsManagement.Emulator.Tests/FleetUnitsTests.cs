using System;
using System.Linq;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>The units a generated fleet is patched by: an empty group to manage, a dev/test/prod environment, two dynamic sets.</summary>
public sealed class FleetUnitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(20190801)]
    [InlineData(777)]
    public void AGeneratedFleetHasADevTestProdEnvironmentOverHealthyStandAloneInstancesOfOneRelease(int seed)
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=60,compartments=4,groups=3,vulnerable=0.6,windows=0.2"), seed, Now);
        var environment = Assert.Single(fleet.LifecycleEnvironments);
        Assert.Equal(new[] { "dev", "test", "prod" }, environment.Stages.Select(s => s.DisplayName));
        var members = environment.Stages.SelectMany(s => s.InstanceIds).Select(id => fleet.Instances.Single(i => i.Id == id)).ToList();
        Assert.All(environment.Stages, s => Assert.NotEmpty(s.InstanceIds));
        Assert.All(members, m =>
        {
            Assert.Equal(environment.Release, m.Os);
            Assert.Null(m.ReleaseGroupId);
            Assert.Equal(InstanceStatus.Normal, m.Status);
            Assert.False(m.FailsUpdates);
            Assert.NotNull(m.LifecycleStageId);
        });
        Assert.Equal(members.Count, members.Select(m => m.Id).Distinct().Count());
        Assert.Equal(fleet.Instances.Count(i => i.LifecycleStageId is not null), members.Count);
    }

    [Fact]
    public void DevHoldsThisWeeksAdvisoryAndTestAndProdMissItUntilItIsPromoted()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=60,compartments=4,groups=3,vulnerable=0.6,windows=0.2"), 20190801, Now);
        var stages = fleet.LifecycleEnvironments[0].Stages;
        var member = (LifecycleStageRecord stage) => fleet.Instances.Single(i => i.Id == stage.InstanceIds[0]);
        var dev = member(stages[0]);
        var test = member(stages[1]);
        var brought = Assert.Single(test.WithheldUpdates);
        Assert.Empty(dev.WithheldUpdates);
        Assert.Contains(dev.PackageUpdates, u => u.Erratum == brought.Erratum);
        Assert.True(dev.CountUpdates(Classification.Security) > 0);
        Assert.NotSame(stages[0].Content, stages[1].Content);
        Assert.Same(stages[1].Content, stages[2].Content);

        StageContent.Apply(test, stages[0].Content);
        Assert.Empty(test.WithheldUpdates);
        Assert.Contains(brought, test.PackageUpdates);
    }

    [Fact]
    public void AGeneratedFleetHasAnEmptyGroupAndTwoDynamicSets()
    {
        var fleet = FleetGenerator.Generate(FleetSpec.Parse("instances=30,compartments=4,groups=2"), 5, Now);
        var maintenance = fleet.ReleaseGroups.Single(g => g.DisplayName.EndsWith("-maintenance-window", StringComparison.Ordinal));
        Assert.Empty(maintenance.InstanceIds);
        Assert.Equal(new[] { "all-ol" + maintenance.Release!.Version, "reboot-required" }, fleet.DynamicSets.Select(s => s.DisplayName));
        Assert.All(fleet.DynamicSets, s => Assert.Equal(new[] { new SetScope(fleet.TenancyId, true) }, s.Scopes));
    }

    [Fact]
    public void ASetMatchesAllOrAnyOfItsCriteriaAndARuleWithNoneTakesEveryInstanceOfItsCompartments()
    {
        var world = new TestWorld(FleetSpec.Parse("instances=30,compartments=4,depth=2,groups=2"), 5);
        var store = world.Store;
        var fleet = store.Fleet;
        var now = TestWorld.Start;
        var ol9 = fleet.Instances.First(i => i.Os == OsRelease.OracleLinux(9) && !i.IsRebootRequired);
        var rebooting = fleet.Instances.First(i => i.Os != OsRelease.OracleLinux(9) && i.IsRebootRequired);
        DynamicSetRecord Set(bool all, DynamicSetRule rule, SetScope scope) => new()
        {
            Id = "s", DisplayName = "s", CompartmentId = fleet.TenancyId, TimeCreated = now, MatchesAll = all, Scopes = new() { scope }, Rule = rule,
        };
        var everywhere = new SetScope(fleet.TenancyId, true);
        var rule = new DynamicSetRule { Releases = new() { OsRelease.OracleLinux(9) }, RebootRequired = true };
        Assert.False(HubUnits.Matches(Set(true, rule, everywhere), ol9, store, now));
        Assert.True(HubUnits.Matches(Set(false, rule, everywhere), ol9, store, now));
        Assert.True(HubUnits.Matches(Set(false, rule, everywhere), rebooting, store, now));
        Assert.Equal(fleet.Instances.Count, HubUnits.Members(store, Set(true, new DynamicSetRule(), everywhere), now).Count());
        var parent = fleet.Compartments.First(c => fleet.Compartments.Any(d => d.ParentId == c.Id));
        var shallow = HubUnits.Members(store, Set(true, new DynamicSetRule(), new SetScope(parent.Id, false)), now).ToList();
        Assert.All(shallow, i => Assert.Equal(parent.Id, i.CompartmentId));
        Assert.True(HubUnits.Members(store, Set(true, new DynamicSetRule(), new SetScope(parent.Id, true)), now).Count() >= shallow.Count);
    }
}

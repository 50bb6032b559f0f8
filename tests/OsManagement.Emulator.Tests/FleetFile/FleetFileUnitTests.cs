using System;
using System.Linq;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Files;

namespace OsManagement.Emulator.Tests.FleetFile;

/// <summary>A fleet file's lifecycle environments (stages, members, the content each holds) and dynamic sets.</summary>
public sealed class FleetFileUnitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private const string Fleet = """
        {
          "compartments": [ { "name": "Production" } ],
          "groups": [ { "name": "web-servers" } ],
          "instances": [
            { "name": "dev-01", "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-1234", "issued": "2 days ago" },
                                             { "name": "bash", "classification": "BUGFIX", "advisory": "ELBA-2026-7", "issued": "60 days ago" },
                                             { "name": "tzdata", "classification": "OTHER" } ] },
            { "name": "test-01", "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-1234" },
                                              { "name": "bash", "advisory": "ELBA-2026-7" } ] },
            { "name": "prod-01", "compartment": "Production", "rebootRequired": true,
              "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-1234" }, { "name": "tzdata", "classification": "OTHER" } ] },
            { "name": "web-01", "group": "web-servers", "compartment": "Production" },
            { "name": "old-01", "osFamily": "ORACLE_LINUX_8", "compartment": "Production" },
          ],
          "lifecycleEnvironments": [
            { "name": "ol9-app", "compartment": "Production",
              "stages": [
                { "name": "dev", "members": "dev-01" },
                { "name": "test", "members": [ "test-01" ], "content": { "name": "ol9-app-2026.10", "through": "30 days ago" } },
                { "name": "prod", "members": [ "prod-01" ], "content": { "name": "ol9-app-2026.10" } },
              ] },
          ],
          "dynamicSets": [
            { "name": "needs-reboot", "rule": { "rebootRequired": true } },
            { "name": "ol8-or-web", "match": "ANY", "compartments": [ "Production" ], "includeChildren": false,
              "rule": { "osFamilies": [ "ORACLE_LINUX_8" ], "groups": [ "web-servers" ] } },
          ],
        }
        """;

    private static FleetModel Build(string json) => FleetFileBuilder.Build(FleetFileReader.Parse(json, "fleet.json"), 7, FleetSource.DefaultTenancyId(7), Now);

    [Fact]
    public void StagesTakeTheirMembersInOrderAndAStageThatNamesNoContentHoldsEveryUpdate()
    {
        var fleet = Build(Fleet);
        var environment = Assert.Single(fleet.LifecycleEnvironments);
        Assert.Equal(new[] { ("dev", 1), ("test", 2), ("prod", 3) }, environment.Stages.Select(s => (s.DisplayName, s.Rank)));
        Assert.Equal(OsRelease.OracleLinux(9), environment.Release);
        Assert.Equal(fleet.Compartments.Single(c => c.Name == "Production").Id, environment.CompartmentId);
        var dev = fleet.Instances.Single(i => i.DisplayName == "dev-01");
        Assert.Equal(environment.Stages[0].Id, dev.LifecycleStageId);
        Assert.Equal(3, dev.PackageUpdates.Count);
        Assert.Empty(dev.WithheldUpdates);
        Assert.True(environment.Stages[0].Content!.HoldsEverything);
    }

    [Fact]
    public void ContentThroughADateWithholdsTheAdvisoriesIssuedSinceAndStagesNamingOneContentShareIt()
    {
        var fleet = Build(Fleet);
        var stages = fleet.LifecycleEnvironments[0].Stages;
        Assert.Same(stages[1].Content, stages[2].Content);
        Assert.Equal("ol9-app-2026.10", stages[1].Content!.DisplayName);
        var test = fleet.Instances.Single(i => i.DisplayName == "test-01");
        Assert.Equal(new[] { "bash" }, test.PackageUpdates.Select(u => u.PackageName));
        Assert.Equal(new[] { "openssl-libs" }, test.WithheldUpdates.Select(u => u.PackageName));
        var prod = fleet.Instances.Single(i => i.DisplayName == "prod-01");
        Assert.Equal(new[] { "tzdata" }, prod.PackageUpdates.Select(u => u.PackageName));
    }

    [Fact]
    public void PromotingContentMakesItsUpdatesAvailableAndLeavingAStageGivesEveryUpdateBack()
    {
        var fleet = Build(Fleet);
        var test = fleet.Instances.Single(i => i.DisplayName == "test-01");
        StageContent.Apply(test, fleet.LifecycleEnvironments[0].Stages[0].Content);
        Assert.Equal(new[] { "bash", "openssl-libs" }, test.PackageUpdates.Select(u => u.PackageName).Order());
        StageContent.Apply(test, null);
        Assert.Empty(test.PackageUpdates);
        StageContent.Release(test);
        Assert.Equal(2, test.PackageUpdates.Count);
        Assert.Empty(test.WithheldUpdates);
    }

    [Fact]
    public void DynamicSetsKeepTheirRuleScopeAndMatchType()
    {
        var fleet = Build(Fleet);
        var reboot = fleet.DynamicSets.Single(s => s.DisplayName == "needs-reboot");
        Assert.True(reboot.MatchesAll);
        Assert.Equal(new[] { new SetScope(fleet.TenancyId, true) }, reboot.Scopes);
        Assert.True(reboot.Rule.RebootRequired);
        Assert.Null(reboot.Rule.Releases);
        var any = fleet.DynamicSets.Single(s => s.DisplayName == "ol8-or-web");
        Assert.False(any.MatchesAll);
        Assert.Equal(new[] { OsRelease.OracleLinux(8) }, any.Rule.Releases);
        Assert.Equal(new[] { fleet.ReleaseGroups.Single().Id }, any.Rule.GroupIds);
        Assert.Equal(new[] { new SetScope(fleet.Compartments.Single(c => c.Name == "Production").Id, false) }, any.Scopes);
    }

    [Theory]
    [InlineData("""{ "lifecycleEnvironments": [ { "stages": [ { "name": "dev" } ] } ] }""", "$.lifecycleEnvironments[0]", "needs a name")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e" } ] }""", "$.lifecycleEnvironments[0]", "needs its stages")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "stages": [ {"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"},{"name":"e"},{"name":"f"} ] } ] }""",
        "$.lifecycleEnvironments[0].stages", "at most 5")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev" }, { "name": "DEV" } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[1].name", "already has a stage 'DEV'")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "osFamily": "WINDOWS_SERVER_2022", "stages": [ { "name": "dev" } ] } ] }""",
        "$.lifecycleEnvironments[0].osFamily", "hold Oracle Linux instances")]
    [InlineData("""{ "instances": [ { "name": "web-01" } ], "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "members": [ "web-1" ] } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[0].members[0]", "did you mean 'web-01'")]
    [InlineData("""{ "instances": [ { "name": "a" } ], "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "members": "a" }, { "name": "test", "members": "a" } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[1].members[0]", "one lifecycle stage at most")]
    [InlineData("""{ "groups": [ { "name": "g" } ], "instances": [ { "name": "a", "group": "g" } ], "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "members": "a" } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[0].members[0]", "in a group or a lifecycle stage, not both")]
    [InlineData("""{ "instances": [ { "name": "a" }, { "name": "b", "osFamily": "ORACLE_LINUX_8" } ], "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "members": [ "a", "b" ] } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[0].members[1]", "share one OS version and location")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "content": { "name": "v1", "advisories": "ELSA-1" } } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[0].content.advisories", "no update of the file names advisory 'ELSA-1'")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "content": { "name": "v1", "through": "now" } }, { "name": "test", "content": { "name": "v1", "through": "now" } } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[1].content", "described at an earlier stage already")]
    [InlineData("""{ "lifecycleEnvironments": [ { "name": "e", "stages": [ { "name": "dev", "content": { "name": "v1", "thru": "now" } } ] } ] }""",
        "$.lifecycleEnvironments[0].stages[0].content.thru", "The fields are id, name, through, advisories, packages")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "match": "SOME" } ] }""", "$.dynamicSets[0].match", "ALL or ANY")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "rule": { "statuses": "ASLEEP" } } ] }""", "$.dynamicSets[0].rule.statuses", "Use NORMAL, UNREACHABLE, ERROR or WARNING")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "rule": { "osNames": "UBUNTU" } } ] }""", "$.dynamicSets[0].rule.osNames", "ORACLE_LINUX or WINDOWS_SERVER")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "rule": { "groups": "web" } } ] }""", "$.dynamicSets[0].rule.groups", "there is no group 'web'")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "compartments": [ "Nowhere" ] } ] }""", "$.dynamicSets[0].compartments[0]", "there is no compartment 'Nowhere'")]
    [InlineData("""{ "dynamicSets": [ { "name": "s" }, { "name": "S" } ] }""", "$.dynamicSets[1].name", "already a dynamic set 'S'")]
    [InlineData("""{ "dynamicSets": [ { "name": "s", "rule": { "rebootNeeded": true } } ] }""", "$.dynamicSets[0].rule.rebootNeeded", "rebootRequired")]
    public void AUnitMistakeIsReportedWithItsPathAndTheFix(string json, string path, string fix)
    {
        var error = Assert.Throws<FleetFileException>(() => FleetFileReader.Parse(json, "fleet.json"));
        var problem = Assert.Single(error.Problems, p => p.StartsWith(path + ":", StringComparison.Ordinal));
        Assert.Contains(fix, problem);
    }
}

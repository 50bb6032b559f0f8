using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Tests.Support;
using OsManagement.Shared;

namespace OsManagement.Emulator.Tests.FleetFile;

/// <summary>A fleet file's scheduled jobs: read and checked with the rest, built onto the fleet's ids, served by OS Management Hub.</summary>
public sealed class FleetFileJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private const string Fleet = """
        {
          "compartments": [ { "name": "Production", "compartments": [ { "name": "web" } ] } ],
          "groups": [ { "name": "web-servers" } ],
          "instances": [
            { "name": "web-01", "group": "web-servers", "compartment": "Production/web" },
            { "name": "dev-01" },
            { "name": "win-01", "osFamily": "WINDOWS_SERVER_2022" },
          ],
          "lifecycleEnvironments": [ { "name": "ol9", "stages": [ { "name": "dev", "members": "dev-01" }, { "name": "prod" } ] } ],
          "dynamicSets": [ { "name": "windows", "rule": { "osNames": [ "WINDOWS_SERVER" ] } } ],
          "jobs": [
            { "name": "sunday-patch", "compartment": "Production", "schedule": "RECURRING", "nextRun": "in 2 days",
              "recurrence": "FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0", "operations": [ { "type": "UPDATE_SECURITY" } ],
              "targets": { "groups": [ "web-servers" ] } },
            { "name": "web-subtree", "nextRun": "2026-12-01T02:00:00Z", "operations": { "type": "UPDATE_ALL" },
              "targets": { "compartments": [ "Production" ], "includeSubcompartments": true } },
            { "name": "one-box", "nextRun": "in 6 hours", "operations": [ { "type": "INSTALL_PACKAGES", "packages": [ "tmux" ] } ],
              "targets": { "instances": [ "dev-01" ] } },
            { "name": "promote", "nextRun": "in 1 day", "operations": [ { "type": "PROMOTE_LIFECYCLE" } ], "targets": { "stages": [ "ol9/prod" ] } },
            { "name": "win", "nextRun": "in 1 day", "operations": [ { "type": "INSTALL_SECURITY_WINDOWS_UPDATES" } ], "targets": { "dynamicSets": "windows" } },
          ],
        }
        """;

    private static FleetModel Build(string json) => FleetFileBuilder.Build(FleetFileReader.Parse(json, "fleet.json"), 7, FleetSource.DefaultTenancyId(7), Now);

    [Fact]
    public void JobsNameTheirTargetsByTheFilesNamesAndGetTheFleetsIds()
    {
        var fleet = Build(Fleet);
        Assert.Equal(new[] { "sunday-patch", "web-subtree", "one-box", "promote", "win" }, fleet.Jobs.Select(j => j.DisplayName));
        var production = fleet.Compartments.Single(c => c.Name == "Production").Id;

        var sunday = fleet.Jobs[0];
        Assert.True(sunday.Recurring);
        Assert.Equal(Now.AddDays(2), sunday.NextRun);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0", sunday.Rule);
        Assert.Equal(production, sunday.CompartmentId);
        Assert.Equal(new[] { fleet.ReleaseGroups.Single().Id }, sunday.GroupIds);
        Assert.Equal("UPDATE_SECURITY", Assert.Single(sunday.Operations).Type);

        var subtree = fleet.Jobs[1];
        Assert.False(subtree.Recurring);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), subtree.NextRun);
        Assert.Equal(fleet.TenancyId, subtree.CompartmentId);
        Assert.Equal(new[] { production }, subtree.CompartmentIds);
        Assert.True(subtree.IncludeSubcompartments);

        Assert.Equal(new[] { fleet.Instances.Single(i => i.DisplayName == "dev-01").Id }, fleet.Jobs[2].InstanceIds);
        Assert.Equal(new[] { "tmux" }, fleet.Jobs[2].Operations[0].Packages);
        Assert.Null(fleet.Jobs[2].IncludeSubcompartments);
        Assert.Equal(new[] { fleet.LifecycleEnvironments[0].Stages[1].Id }, fleet.Jobs[3].StageIds);
        Assert.Equal(new[] { fleet.DynamicSets[0].Id }, fleet.Jobs[4].SetIds);
    }

    [Fact]
    public void AJobsIdIsKeptAndTheSameFileAndSeedGiveTheSameIdsOtherwise()
    {
        var withId = Fleet.Replace("\"name\": \"one-box\",", "\"name\": \"one-box\", \"id\": \"ocid1.osmhscheduledjob.oc1.iad.aaaaonebox\",", StringComparison.Ordinal);
        Assert.Equal("ocid1.osmhscheduledjob.oc1.iad.aaaaonebox", Build(withId).Jobs[2].Id);
        Assert.Equal(Build(Fleet).Jobs.Select(j => j.Id), Build(Fleet).Jobs.Select(j => j.Id));
    }

    [Theory]
    [InlineData("""{ "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""", "$.jobs[0]", "a job needs a name")]
    [InlineData("""{ "name": "j", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""", "$.jobs[0]", "needs its next run")]
    [InlineData("""{ "name": "j", "nextRun": "soon", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""", "$.jobs[0].nextRun", "\"in 2 days\"")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "targets": { "instances": "a" } }""", "$.jobs[0]", "needs its operations")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "SYNC_MANAGEMENT_STATION_MIRROR" }, "targets": { "instances": "a" } }""",
        "$.jobs[0].operations.type", "UPDATE_SECURITY")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" } }""", "$.jobs[0]", "needs its targets")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a", "groups": "g" } }""",
        "$.jobs[0].targets", "names instances and groups; an OS Management Hub job runs on one kind of target")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "nobody" } }""",
        "$.jobs[0].targets.instances[0]", "there is no instance 'nobody'")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "stages": "ol9/qa" } }""",
        "$.jobs[0].targets.stages[0]", "\"environment/stage\"")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a", "includeSubcompartments": true } }""",
        "$.jobs[0].targets.includeSubcompartments", "only to a job that runs on compartments")]
    [InlineData("""{ "name": "j", "schedule": "RECURRING", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""",
        "$.jobs[0]", "needs its rule")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "recurrence": "FREQ=SOMETIMES", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""",
        "$.jobs[0].recurrence", "FREQ")]
    [InlineData("""{ "name": "j", "schedule": "ONETIME", "nextRun": "in 1 day", "recurrence": "FREQ=DAILY", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" } }""",
        "$.jobs[0].recurrence", "has no recurrence")]
    [InlineData("""{ "name": "j", "nextRun": "in 1 day", "operations": { "type": "UPDATE_ALL" }, "targets": { "instances": "a" }, "tags": {} }""",
        "$.jobs[0].tags", "is not a field of a job")]
    public void AJobsMistakeIsNamedWithItsPathAndTheFix(string job, string path, string expected)
    {
        var json = $$"""{ "instances": [ { "name": "a" } ], "lifecycleEnvironments": [ { "name": "ol9", "stages": [ { "name": "dev" } ] } ], "jobs": [ {{job}} ] }""";
        var error = Assert.Throws<FleetFileException>(() => FleetFileReader.Parse(json, "fleet.json"));
        var problem = Assert.Single(error.Problems, p => p.StartsWith(path + ":", StringComparison.Ordinal));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    /// <summary>Export-OsmFleet writes the names of src/Shared/FleetFileVocabulary.cs: every one of them is a field the reader takes where it is written.</summary>
    [Fact]
    public void EveryNameOfTheSharedVocabularyIsReadWhereTheExportWritesIt()
    {
        static string Q(string s) => JsonSerializer.Serialize(s);
        var f = typeof(FleetFileFields);
        var json = new StringBuilder();
        json.Append($$"""
            { {{Q(FleetFileFields.TenancyId)}}: "ocid1.tenancy.oc1..aaaatenancy", {{Q(FleetFileFields.TenancyName)}}: "t",
              {{Q(FleetFileFields.Compartments)}}: [ { {{Q(FleetFileFields.Id)}}: "ocid1.compartment.oc1..aaaaprod", {{Q(FleetFileFields.Name)}}: "Production",
                  {{Q(FleetFileFields.Description)}}: "d", {{Q(FleetFileFields.LifecycleState)}}: "ACTIVE" } ],
              {{Q(FleetFileFields.Groups)}}: [ { {{Q(FleetFileFields.Name)}}: "g", {{Q(FleetFileFields.Compartment)}}: "ocid1.compartment.oc1..aaaaprod",
                  {{Q(FleetFileFields.OsFamily)}}: "ORACLE_LINUX_9" } ],
              {{Q(FleetFileFields.Instances)}}: [
                { {{Q(FleetFileFields.Name)}}: "a", {{Q(FleetFileFields.OsFamily)}}: "ORACLE_LINUX_9", {{Q(FleetFileFields.OsName)}}: "Oracle Linux Server",
                  {{Q(FleetFileFields.OsVersion)}}: "9.5", {{Q(FleetFileFields.Kernel)}}: "5.15.0", {{Q(FleetFileFields.Status)}}: "{{FleetFileValues.Statuses[1]}}",
                  {{Q(FleetFileFields.Group)}}: "g", {{Q(FleetFileFields.Location)}}: "OCI_COMPUTE", {{Q(FleetFileFields.LastCheckin)}}: "2026-11-20T00:00:00Z",
                  {{Q(FleetFileFields.LastBoot)}}: "2026-11-01T00:00:00Z", {{Q(FleetFileFields.RebootRequired)}}: true, {{Q(FleetFileFields.FailsUpdates)}}: false, {{Q(FleetFileFields.Region)}}: "us-ashburn-1",
                  {{Q(FleetFileFields.Updates)}}: [ { {{Q(FleetFileFields.Name)}}: "openssl", {{Q(FleetFileFields.Classification)}}: "SECURITY",
                    {{Q(FleetFileFields.Cves)}}: [ "CVE-2026-1111" ], {{Q(FleetFileFields.Advisory)}}: "ELSA-2026-1", {{Q(FleetFileFields.Severity)}}: "LOW",
                    {{Q(FleetFileFields.Issued)}}: "2026-11-01T00:00:00Z", {{Q(FleetFileFields.Version)}}: "1-2", {{Q(FleetFileFields.InstalledVersion)}}: "1-1",
                    {{Q(FleetFileFields.Architecture)}}: "x86_64" } ] },
                { {{Q(FleetFileFields.Name)}}: "b", {{Q(FleetFileFields.OsFamily)}}: "{{FleetFileValues.Linux}}" },
                { {{Q(FleetFileFields.Name)}}: "w", {{Q(FleetFileFields.OsFamily)}}: "{{FleetFileValues.Windows}}",
                  {{Q(FleetFileFields.Updates)}}: [ { {{Q(FleetFileFields.Name)}}: "KB1 update", {{Q(FleetFileFields.Kb)}}: "KB1",
                    {{Q(FleetFileFields.UpdateId)}}: "8d3f1e2a-5c4b-4f6e-9a7d-1b2c3d4e5f60", {{Q(FleetFileFields.RebootRequired)}}: true } ] } ],
              {{Q(FleetFileFields.LifecycleEnvironments)}}: [ { {{Q(FleetFileFields.Name)}}: "e", {{Q(FleetFileFields.Location)}}: "OCI_COMPUTE",
                  {{Q(FleetFileFields.Stages)}}: [ { {{Q(FleetFileFields.Id)}}: "ocid1.osmhlifecyclestage.oc1.iad.aaaas", {{Q(FleetFileFields.Name)}}: "dev",
                    {{Q(FleetFileFields.Members)}}: [ "b" ], {{Q(FleetFileFields.Content)}}: { {{Q(FleetFileFields.Name)}}: "c" } } ] } ],
              {{Q(FleetFileFields.DynamicSets)}}: [ { {{Q(FleetFileFields.Name)}}: "s", {{Q(FleetFileFields.Match)}}: "{{FleetFileValues.MatchAny}}",
                  {{Q(FleetFileFields.Compartments)}}: [ "ocid1.compartment.oc1..aaaaprod" ], {{Q(FleetFileFields.IncludeChildren)}}: false,
                  {{Q(FleetFileFields.Rule)}}: { {{Q(FleetFileFields.OsFamilies)}}: [ "ORACLE_LINUX_9" ], {{Q(FleetFileFields.OsNames)}}: [ "ORACLE_LINUX" ],
                    {{Q(FleetFileFields.Architectures)}}: [ "X86_64" ], {{Q(FleetFileFields.Statuses)}}: [ "NORMAL" ], {{Q(FleetFileFields.Locations)}}: [ "OCI_COMPUTE" ],
                    {{Q(FleetFileFields.DisplayNames)}}: [ "a" ], {{Q(FleetFileFields.Instances)}}: [ "a" ], {{Q(FleetFileFields.Groups)}}: [ "g" ],
                    {{Q(FleetFileFields.RebootRequired)}}: true } } ],
              {{Q(FleetFileFields.Jobs)}}: [
                { {{Q(FleetFileFields.Name)}}: "j", {{Q(FleetFileFields.Description)}}: "d", {{Q(FleetFileFields.Compartment)}}: "ocid1.compartment.oc1..aaaaprod",
                  {{Q(FleetFileFields.Schedule)}}: "{{FleetFileValues.Recurring}}", {{Q(FleetFileFields.NextRun)}}: "2026-12-06T03:00:00Z",
                  {{Q(FleetFileFields.Recurrence)}}: "FREQ=DAILY", {{Q(FleetFileFields.Operations)}}: [ { {{Q(FleetFileFields.OperationType)}}: "INSTALL_PACKAGES",
                    {{Q(FleetFileFields.Packages)}}: [ "tmux" ], {{Q(FleetFileFields.WindowsUpdates)}}: [] } ],
                  {{Q(FleetFileFields.Targets)}}: { {{Q(FleetFileFields.Compartments)}}: [ "ocid1.tenancy.oc1..aaaatenancy" ], {{Q(FleetFileFields.IncludeSubcompartments)}}: true } },
                { {{Q(FleetFileFields.Name)}}: "k", {{Q(FleetFileFields.Schedule)}}: "{{FleetFileValues.OneTime}}", {{Q(FleetFileFields.NextRun)}}: "in 1 day",
                  {{Q(FleetFileFields.Operations)}}: [ { {{Q(FleetFileFields.OperationType)}}: "PROMOTE_LIFECYCLE" } ],
                  {{Q(FleetFileFields.Targets)}}: { {{Q(FleetFileFields.Stages)}}: [ "ocid1.osmhlifecyclestage.oc1.iad.aaaas" ] } },
                { {{Q(FleetFileFields.Name)}}: "l", {{Q(FleetFileFields.NextRun)}}: "in 1 day", {{Q(FleetFileFields.Operations)}}: [ { {{Q(FleetFileFields.OperationType)}}: "REBOOT" } ],
                  {{Q(FleetFileFields.Targets)}}: { {{Q(FleetFileFields.DynamicSets)}}: [ "s" ] } } ]
            }
            """);
        var document = FleetFileReader.Parse(json.ToString(), "every-name.json");
        Assert.Equal(3, document.Jobs.Count);
        Assert.Equal(3, document.Instances.Count);
        // Every name is used above: a name added to the vocabulary and not to this file fails here.
        var used = f.GetFields().Select(field => (string)field.GetValue(null)!).Where(name => !json.ToString().Contains($"\"{name}\"", StringComparison.Ordinal)).ToList();
        Assert.Empty(used);
    }

    /// <summary>Every operation a fleet file's job may name is one OS Management Hub's emulator carries out.</summary>
    [Fact]
    public void TheJobOperationsAFleetFileTakesAreTheOnesTheEmulatorCarriesOut() =>
        Assert.Equal(Apis.Hub.HubVocabulary.EmulatedOperations.Order(), FleetFileValues.JobOperations.Order());

    [Fact]
    public async Task HubServesTheFilesJobsAndAResetBringsThemBackWithARecurringOneMovedPastTheClock()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=3,compartments=1,depth=1,groups=1");
        // The one-time job's absolute time would have passed (and the job run) on a real clock: in 3 days here.
        var fleet = Fleet.Replace("\"nextRun\": \"in 2 days\"", "\"nextRun\": \"20 days ago\"", StringComparison.Ordinal)
            .Replace("\"2026-12-01T02:00:00Z\"", "\"in 3 days\"", StringComparison.Ordinal);
        using (var posted = await server.Unsigned.PostAsync("/_emulator/fleet", new StringContent(fleet, Encoding.UTF8, "application/json")))
        {
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
        var now = DateTimeOffset.Parse((await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet")).GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var jobs = await ListJobsAsync(server);
        Assert.Equal(new[] { "one-box", "promote", "sunday-patch", "web-subtree", "win" }, jobs.Select(j => j.GetProperty("displayName").GetString()).Order());
        var sunday = jobs.Single(j => j.GetProperty("displayName").GetString() == "sunday-patch");
        var next = sunday.GetProperty("timeNextExecution").GetDateTimeOffset();
        Assert.True(next > now && next <= now.AddDays(7), $"next run {next:o} is not the next Sunday 03:00 after {now:o}");
        Assert.Equal(DayOfWeek.Sunday, next.UtcDateTime.DayOfWeek);
        Assert.Equal(3, next.UtcDateTime.Hour);

        await server.AdminAsync(HttpMethod.Post, "/_emulator/reset");
        Assert.Equal(5, (await ListJobsAsync(server)).Count);
    }

    private static async Task<List<JsonElement>> ListJobsAsync(EmulatorServer server)
    {
        var listed = await server.GetJsonAsync($"/20220901/scheduledJobs?compartmentId={server.TenancyId}&compartmentIdInSubtree=true&lifecycleState=ACTIVE");
        return listed.GetProperty("items").EnumerateArray().ToList();
    }
}

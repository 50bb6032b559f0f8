using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Platform.Regions;
using OsManagement.Emulator.Platform.Startup;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>
/// An emulator of several regions (--regions): one endpoint per region, each serving only its region's instances and
/// the work made there; compartments and Identity's region subscriptions (home first) at every endpoint.
/// </summary>
public sealed class RegionServerTests
{
    private static readonly string[] Regions = { "us-ashburn-1", "eu-frankfurt-1", "uk-london-1" };

    [Fact]
    public void Regions_are_read_as_ids_each_once_home_first()
    {
        Assert.Equal(Regions, EmulatorOptions.Parse(new[] { "--state-dir", "x", "--regions", "us-ashburn-1, EU-Frankfurt-1,uk-london-1" }).Regions);
        Assert.Equal(new[] { "us-ashburn-1" }, EmulatorOptions.Parse(new[] { "--state-dir", "x" }).Regions);
        string Refused(string regions) =>
            Assert.Throws<FormatException>(() => EmulatorOptions.Parse(new[] { "--state-dir", "x", "--regions", regions })).Message;
        Assert.Contains("twice", Refused("fra-x-1,fra-x-1"));
        Assert.Contains("'iad' is not a region id", Refused("iad"));
    }

    private static HttpClient At(EmulatorServer server, string endpoint) => new(server.Signer, disposeHandler: false) { BaseAddress = new Uri(endpoint) };

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Dictionary<string, string>> EndpointsAsync(EmulatorServer server)
    {
        var descriptor = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.StateDir, "emulator.json"))).RootElement;
        Assert.Equal("us-ashburn-1", descriptor.GetProperty("region").GetString());
        return descriptor.GetProperty("regions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    [Fact]
    public async Task Each_regions_endpoint_serves_its_own_instances_and_the_tenancys_compartments()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=9,compartments=2", "--regions", string.Join(",", Regions));
        var endpoints = await EndpointsAsync(server);
        Assert.Equal(Regions, endpoints.Keys);
        Assert.Equal(server.Running.Endpoint, endpoints["us-ashburn-1"]);
        Assert.Equal(3, endpoints.Values.Distinct().Count());

        var seen = new Dictionary<string, List<string>>();
        foreach (var (region, endpoint) in endpoints)
        {
            using var client = At(server, endpoint);
            var items = (await Json(client, "/20220901/managedInstances?limit=1000")).GetProperty("items");
            seen[region] = items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            var compartments = await Json(client, $"/20160918/compartments?compartmentId={server.TenancyId}&compartmentIdInSubtree=true");
            Assert.Equal(2, compartments.GetArrayLength());
        }
        // Each region has a share (units in turn, each instance in its unit's region, the others in turn), and no instance is in two.
        Assert.All(seen.Values, ids => Assert.NotEmpty(ids));
        Assert.Equal(seen.Values.Sum(ids => ids.Count), seen.Values.SelectMany(ids => ids).Distinct().Count());
        Assert.True(seen.Values.Sum(ids => ids.Count) >= 9);

        using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
        using var ashburnsOwn = await frankfurt.GetAsync($"/20220901/managedInstances/{seen["us-ashburn-1"][0]}");
        Assert.Equal(HttpStatusCode.NotFound, ashburnsOwn.StatusCode);
        using var classic = await frankfurt.GetAsync($"/20190801/managedInstances/{seen["us-ashburn-1"][0]}");
        Assert.Equal(HttpStatusCode.NotFound, classic.StatusCode);
    }

    [Fact]
    public async Task Groups_environments_and_sets_live_in_one_region_with_that_regions_instances_and_are_found_there_only()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=60,groups=4", "--regions", string.Join(",", Regions));
        var endpoints = await EndpointsAsync(server);
        var groupsSeen = new List<string>();
        var environmentsSeen = new List<string>();
        var setsSeen = new List<string>();
        foreach (var (region, endpoint) in endpoints)
        {
            using var client = At(server, endpoint);
            var instances = (await Json(client, "/20220901/managedInstances?limit=1000")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetString()!).ToHashSet();
            foreach (var group in (await Json(client, "/20220901/managedInstanceGroups?limit=1000")).GetProperty("items").EnumerateArray())
            {
                var id = group.GetProperty("id").GetString()!;
                groupsSeen.Add(id);
                var members = (await Json(client, $"/20220901/managedInstanceGroups/{id}")).GetProperty("managedInstanceIds").EnumerateArray().Select(m => m.GetString()!);
                Assert.All(members, m => Assert.Contains(m, instances));
            }
            foreach (var environment in (await Json(client, "/20220901/lifecycleEnvironments?limit=1000")).GetProperty("items").EnumerateArray())
            {
                environmentsSeen.Add(environment.GetProperty("id").GetString()!);
            }
            foreach (var stage in (await Json(client, "/20220901/lifecycleStages?limit=1000")).GetProperty("items").EnumerateArray())
            {
                var members = (await Json(client, $"/20220901/managedInstances?lifecycleStageId={stage.GetProperty("id").GetString()}&limit=1000")).GetProperty("items");
                Assert.All(members.EnumerateArray(), m => Assert.Contains(m.GetProperty("id").GetString()!, instances));
            }
            foreach (var set in (await Json(client, "/20220901/dynamicSets?limit=1000")).GetProperty("items").EnumerateArray())
            {
                var id = set.GetProperty("id").GetString()!;
                setsSeen.Add(id);
                var members = (await Json(client, $"/20220901/dynamicSets/{id}/managedInstances?limit=1000")).GetProperty("items");
                Assert.All(members.EnumerateArray(), m => Assert.Contains(m.GetProperty("id").GetString()!, instances));
            }
            // The retired API's groups too.
            foreach (var group in (await Json(client, $"/20190801/managedInstanceGroups?compartmentId={server.TenancyId}&limit=1000")).EnumerateArray())
            {
                var members = (await Json(client, $"/20190801/managedInstanceGroups/{group.GetProperty("id").GetString()}")).GetProperty("managedInstances");
                Assert.All(members.EnumerateArray(), m => Assert.Contains(m.GetProperty("id").GetString()!, instances));
            }
        }
        var truth = await server.GetJsonAsync("/_emulator/fleet");
        // Each unit in exactly one region, and every region has some.
        Assert.Equal(truth.GetProperty("hubGroups").EnumerateArray().Select(g => g.GetProperty("id").GetString()!).OrderBy(x => x), groupsSeen.OrderBy(x => x));
        Assert.Equal(truth.GetProperty("lifecycleEnvironments").GetArrayLength(), environmentsSeen.Distinct().Count());
        Assert.Equal(environmentsSeen.Count, environmentsSeen.Distinct().Count());
        Assert.Equal(truth.GetProperty("dynamicSets").GetArrayLength(), setsSeen.Count);
        Assert.Equal(setsSeen.Count, setsSeen.Distinct().Count());
        Assert.Equal(Regions.OrderBy(r => r), truth.GetProperty("hubGroups").EnumerateArray().Select(g => g.GetProperty("region").GetString()!).Distinct().OrderBy(r => r));

        // Another region's group is not found, and no job or action there can reach it or its instances.
        var frankfurtGroup = truth.GetProperty("hubGroups").EnumerateArray().First(g => g.GetProperty("region").GetString() == "eu-frankfurt-1");
        var frankfurtInstance = truth.GetProperty("instances").EnumerateArray().First(i => i.GetProperty("region").GetString() == "eu-frankfurt-1");
        using var london = At(server, endpoints["uk-london-1"]);
        using var get = await london.GetAsync($"/20220901/managedInstanceGroups/{frankfurtGroup.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        foreach (var target in new[] { $"\"managedInstanceGroupIds\": [\"{frankfurtGroup.GetProperty("id").GetString()}\"]",
                     $"\"managedInstanceIds\": [\"{frankfurtInstance.GetProperty("id").GetString()}\"]" })
        {
            using var job = await london.PostAsync("/20220901/scheduledJobs", new StringContent($$"""
                { "compartmentId": "{{server.TenancyId}}", "scheduleType": "ONETIME", "timeNextExecution": "{{DateTimeOffset.UtcNow.AddDays(1):yyyy-MM-ddTHH:mm:ssZ}}",
                  "operations": [ { "operationType": "UPDATE_SECURITY" } ], {{target}} }
                """, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
        }
        // The retired API's groups alike: read, or acted on, at another region's endpoint, none is found.
        var frankfurtFamilyGroup = truth.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("region").GetString() == "eu-frankfurt-1").GetProperty("id").GetString();
        using var classicGet = await london.GetAsync($"/20190801/managedInstanceGroups/{frankfurtFamilyGroup}");
        Assert.Equal(HttpStatusCode.NotFound, classicGet.StatusCode);
        using var classicAction = await london.PostAsync($"/20190801/managedInstanceGroups/{frankfurtFamilyGroup}/actions/updates/installAll", null);
        Assert.Equal(HttpStatusCode.NotFound, classicAction.StatusCode);
    }

    [Fact]
    public async Task A_group_made_in_a_region_lives_there_and_takes_only_its_instances()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=12,groups=0", "--regions", "us-ashburn-1,eu-frankfurt-1");
        var endpoints = await EndpointsAsync(server);
        var truth = await server.GetJsonAsync("/_emulator/fleet");
        string InstanceOf(string region) => truth.GetProperty("instances").EnumerateArray()
            .First(i => i.GetProperty("region").GetString() == region && i.GetProperty("osFamily").GetString() == "LINUX" && i.GetProperty("lifecycleStageId").ValueKind == JsonValueKind.Null)
            .GetProperty("id").GetString()!;
        using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
        async Task<HttpResponseMessage> Create(string member) => await frankfurt.PostAsync("/20220901/managedInstanceGroups", new StringContent($$"""
            { "compartmentId": "{{server.TenancyId}}", "displayName": "fra-web", "osFamily": "ORACLE_LINUX_9", "archType": "X86_64", "vendorName": "ORACLE",
              "softwareSourceIds": [], "managedInstanceIds": [ "{{member}}" ] }
            """, Encoding.UTF8, "application/json"));
        using var refused = await Create(InstanceOf("us-ashburn-1"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var made = await frankfurt.PostAsync("/20220901/managedInstanceGroups", new StringContent($$"""
            { "compartmentId": "{{server.TenancyId}}", "displayName": "fra-empty", "osFamily": "ORACLE_LINUX_9", "archType": "X86_64", "vendorName": "ORACLE", "softwareSourceIds": [] }
            """, Encoding.UTF8, "application/json"));
        Assert.True(made.IsSuccessStatusCode, await made.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Contains(id, (await Json(frankfurt, "/20220901/managedInstanceGroups?limit=1000")).GetProperty("items").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.DoesNotContain(id, (await server.GetJsonAsync("/20220901/managedInstanceGroups?limit=1000")).GetProperty("items").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_fleet_files_unit_is_in_the_region_it_names_or_its_members_and_one_that_straddles_two_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("osm-regions-").FullName;
        try
        {
            var file = Path.Combine(dir, "fleet.json");
            // The group names Frankfurt: its member that names no region is there too.
            await File.WriteAllTextAsync(file, """
                { "groups": [ { "name": "fra-db", "region": "eu-frankfurt-1" }, { "name": "iad-web" } ],
                  "instances": [ { "name": "db-01", "group": "fra-db" }, { "name": "web-01", "group": "iad-web" } ],
                  "dynamicSets": [ { "name": "fra-all", "region": "eu-frankfurt-1" } ] }
                """);
            await using (var server = await EmulatorServer.StartAsync("--fleet-file", file, "--regions", "us-ashburn-1,eu-frankfurt-1"))
            {
                var endpoints = await EndpointsAsync(server);
                using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
                Assert.Equal(new[] { "fra-db" }, (await Json(frankfurt, "/20220901/managedInstanceGroups")).GetProperty("items").EnumerateArray().Select(g => g.GetProperty("displayName").GetString()));
                Assert.Equal(new[] { "db-01" }, (await Json(frankfurt, "/20220901/managedInstances")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()));
                var set = (await Json(frankfurt, "/20220901/dynamicSets")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString();
                Assert.Equal(new[] { "db-01" }, (await Json(frankfurt, $"/20220901/dynamicSets/{set}/managedInstances")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()));
                Assert.Equal(new[] { "iad-web" }, (await server.GetJsonAsync("/20220901/managedInstanceGroups")).GetProperty("items").EnumerateArray().Select(g => g.GetProperty("displayName").GetString()));
            }
            await File.WriteAllTextAsync(file, """
                { "groups": [ { "name": "both" } ],
                  "instances": [ { "name": "a", "group": "both", "region": "eu-frankfurt-1" }, { "name": "b", "group": "both", "region": "us-ashburn-1" } ] }
                """);
            var error = await Assert.ThrowsAsync<FleetFileException>(() => EmulatorServer.StartAsync("--fleet-file", file, "--regions", "us-ashburn-1,eu-frankfurt-1"));
            Assert.Contains("group 'both' has members in eu-frankfurt-1 and us-ashburn-1", error.Message);
            await File.WriteAllTextAsync(file, """
                { "groups": [ { "name": "fra", "region": "eu-frankfurt-1" } ], "instances": [ { "name": "a", "group": "fra", "region": "us-ashburn-1" } ] }
                """);
            error = await Assert.ThrowsAsync<FleetFileException>(() => EmulatorServer.StartAsync("--fleet-file", file, "--regions", "us-ashburn-1,eu-frankfurt-1"));
            Assert.Contains("instance 'a' is in us-ashburn-1, but its group 'fra' is in eu-frankfurt-1", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Identity_lists_the_subscriptions_home_first_at_every_endpoint()
    {
        await using var server = await EmulatorServer.StartAsync("--regions", string.Join(",", Regions));
        foreach (var endpoint in (await EndpointsAsync(server)).Values)
        {
            using var client = At(server, endpoint);
            var subscriptions = await Json(client, $"/20160918/tenancies/{server.TenancyId}/regionSubscriptions");
            Assert.Equal(Regions, subscriptions.EnumerateArray().Select(s => s.GetProperty("regionName").GetString()));
            Assert.Equal(new[] { true, false, false }, subscriptions.EnumerateArray().Select(s => s.GetProperty("isHomeRegion").GetBoolean()));
            Assert.All(subscriptions.EnumerateArray(), s => Assert.Equal("READY", s.GetProperty("status").GetString()));
            Assert.Equal(new[] { "IAD", "FRA", "LHR" }, subscriptions.EnumerateArray().Select(s => s.GetProperty("regionKey").GetString()));
        }
        using var unknown = await server.Client.GetAsync("/20160918/tenancies/ocid1.tenancy.oc1..other/regionSubscriptions");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Work_asked_for_in_a_region_is_on_its_instances_and_listed_there_only()
    {
        var dir = Directory.CreateTempSubdirectory("osm-regions-").FullName;
        var file = Path.Combine(dir, "fleet.json");
        await File.WriteAllTextAsync(file, """
            { "instances": [
              { "name": "fra-1", "region": "eu-frankfurt-1", "updates": [ { "name": "openssl", "advisory": "ELSA-2026-0001", "severity": "IMPORTANT" } ] },
              { "name": "fra-2", "region": "eu-frankfurt-1", "updates": [ { "name": "openssl", "advisory": "ELSA-2026-0001", "severity": "IMPORTANT" } ] },
              { "name": "iad-1", "updates": [ { "name": "openssl", "advisory": "ELSA-2026-0001", "severity": "IMPORTANT" } ] } ] }
            """);
        await using var server = await EmulatorServer.StartAsync("--fleet-file", file, "--regions", string.Join(",", Regions));
        Directory.Delete(dir, recursive: true);
        var endpoints = await EndpointsAsync(server);
        using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
        using var ashburn = At(server, endpoints["us-ashburn-1"]);
        var body = new StringContent($"{{\"compartmentId\":\"{server.TenancyId}\"}}", Encoding.UTF8, "application/json");
        using var posted = await frankfurt.PostAsync("/20220901/managedInstances/actions/updatePackages", body);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        var parent = posted.Headers.GetValues("opc-work-request-id").Single();

        var there = (await Json(frankfurt, $"/20220901/workRequests?compartmentId={server.TenancyId}")).GetProperty("items").EnumerateArray().ToList();
        var here = (await Json(ashburn, $"/20220901/workRequests?compartmentId={server.TenancyId}")).GetProperty("items").EnumerateArray().ToList();
        var frankfurtInstances = (await Json(frankfurt, $"/20220901/managedInstances?compartmentId={server.TenancyId}")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToHashSet();

        Assert.Contains(there, w => w.GetProperty("id").GetString() == parent);
        Assert.Empty(here);
        var children = (await Json(frankfurt, $"/20220901/workRequests/{parent}")).GetProperty("childrenId").EnumerateArray().ToList();
        Assert.Equal(2, children.Count);
        foreach (var child in children)
        {
            var request = await Json(frankfurt, $"/20220901/workRequests/{child.GetString()}");
            var resources = request.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("identifier").GetString());
            Assert.Contains(resources, frankfurtInstances.Contains);
        }
        using var elsewhere = await ashburn.GetAsync($"/20220901/workRequests/{parent}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_fleet_files_instance_is_in_the_region_it_names_else_home_and_an_unserved_region_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("osm-regions-").FullName;
        try
        {
            var file = Path.Combine(dir, "fleet.json");
            await File.WriteAllTextAsync(file, """{ "instances": [ { "name": "web-01", "region": "eu-frankfurt-1" }, { "name": "web-02" } ] }""");
            await using (var server = await EmulatorServer.StartAsync("--fleet-file", file, "--regions", "us-ashburn-1,eu-frankfurt-1"))
            {
                var endpoints = await EndpointsAsync(server);
                using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
                var names = (await Json(frankfurt, $"/20220901/managedInstances?compartmentId={server.TenancyId}")).GetProperty("items")
                    .EnumerateArray().Select(i => i.GetProperty("displayName").GetString());
                Assert.Equal(new[] { "web-01" }, names);
                var home = (await server.GetJsonAsync($"/20220901/managedInstances?compartmentId={server.TenancyId}")).GetProperty("items")
                    .EnumerateArray().Select(i => i.GetProperty("displayName").GetString());
                Assert.Equal(new[] { "web-02" }, home);
            }
            var error = await Assert.ThrowsAsync<FleetFileException>(() => EmulatorServer.StartAsync("--fleet-file", file));
            Assert.Contains("region 'eu-frankfurt-1' is not one the emulator serves", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_fleet_loaded_while_running_keeps_the_regions_and_may_place_instances_in_any_of_them()
    {
        await using var server = await EmulatorServer.StartAsync("--regions", "us-ashburn-1,eu-frankfurt-1");
        var endpoints = await EndpointsAsync(server);
        using var loaded = await server.Unsigned.PostAsync("/_emulator/fleet",
            new StringContent("""{ "instances": [ { "name": "fra-01", "region": "eu-frankfurt-1" }, { "name": "iad-01" } ] }""",
                Encoding.UTF8, "application/json"));
        Assert.True(loaded.IsSuccessStatusCode, await loaded.Content.ReadAsStringAsync());
        using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
        var names = (await Json(frankfurt, "/20220901/managedInstances")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("displayName").GetString());
        Assert.Equal(new[] { "fra-01" }, names);

        using var refused = await server.Unsigned.PostAsync("/_emulator/fleet",
            new StringContent("""{ "instances": [ { "name": "nrt-01", "region": "ap-tokyo-1" } ] }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString();
        Assert.Contains("region 'ap-tokyo-1' is not one the emulator serves (us-ashburn-1, eu-frankfurt-1)", message);
    }

    [Fact]
    public void Region_keys_are_identitys_three_letters()
    {
        Assert.Equal("IAD", EmulatorRegions.KeyOf("us-ashburn-1"));
        Assert.Equal("SAN", EmulatorRegions.KeyOf("us-sanjose-1"));
    }
}

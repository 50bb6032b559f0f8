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
        // In turn over the regions: each has a share, none more than one over another, and no instance is in two.
        Assert.True(seen.Values.Max(ids => ids.Count) - seen.Values.Min(ids => ids.Count) <= 1, string.Join(", ", seen.Values.Select(ids => ids.Count)));
        Assert.Equal(seen.Values.Sum(ids => ids.Count), seen.Values.SelectMany(ids => ids).Distinct().Count());
        Assert.True(seen.Values.Sum(ids => ids.Count) >= 9);

        using var frankfurt = At(server, endpoints["eu-frankfurt-1"]);
        using var ashburnsOwn = await frankfurt.GetAsync($"/20220901/managedInstances/{seen["us-ashburn-1"][0]}");
        Assert.Equal(HttpStatusCode.NotFound, ashburnsOwn.StatusCode);
        using var classic = await frankfurt.GetAsync($"/20190801/managedInstances/{seen["us-ashburn-1"][0]}");
        Assert.Equal(HttpStatusCode.NotFound, classic.StatusCode);
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

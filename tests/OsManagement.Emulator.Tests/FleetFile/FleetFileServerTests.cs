using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests.FleetFile;

/// <summary>An emulator running a user's fleet file: both APIs serve it, reset returns to it, and one can be loaded at run time.</summary>
public sealed class FleetFileServerTests
{
    private static string WriteSample()
    {
        var path = Path.Combine(Path.GetTempPath(), "osm-fleet-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, FleetFileTests.Sample);
        return path;
    }

    private static async Task<EmulatorServer> StartWithSampleAsync()
    {
        var file = WriteSample();
        try
        {
            return await EmulatorServer.StartAsync("--fleet-file", file, "--seed", "11");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonElement Instance(JsonElement fleet, string name) =>
        fleet.GetProperty("instances").EnumerateArray().Single(i => i.GetProperty("displayName").GetString() == name);

    [Fact]
    public async Task BothApisAndIdentityServeTheFilesFleet()
    {
        await using var server = await StartWithSampleAsync();
        var fleet = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        var web01 = Instance(fleet, "web-01").GetProperty("id").GetString();
        const string web = "ocid1.compartment.oc1..aaaaaaaawebwebweb";

        var compartments = await server.GetJsonAsync($"/20160918/compartments?compartmentId={server.TenancyId}&compartmentIdInSubtree=true");
        Assert.Equal(new[] { "Old", "Production", "web" }, compartments.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());

        var classic = await server.GetJsonAsync($"/20190801/managedInstances?compartmentId={web}&sortBy=DISPLAYNAME");
        Assert.Equal(new[] { "web-01", "web-02" }, classic.EnumerateArray().Select(i => i.GetProperty("displayName").GetString()));
        var classicUpdates = await server.GetJsonAsync($"/20190801/managedInstances/{web01}/packages/updates");
        Assert.Equal(new[] { "BUG", "OTHER", "SECURITY", "SECURITY" }, classicUpdates.EnumerateArray().Select(u => u.GetProperty("updateType").GetString()).Order());

        var hub = await server.GetJsonAsync($"/20220901/managedInstances/{web01}");
        Assert.Equal("ORACLE_LINUX_9", hub.GetProperty("osFamily").GetString());
        Assert.Equal((2, 1, 1), (hub.GetProperty("securityUpdatesAvailable").GetInt32(), hub.GetProperty("bugUpdatesAvailable").GetInt32(), hub.GetProperty("otherUpdatesAvailable").GetInt32()));
        Assert.Equal("web-servers", hub.GetProperty("managedInstanceGroup").GetProperty("displayName").GetString());
        var packages = await server.GetJsonAsync($"/20220901/managedInstances/{web01}/updatablePackages?classificationType=SECURITY&advisorySeverity=CRITICAL");
        Assert.Equal("openssl-libs", Assert.Single(packages.GetProperty("items").EnumerateArray()).GetProperty("displayName").GetString());

        var now = DateTimeOffset.Parse((await server.AdminAsync(HttpMethod.Get, "/_emulator/clock")).GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var erratum = await server.GetJsonAsync($"/20220901/errata/ELSA-2026-1234?compartmentId={server.TenancyId}");
        Assert.Equal(new[] { "CVE-2026-1111", "CVE-2026-2222", "CVE-2026-3333" }, erratum.GetProperty("relatedCves").EnumerateArray().Select(c => c.GetString()));
        Assert.InRange(now - erratum.GetProperty("timeIssued").GetDateTimeOffset(), TimeSpan.FromDays(45), TimeSpan.FromDays(45) + TimeSpan.FromMinutes(5));

        var groups = await server.GetJsonAsync($"/20220901/managedInstanceGroups?displayName=web-servers");
        Assert.Equal(2, Assert.Single(groups.GetProperty("items").EnumerateArray()).GetProperty("managedInstanceCount").GetInt32());
        var production = compartments.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Production").GetProperty("id").GetString();
        var classicGroups = await server.GetJsonAsync($"/20190801/managedInstanceGroups?compartmentId={production}");
        Assert.Equal("web-servers", Assert.Single(classicGroups.EnumerateArray()).GetProperty("displayName").GetString());

        var windows = Instance(fleet, "WIN-01").GetProperty("id").GetString();
        var windowsUpdates = await server.GetJsonAsync($"/20220901/managedInstances/{windows}/availableWindowsUpdates");
        Assert.Contains(windowsUpdates.GetProperty("items").EnumerateArray(), u => u.GetProperty("name").GetString()!.Contains("KB5046616", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetGoesBackToTheFilesFleetWithTheSameIds()
    {
        await using var server = await StartWithSampleAsync();
        var before = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        // web-01 is a member of web-servers: its content is changed through the group.
        var group = Instance(before, "web-01").GetProperty("hubGroupId").GetString();
        using (var action = await server.Client.PostAsync($"/20220901/managedInstanceGroups/{group}/actions/updateAllPackages",
            new StringContent("""{"updateTypes":["ALL"]}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Accepted, action.StatusCode);
        }
        await server.AdminAsync(HttpMethod.Post, "/_emulator/clock/advance?by=PT5M");
        Assert.Empty(Instance(await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet"), "web-01").GetProperty("updates").EnumerateArray());

        await server.AdminAsync(HttpMethod.Post, "/_emulator/reset");

        var after = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        Assert.Equal(4, Instance(after, "web-01").GetProperty("updates").GetArrayLength());
        string Ids(JsonElement f) => string.Join(",", f.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(Ids(before), Ids(after));
        Assert.Empty((await server.GetJsonAsync("/20220901/workRequests")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AFleetPostedToARunningEmulatorReplacesTheGeneratedOneAndResetKeepsIt()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=5,compartments=2,depth=1,groups=1");
        var loaded = await PostFleetAsync(server, FleetFileTests.Sample);
        Assert.Equal(HttpStatusCode.OK, loaded.Status);
        Assert.Equal(server.TenancyId, loaded.Body.GetProperty("tenancyId").GetString());
        Assert.Equal(new[] { "web-01", "web-02", "WIN-01", "db-01" }, loaded.Body.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()));
        var listed = await server.GetJsonAsync("/20220901/managedInstances");
        Assert.Equal(4, listed.GetProperty("items").GetArrayLength());

        await server.AdminAsync(HttpMethod.Post, "/_emulator/reset");
        Assert.Equal(4, (await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet")).GetProperty("instances").GetArrayLength());
    }

    [Fact]
    public async Task APostedFleetWithMistakesIs400AndLeavesTheFleetAlone()
    {
        await using var server = await EmulatorServer.StartAsync("--fleet", "instances=5,compartments=2,depth=1,groups=1");
        var refused = await PostFleetAsync(server, """{ "instances": [ { "osFamily": "SOLARIS" } ] }""", "?source=mine.json");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("InvalidParameter", refused.Body.GetProperty("code").GetString());
        Assert.StartsWith("mine.json: $.instances[0].osFamily: 'SOLARIS' is not an OS family", refused.Body.GetProperty("message").GetString());

        var otherTenancy = await PostFleetAsync(server, """{ "tenancyId": "ocid1.tenancy.oc1..aaaaaaaaother" }""");
        Assert.Equal(HttpStatusCode.BadRequest, otherTenancy.Status);
        Assert.Contains("Leave tenancyId out", otherTenancy.Body.GetProperty("message").GetString());

        Assert.Equal(5, (await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet")).GetProperty("instances").GetArrayLength());
    }

    [Fact]
    public async Task TheProgramExitsWith2OnAFleetFileMistakeNamingTheFilePathAndFixAndNeverListens()
    {
        var file = Path.Combine(Path.GetTempPath(), "osm-bad-fleet-" + Guid.NewGuid().ToString("N") + ".json");
        var dir = Path.Combine(Path.GetTempPath(), "osm-emu-bad-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(file, """{ "instances": [ { "name": "web-01", "updates": [ { "name": "openssl", "severity": "HIGH" } ] } ] }""");
        try
        {
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "OsManagement.Emulator.dll"), "--port", "0", "--state-dir", dir, "--fleet-file", file })
            {
                start.ArgumentList.Add(arg);
            }
            using var emulator = Process.Start(start)!;
            var stderr = emulator.StandardError.ReadToEndAsync();
            var stdout = emulator.StandardOutput.ReadToEndAsync();
            Assert.True(emulator.WaitForExit(60_000), "the emulator should exit on a bad fleet file");
            Assert.Equal(2, emulator.ExitCode);
            Assert.Equal($"{file}: $.instances[0].updates[0].severity: 'HIGH' is not a severity. Use LOW, MODERATE, IMPORTANT or CRITICAL.", (await stderr).Trim());
            Assert.Equal("", (await stdout).Trim());
            Assert.False(File.Exists(Path.Combine(dir, "emulator.json")));
        }
        finally
        {
            File.Delete(file);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostFleetAsync(EmulatorServer server, string json, string query = "")
    {
        using var response = await server.Unsigned.PostAsync("/_emulator/fleet" + query, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}

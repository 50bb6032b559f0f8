using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class FaultServerTests
{
    [Fact]
    public async Task Injected429sCarryRetryAfterAndAreCounted()
    {
        await using var server = await EmulatorServer.StartAsync("--faults", "429=1");
        using var response = await server.Client.GetAsync($"/20160918/tenancies/{server.TenancyId}");
        await ApiServerTests.AssertError(response, (HttpStatusCode)429, "TooManyRequests");
        Assert.NotNull(response.Headers.RetryAfter);
        var stats = await server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(1, stats.GetProperty("faults").GetProperty("429").GetInt64());
        await server.AdminAsync(HttpMethod.Post, "/_emulator/stats/reset");
        stats = await server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(0, stats.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ADeniedOcidIsNotFoundEveryTimeWhileOthersWork()
    {
        await using var server = await EmulatorServer.StartAsync();
        var fleet = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        var denied = fleet.GetProperty("instances")[0].GetProperty("id").GetString()!;
        var other = fleet.GetProperty("instances")[1].GetProperty("id").GetString()!;

        var body = await server.AdminAsync(HttpMethod.Post, "/_emulator/deny?match=" + Uri.EscapeDataString(denied));

        Assert.Equal(denied, body.GetProperty("matches")[0].GetString());
        for (var i = 0; i < 3; i++)
        {
            using var refused = await server.Client.GetAsync($"/20190801/managedInstances/{denied}");
            await ApiServerTests.AssertError(refused, HttpStatusCode.NotFound, "NotAuthorizedOrNotFound");
        }
        using (var allowed = await server.Client.GetAsync($"/20190801/managedInstances/{other}"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        await server.AdminAsync(HttpMethod.Delete, "/_emulator/deny");
        using var lifted = await server.Client.GetAsync($"/20190801/managedInstances/{denied}");
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
    }

    [Fact]
    public async Task AResetAfterTheWorkIsDoneIsSafeToRetryWithTheSameToken()
    {
        await using var server = await EmulatorServer.StartAsync("--faults", "reset=0.8", "--seed", "3");
        var fleet = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        var instance = fleet.GetProperty("instances")[0];
        var compartment = instance.GetProperty("compartmentId").GetString();
        var body = JsonSerializer.Serialize(new
        {
            compartmentId = compartment,
            displayName = "once only",
            scheduleType = "ONETIME",
            timeNextExecution = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            operationType = "UPDATEALL",
            managedInstances = new[] { new { id = instance.GetProperty("id").GetString(), displayName = instance.GetProperty("displayName").GetString() } },
        });
        var resets = 0;
        string? created = null;
        for (var attempt = 0; attempt < 60 && (created is null || attempt < 5); attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/20190801/scheduledJobs") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("opc-retry-token", "same-token");
            try
            {
                using var response = await server.Client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
                Assert.True(created is null || created == id, "every retry must return the first job");
                created = id;
            }
            catch (HttpRequestException)
            {
                resets++;
            }
        }
        Assert.NotNull(created);
        var jobs = await ListWithRetries(server, $"/20190801/scheduledJobs?compartmentId={compartment}");
        Assert.Equal(new[] { created }, jobs.EnumerateArray().Select(j => j.GetProperty("id").GetString()));
        var stats = await server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        // HttpClient itself resends a request whose connection dropped before any response, so count on the server side.
        var serverResets = stats.GetProperty("faults").GetProperty("reset").GetInt64();
        Assert.True(serverResets >= Math.Max(1, resets));
        Assert.True(stats.GetProperty("byOperation").GetProperty("createScheduledJob").GetInt64() >= 5);
    }

    private static async Task<JsonElement> ListWithRetries(EmulatorServer server, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await server.GetJsonAsync(path);
            }
            catch (HttpRequestException) when (attempt < 60)
            {
            }
        }
    }
}

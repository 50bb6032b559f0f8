using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>Faults switched on per operation at run time through /_emulator/faults.</summary>
public sealed class OperationFaultTests
{
    private static async Task<(EmulatorServer Server, string Instance)> StartAsync(params string[] args)
    {
        var server = await EmulatorServer.StartAsync([.. args, "--fleet", "instances=3,compartments=1,depth=1,groups=1"]);
        var fleet = await server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        return (server, fleet.GetProperty("instances")[0].GetProperty("id").GetString()!);
    }

    private static async Task<HttpStatusCode> StatusAsync(EmulatorServer server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        return response.StatusCode;
    }

    [Fact]
    public async Task AFaultOnOneOperationFailsEveryCallOfItAndNoOtherUntilCleared()
    {
        var (server, instance) = await StartAsync();
        await using var _ = server;
        var rules = await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=hub.getManagedInstance&status=503");
        Assert.Equal("503", rules.GetProperty("faults")[0].GetProperty("status").GetString());

        for (var i = 0; i < 3; i++)
        {
            using var failed = await server.Client.GetAsync($"/20220901/managedInstances/{instance}");
            await ApiServerTests.AssertError(failed, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, "/20220901/managedInstances"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, $"/20190801/managedInstances/{instance}"));
        var stats = await server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(3, stats.GetProperty("faults").GetProperty("503").GetInt64());
        Assert.Equal(3, (await server.AdminAsync(HttpMethod.Get, "/_emulator/faults")).GetProperty("faults")[0].GetProperty("hits").GetInt64());

        var cleared = await server.AdminAsync(HttpMethod.Delete, "/_emulator/faults");
        Assert.Empty(cleared.GetProperty("faults").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, $"/20220901/managedInstances/{instance}"));
    }

    [Fact]
    public async Task ACountFailsTheNextCallsOnlyAndTheRuleThenGoes()
    {
        var (server, instance) = await StartAsync();
        await using var _ = server;
        await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=getManagedInstance,hub.getManagedInstance&status=404&count=2");

        using (var first = await server.Client.GetAsync($"/20190801/managedInstances/{instance}"))
        {
            await ApiServerTests.AssertError(first, HttpStatusCode.NotFound, "NotAuthorizedOrNotFound");
        }
        using (var second = await server.Client.GetAsync($"/20220901/managedInstances/{instance}"))
        {
            await ApiServerTests.AssertError(second, HttpStatusCode.NotFound, "NotAuthorizedOrNotFound");
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, $"/20220901/managedInstances/{instance}"));
        Assert.Empty((await server.AdminAsync(HttpMethod.Get, "/_emulator/faults")).GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task AnyClientErrorCanBeInjectedWithItsCodeAndMessageAnd429SaysWhenToRetry()
    {
        var (server, instance) = await StartAsync();
        await using var _ = server;
        await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=hub.getManagedInstance&status=409&code=Conflict&message=" + Uri.EscapeDataString("Busy elsewhere.") + "&count=1");
        await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=hub.listManagedInstances&status=429&count=1");

        using (var conflict = await server.Client.GetAsync($"/20220901/managedInstances/{instance}"))
        {
            var body = await ApiServerTests.AssertError(conflict, HttpStatusCode.Conflict, "Conflict");
            Assert.Equal("Busy elsewhere.", body.GetProperty("message").GetString());
        }
        using var throttled = await server.Client.GetAsync("/20220901/managedInstances");
        await ApiServerTests.AssertError(throttled, (HttpStatusCode)429, "TooManyRequests");
        Assert.NotNull(throttled.Headers.RetryAfter);
    }

    [Fact]
    public async Task ARateFailsThatShareOfCallsTheSameWayForTheSameSeed()
    {
        async Task<string> Verdicts()
        {
            var (server, _) = await StartAsync("--seed", "5");
            await using var __ = server;
            await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=listCompartments&status=500&rate=0.5");
            var verdicts = new char[40];
            for (var i = 0; i < verdicts.Length; i++)
            {
                verdicts[i] = await StatusAsync(server, $"/20160918/compartments?compartmentId={server.TenancyId}") == HttpStatusCode.OK ? '.' : 'x';
            }
            return new string(verdicts);
        }
        var first = await Verdicts();
        Assert.InRange(first.Count(c => c == 'x'), 10, 30);
        Assert.Equal(first, await Verdicts());
    }

    [Fact]
    public async Task AResetDropsTheConnection()
    {
        var (server, instance) = await StartAsync();
        await using var _ = server;
        await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=hub.getManagedInstance&status=reset&count=1");
        // A client of its own, so the request goes on a new connection and HttpClient has none to retry on.
        var credentials = server.Running.Credentials;
        using var client = new HttpClient(new TestSigner($"{credentials.TenancyId}/{credentials.UserId}/{credentials.Fingerprint}", credentials.Key))
        {
            BaseAddress = new Uri(server.Running.Endpoint),
        };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"/20220901/managedInstances/{instance}"));
        Assert.Equal(1, (await server.AdminAsync(HttpMethod.Get, "/_emulator/stats")).GetProperty("faults").GetProperty("reset").GetInt64());
    }

    [Fact]
    public async Task ResetForgetsTheRules()
    {
        var (server, instance) = await StartAsync();
        await using var _ = server;
        await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=hub.getManagedInstance&status=500");
        await server.AdminAsync(HttpMethod.Post, "/_emulator/reset");
        Assert.Empty((await server.AdminAsync(HttpMethod.Get, "/_emulator/faults")).GetProperty("faults").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, $"/20220901/managedInstances/{instance}"));
    }

    [Fact]
    public async Task OperationNamesAreReadWithoutRegardToCaseAndListedAsStatsNamesThem()
    {
        var (server, _) = await StartAsync();
        await using var __ = server;
        var rules = await server.AdminAsync(HttpMethod.Post, "/_emulator/faults?operation=HUB.LISTMANAGEDINSTANCES&operation=listCompartments&status=503&count=1");
        Assert.Equal(new[] { "hub.listManagedInstances", "listCompartments" },
            rules.GetProperty("faults")[0].GetProperty("operations").EnumerateArray().Select(o => o.GetString()));
    }
}

/// <summary>Rules written wrongly, each refused with the way to write it (one emulator for all of them).</summary>
public sealed class OperationFaultMistakeTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync("--fleet", "instances=1,compartments=1,depth=1,groups=1");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("status=503", "operation is required")]
    [InlineData("operation=listManagedInstance&status=503", "Did you mean 'listManagedInstances'")]
    [InlineData("operation=hub.getManagedInstance", "status is required")]
    [InlineData("operation=hub.getManagedInstance&status=302", "from 400 to 599")]
    [InlineData("operation=hub.getManagedInstance&status=418", "needs code=")]
    [InlineData("operation=hub.getManagedInstance&status=reset&code=Gone", "takes no code or message")]
    [InlineData("operation=hub.getManagedInstance&status=503&rate=1.5", "at most 1")]
    [InlineData("operation=hub.getManagedInstance&status=503&count=0", "1 or more")]
    [InlineData("operation=hub.getManagedInstance&status=503&count=2&rate=0.5", "not both")]
    [InlineData("operation=hub.getManagedInstance&status=503&times=2", "'times' is not a parameter")]
    public async Task AMistakenRuleIs400SayingHowToWriteIt(string query, string fix)
    {
        using var response = await _server.Unsigned.PostAsync("/_emulator/faults?" + query, null);
        var body = await ApiServerTests.AssertError(response, HttpStatusCode.BadRequest, "InvalidParameter");
        Assert.Contains(fix, body.GetProperty("message").GetString());
        Assert.Empty((await _server.AdminAsync(HttpMethod.Get, "/_emulator/faults")).GetProperty("faults").EnumerateArray());
    }
}

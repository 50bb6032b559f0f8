using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>Read-only behaviour of a real server, shared by the tests in this class.</summary>
public sealed class ApiServerTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync("--page-size", "3");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string> FirstCompartmentWithInstances()
    {
        var fleet = await _server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        return fleet.GetProperty("instances").EnumerateArray()
            .GroupBy(i => i.GetProperty("compartmentId").GetString()!)
            .OrderByDescending(g => g.Count()).First().Key;
    }

    [Fact]
    public async Task ASignedListReturnsABareArrayAndPagesWithOpcNextPage()
    {
        var compartment = await FirstCompartmentWithInstances();
        var fleet = await _server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        var expected = fleet.GetProperty("instances").EnumerateArray().Count(i => i.GetProperty("compartmentId").GetString() == compartment);
        var seen = 0;
        string? page = null;
        do
        {
            var url = $"/20190801/managedInstances?compartmentId={compartment}&limit=2" + (page is null ? "" : $"&page={Uri.EscapeDataString(page)}");
            using var response = await _server.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(JsonValueKind.Array, items.ValueKind);
            Assert.InRange(items.GetArrayLength(), 1, 2);
            seen += items.GetArrayLength();
            page = response.Headers.TryGetValues("opc-next-page", out var values) ? values.Single() : null;
        }
        while (page is not null);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ThePageSizeCapsTheLimit()
    {
        var items = await _server.GetJsonAsync($"/20160918/compartments?compartmentId={_server.TenancyId}&compartmentIdInSubtree=true&limit=100");
        Assert.Equal(3, items.GetArrayLength());
    }

    [Fact]
    public async Task EchoesOrMakesTheRequestId()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/20160918/tenancies/{_server.TenancyId}");
        request.Headers.Add("opc-request-id", "my-request-1");
        using var echoed = await _server.Client.SendAsync(request);
        Assert.Equal("my-request-1", echoed.Headers.GetValues("opc-request-id").Single());
        using var made = await _server.Client.GetAsync($"/20160918/tenancies/{_server.TenancyId}");
        Assert.False(string.IsNullOrEmpty(made.Headers.GetValues("opc-request-id").Single()));
    }

    [Fact]
    public async Task UnsignedRequestsAre401NotAuthenticated()
    {
        using var response = await _server.Unsigned.GetAsync($"/20160918/tenancies/{_server.TenancyId}");
        await AssertError(response, HttpStatusCode.Unauthorized, "NotAuthenticated");
        Assert.True(response.Headers.Contains("opc-request-id"));
    }

    [Fact]
    public async Task RequestsSignedWithAnotherKeyAre401()
    {
        using var client = _server.ClientWithWrongKey();
        using var response = await client.GetAsync($"/20160918/tenancies/{_server.TenancyId}");
        await AssertError(response, HttpStatusCode.Unauthorized, "NotAuthenticated");
    }

    [Fact]
    public async Task UnknownIdsAre404NotAuthorizedOrNotFound()
    {
        using var response = await _server.Client.GetAsync("/20190801/managedInstances/ocid1.instance.oc1.iad.doesnotexist");
        await AssertError(response, HttpStatusCode.NotFound, "NotAuthorizedOrNotFound");
    }

    [Fact]
    public async Task AMissingCompartmentIdIs400MissingParameter()
    {
        using var response = await _server.Client.GetAsync("/20190801/managedInstances");
        await AssertError(response, HttpStatusCode.BadRequest, "MissingParameter");
    }

    [Fact]
    public async Task SubtreeListingIsOnlyAllowedFromTheTenancy()
    {
        var fleet = await _server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        var child = fleet.GetProperty("compartments")[0].GetProperty("id").GetString();
        using var response = await _server.Client.GetAsync($"/20160918/compartments?compartmentId={child}&compartmentIdInSubtree=true");
        await AssertError(response, HttpStatusCode.BadRequest, "InvalidParameter");
        using var direct = await _server.Client.GetAsync($"/20160918/compartments?compartmentId={child}");
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    [Fact]
    public async Task InstanceCountsAgreeWithTheUpdateLists()
    {
        var fleet = await _server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        foreach (var truth in fleet.GetProperty("instances").EnumerateArray())
        {
            var id = truth.GetProperty("id").GetString();
            var instance = await _server.GetJsonAsync($"/20190801/managedInstances/{id}");
            var updates = truth.GetProperty("updates").EnumerateArray().ToList();
            Assert.Equal(updates.Count, instance.GetProperty("updatesAvailable").GetInt32());
            Assert.Equal(updates.Count(u => u.GetProperty("updateType").GetString() == "SECURITY"), instance.GetProperty("securityUpdatesAvailable").GetInt32());
            Assert.Equal(updates.Count(u => u.GetProperty("updateType").GetString() == "BUG"), instance.GetProperty("bugUpdatesAvailable").GetInt32());
            var path = truth.GetProperty("osFamily").GetString() == "WINDOWS" ? "updates/available" : "packages/updates";
            var listed = 0;
            for (var page = (string?)null; ;)
            {
                using var response = await _server.Client.GetAsync($"/20190801/managedInstances/{id}/{path}" + (page is null ? "" : "?page=" + page));
                listed += JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength();
                if (!response.Headers.TryGetValues("opc-next-page", out var next))
                {
                    break;
                }
                page = next.Single();
            }
            Assert.Equal(updates.Count, listed);
        }
    }

    [Fact]
    public async Task StatsCountRequestsByOperationName()
    {
        var before = await _server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        var count = before.GetProperty("byOperation").TryGetProperty("getTenancy", out var n) ? n.GetInt64() : 0;
        await _server.GetJsonAsync($"/20160918/tenancies/{_server.TenancyId}");
        var after = await _server.AdminAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.True(after.GetProperty("byOperation").GetProperty("getTenancy").GetInt64() >= count + 1);
        Assert.True(after.GetProperty("total").GetInt64() > before.GetProperty("total").GetInt64());
    }

    /// <summary>Asserts an OCI error answer and returns its body.</summary>
    internal static async Task<JsonElement> AssertError(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        return body;
    }
}

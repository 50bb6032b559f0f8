using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests.Identity;

/// <summary>Helpers for talking to the emulator's identity listener.</summary>
internal static class IdentityServer
{
    public static Uri MetadataEndpoint(EmulatorServer server) => new(server.Running.Identity!.MetadataEndpoint);

    public static Uri FederationEndpoint(EmulatorServer server) => new(server.Running.Identity!.FederationEndpoint);

    public static async Task<JsonElement> AdminAsync(EmulatorServer server, HttpMethod method, string path)
    {
        using var client = new HttpClient { BaseAddress = FederationEndpoint(server) };
        using var response = await client.SendAsync(new HttpRequestMessage(method, path));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

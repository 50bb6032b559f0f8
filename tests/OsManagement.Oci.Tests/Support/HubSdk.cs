using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Support;

/// <summary>A call to make through oci-osmanagementhub: its client class, operation and request object (SDK field names).</summary>
public sealed record SdkCall(string Name, string Client, string Operation, JsonObject Request);

/// <summary>What oci-osmanagementhub sent for a call (headers with lower-case names; body null when none).</summary>
public sealed record SdkRequest(string Name, string Method, Uri Uri, Dictionary<string, string> Headers, string? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>The endpoint oci-osmanagementhub calls in a region (key and realm null for a region oci-common does not know).</summary>
public sealed record SdkEndpoint(string RegionId, string? RegionKey, string? Realm, string Endpoint);

/// <summary>
/// Oracle's oci-osmanagementhub 2.139.1 (pinned in tests/signing/package.json), driven through tests/signing/hub-sdk.js:
/// what the SDK sends for a call, which endpoint it uses in each region, which fields its models have. Needs node and
/// npm; their absence fails the test, it never skips.
/// </summary>
public static class HubSdk
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<List<SdkRequest>> CaptureAsync(Uri endpoint, IEnumerable<SdkCall> calls)
    {
        using var dir = new TempDirectory();
        var fixture = new JsonObject
        {
            ["endpoint"] = endpoint.GetLeftPart(UriPartial.Authority),
            ["calls"] = new JsonArray(calls.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["client"] = c.Client,
                ["operation"] = c.Operation,
                ["request"] = c.Request.DeepClone(),
            }).ToArray()),
        };
        var file = dir.Write("calls.json", fixture.ToJsonString());
        return JsonSerializer.Deserialize<List<SdkRequest>>(await RunAsync("requests", file), Web)!;
    }

    public static async Task<List<SdkEndpoint>> EndpointsAsync() =>
        JsonSerializer.Deserialize<List<SdkEndpoint>>(await RunAsync("endpoints"), Web)!;

    /// <summary>Each model's JSON field names, as its d.ts declares them (with its supertype's).</summary>
    public static async Task<Dictionary<string, List<string>>> FieldsAsync(IEnumerable<string> models) =>
        JsonSerializer.Deserialize<Dictionary<string, List<string>>>(await RunAsync(new[] { "fields" }.Concat(models).ToArray()), Web)!;

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH; install Node.js to check the Hub client against Oracle's SDK.");
        var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH; install Node.js (with npm) to check the Hub client against Oracle's SDK.");
        var folder = ExternalProcess.FindRepoPath(Path.Combine("tests", "signing"));
        await NpmInstall.EnsureAsync(npm, folder);
        // oci-common writes query times from the local clock and labels them Z: in UTC that is the instant meant.
        var (exitCode, output, error) = await ExternalProcess.RunWithEnvironmentAsync(node, folder, TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["TZ"] = "UTC" }, new[] { "hub-sdk.js" }.Concat(arguments).ToArray());
        if (exitCode != 0) throw new InvalidOperationException($"hub-sdk.js {arguments[0]} failed (exit code {exitCode}):\n{error}");
        return output;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using Xunit;

namespace OsManagement.Oci.Tests.Support;

/// <summary>One call: what the SDK is given, and the same call through our client.</summary>
public sealed record SdkParityCase<TClient>(SdkCall Call, Func<TClient, Task> Ours);

/// <summary>
/// What the SDK parity tests of our Hub clients share: each case run once through our client and once through the SDK,
/// and the two requests compared on what changes the meaning (method, path, query, if-match, retry token, JSON body). The
/// comparison ignores the order of query parameters, the SDK's time format in queries (oci-common writes 'T5:04:03Z', we
/// write 'T05:04:03.000Z') and its URL encoding.
/// </summary>
public static class SdkParity
{
    /// <summary>A case: the SDK client and operation, its request in the SDK's vocabulary (JSON), and our call.</summary>
    public static SdkParityCase<TClient> Op<TClient>(string client, string operation, string request, Func<TClient, Task> ours) =>
        new(new SdkCall(operation, client, operation, JsonNode.Parse(request)!.AsObject()), ours);

    /// <summary>Reads a list to its end (each page one request).</summary>
    public static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
        }
    }

    /// <summary>
    /// Runs every case through our client (each exactly one request; every answer is an empty page, so lists end there and
    /// single resources and actions ignore the field) and through the SDK, by operation.
    /// </summary>
    public static async Task<(Dictionary<string, SeenRequest> Ours, Dictionary<string, SdkRequest> Sdk)> CaptureAsync<TClient>(
        IReadOnlyCollection<SdkParityCase<TClient>> cases, Func<OciHttpPipeline, Uri, TClient> create, Uri endpoint)
    {
        var ours = new Dictionary<string, SeenRequest>();
        var handler = new FakeHandler((_, _) => Task.FromResult(FakeHandler.Respond(HttpStatusCode.OK, "{\"items\":[]}")));
        using (var pipeline = new OciHttpPipeline(new CountingSigner(), new OciClientOptions { Handler = handler }))
        {
            var client = create(pipeline, endpoint);
            foreach (var c in cases)
            {
                var before = handler.Requests.Count;
                await c.Ours(client);
                Assert.Equal(before + 1, handler.Requests.Count);
                ours[c.Call.Operation] = handler.Requests[^1];
            }
        }
        var sdk = (await HubSdk.CaptureAsync(endpoint, cases.Select(c => c.Call))).ToDictionary(r => r.Name);
        return (ours, sdk);
    }

    /// <summary>Asserts our request is the SDK's; the retry token's value is compared only where the case gives one.</summary>
    public static void AssertSame(SdkRequest sdk, SeenRequest ours, bool retryTokenGiven)
    {
        Assert.Equal(sdk.Method, ours.Method);
        Assert.Equal(sdk.Uri.AbsolutePath, ours.Uri.AbsolutePath);
        Assert.Equal(QueryOf(sdk.Uri), QueryOf(ours.Uri));
        Assert.Equal(sdk.Header("if-match"), ours.Header("if-match"));
        Assert.Equal(sdk.Header("opc-retry-token") is null, ours.Header("opc-retry-token") is null);
        if (retryTokenGiven)
        {
            Assert.Equal(sdk.Header("opc-retry-token"), ours.Header("opc-retry-token"));
        }
        var sdkBody = string.IsNullOrEmpty(sdk.Body) ? null : JsonNode.Parse(sdk.Body);
        var ourBody = string.IsNullOrEmpty(ours.Body) ? null : JsonNode.Parse(ours.Body);
        Assert.True(JsonNode.DeepEquals(sdkBody, ourBody), $"body differs\n  oci-osmanagementhub: {sdk.Body}\n  ours:                {ours.Body}");
        if (ourBody is not null)
        {
            Assert.Equal("application/json", ours.Header("content-type")?.Split(';')[0]);
        }
    }

    /// <summary>The operations a client offers (its public ...Async methods, as the SDK names them), sorted.</summary>
    public static IEnumerable<string> OperationsOf(Type client) =>
        client.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Where(n => n.EndsWith("Async", StringComparison.Ordinal))
            .Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1, n.Length - "Async".Length - 1))
            .OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>The query as sorted (name, value) pairs, decoded, with times as one canonical instant.</summary>
    private static List<string> QueryOf(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => Uri.UnescapeDataString(kv[0]) + "=" + CanonicalTime(Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : "")))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    private static string CanonicalTime(string value)
    {
        var m = Regex.Match(value, @"^(\d{4}-\d{2}-\d{2})T(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?Z$");
        if (!m.Success) return value;
        var text = $"{m.Groups[1].Value}T{m.Groups[2].Value.PadLeft(2, '0')}:{m.Groups[3].Value}:{m.Groups[4].Value}{m.Groups[5].Value}Z";
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ToString("O", CultureInfo.InvariantCulture);
    }
}

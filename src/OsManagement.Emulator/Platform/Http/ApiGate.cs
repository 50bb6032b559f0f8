using System.Net;
using Microsoft.AspNetCore.Http.Features;
using OsManagement.Emulator.Platform.Admin;
using OsManagement.Emulator.Platform.Auth;
using OsManagement.Emulator.Platform.Startup;
using OsManagement.Emulator.Platform.Strictness;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// What happens to every API request before its endpoint runs, in order: counted in stats, delayed by
/// <c>--latency-ms</c>, signature verified (401 otherwise), throttled by <c>--rate-limit</c> (429), denials applied, maybe failed by fault injection
/// (<c>--faults</c>, or a rule for the operation from <c>/_emulator/faults</c>), refused when it is not what Oracle's SDK
/// declares for the operation (<see cref="RequestChecker"/>), and for a POST with <c>opc-retry-token</c> answered from
/// the retry cache. Admin requests (<c>/_emulator/</c>) skip all of
/// it but must come from loopback.
/// </summary>
internal sealed class ApiGate(EmulatorOptions options, ApiStats stats, SignatureVerifier verifier, FaultInjector faults, OperationFaults operationFaults,
    RetryTokenCache retries, AccessDenials denials, Refusals refusals, TenancyRateLimit rateLimit)
{
    public const string BodyItem = "osm.body";
    private static readonly string[] ReplayedHeaders = { "etag", "location", "opc-work-request-id", "content-type" };

    public async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        if (http.Request.Path.StartsWithSegments("/_emulator"))
        {
            if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                await OciResponses.WriteErrorAsync(http, 403, "Forbidden", "Admin endpoints are only served to loopback callers.");
                return;
            }
            await next();
            return;
        }

        var operation = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        stats.CountRequest(operation);
        if (options.LatencyMs > 0)
        {
            await Task.Delay(options.LatencyMs, http.RequestAborted);
        }

        var body = await ReadBodyAsync(http);
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var request = new SignedRequest(http.Request.Method, target, name => HeaderValue(http, name), body);
        if (verifier.Verify(request, out var failure) is null)
        {
            await OciResponses.WriteErrorAsync(http, 401, "NotAuthenticated",
                $"The required information to complete authentication was not provided or was incorrect. ({failure})");
            return;
        }

        if (!rateLimit.TryTake(out var wait))
        {
            stats.CountThrottled();
            http.Response.Headers.RetryAfter = TenancyRateLimit.RetryAfterSeconds(wait);
            await OciResponses.WriteErrorAsync(http, 429, "TooManyRequests", string.Create(CultureInfo.InvariantCulture,
                $"Too many requests for the tenancy: the limit is {rateLimit.PerSecond:0.###} a second. Retry after the time in Retry-After."));
            return;
        }

        if (denials.Denies(target))
        {
            await OciResponses.WriteErrorAsync(http, 404, "NotAuthorizedOrNotFound",
                "Authorization failed or requested resource not found (denied with /_emulator/deny).");
            return;
        }

        // --faults draws for every request, so its sequence does not depend on the rules switched on at run time.
        var fault = InjectedFault.Of(faults.Next());
        fault = operationFaults.Next(operation) ?? fault;
        if (fault is null)
        {
            if (await RefuseAsync(http, operation, target, body))
            {
                return;
            }
            await RunWithRetryTokenAsync(http, next, discardResponse: false);
            return;
        }
        stats.CountFault(fault.Key);
        if (fault.IsReset)
        {
            // The work is done, but the client never hears about it: the case retry tokens exist for.
            await RunWithRetryTokenAsync(http, next, discardResponse: true);
            http.Abort();
            return;
        }
        if (fault.Status == 429)
        {
            http.Response.Headers.RetryAfter = "1";
        }
        await OciResponses.WriteErrorAsync(http, fault.Status, fault.Code, fault.Message);
    }

    /// <summary>Answers the service's 400 when the request is not what the SDK declares; true when it did.</summary>
    private async Task<bool> RefuseAsync(HttpContext http, string? operation, string target, byte[] body)
    {
        if (RequestRules.Embedded.For(operation) is not { } rule)
        {
            return false;
        }
        try
        {
            RequestChecker.Check(rule, http.Request.Query, http.Request.Headers, body);
            return false;
        }
        catch (OciException refused)
        {
            stats.CountRefusal(rule.Operation);
            refusals.Add(rule.Operation, http.Request.Method, target, refused);
            await OciResponses.WriteErrorAsync(http, refused.Status, refused.Code, refused.Message);
            return true;
        }
    }

    private async Task RunWithRetryTokenAsync(HttpContext http, Func<Task> next, bool discardResponse)
    {
        var token = http.Request.Headers["opc-retry-token"].ToString();
        if (!HttpMethods.IsPost(http.Request.Method) || token.Length == 0)
        {
            await RunCapturedAsync(http, next, discardResponse);
            return;
        }
        // Keyed on the operation, not the body: a client's retry may re-serialize the body slightly differently.
        var key = $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}";
        CachedResponse? own = null;
        var (cached, _) = await retries.GetOrRunAsync(token, key, async () =>
        {
            own = await RunCapturedAsync(http, next, discardResponse: true);
            return own.Status is >= 200 and < 300 ? own with { RequestKey = key } : null;
        });
        if (!discardResponse)
        {
            // A replay, a first success, or a first failure (captured but not cached).
            await WriteAsync(http, cached ?? own!);
        }
    }

    /// <summary>Runs the endpoint into a buffer; unless discarded, the buffer is then sent.</summary>
    private async Task<CachedResponse> RunCapturedAsync(HttpContext http, Func<Task> next, bool discardResponse)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
        }
        var headers = ReplayedHeaders
            .Where(h => http.Response.Headers.ContainsKey(h))
            .ToDictionary(h => h, h => http.Response.Headers[h].ToString(), StringComparer.OrdinalIgnoreCase);
        var captured = new CachedResponse("", http.Response.StatusCode, headers, buffer.ToArray());
        if (!discardResponse)
        {
            await WriteBodyAsync(http, captured.Body);
        }
        return captured;
    }

    private static async Task WriteAsync(HttpContext http, CachedResponse response)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }
        await WriteBodyAsync(http, response.Body);
    }

    /// <summary>
    /// Writes a body, if there is one. A 204 must have none: even an empty write makes Kestrel throw after the
    /// response went out and close the connection, which a client reusing it sees as 'other side closed'.
    /// </summary>
    private static async Task WriteBodyAsync(HttpContext http, byte[] body)
    {
        if (body.Length == 0)
        {
            return;
        }
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        using var copy = new MemoryStream();
        await http.Request.Body.CopyToAsync(copy, http.RequestAborted);
        var bytes = copy.ToArray();
        http.Request.Body = new MemoryStream(bytes, writable: false);
        http.Items[BodyItem] = bytes;
        return bytes;
    }

    private static string? HeaderValue(HttpContext http, string name)
    {
        if (name == "content-length")
        {
            return http.Request.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return http.Request.Headers.TryGetValue(name, out var values) ? string.Join(", ", values.ToArray()) : null;
    }
}

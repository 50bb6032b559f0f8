using Microsoft.AspNetCore.Http.Features;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>
/// The identity listener: the instance metadata service v2 (<c>/opc/v2/...</c>, requires
/// <c>Authorization: Bearer Oracle</c>), the auth service's <c>POST /v1/x509</c>, and admin endpoints under
/// <c>/_emulator/identity</c>.
/// </summary>
internal static class InstanceIdentityEndpoints
{
    public static void Map(WebApplication app, InstanceIdentityServices identity)
    {
        var metadata = app.MapGroup("/opc/v2").AddEndpointFilter(async (context, next) =>
        {
            identity.CountMetadataCall();
            if (context.HttpContext.Request.Headers.Authorization.ToString() != "Bearer Oracle")
            {
                return Results.Text("Missing or invalid Authorization header (expected 'Bearer Oracle').", statusCode: 401);
            }
            return await next(context);
        });
        metadata.MapGet("/instance/region", () => Results.Text(InstanceIdentityServices.RegionKey));
        metadata.MapGet("/instance/", () => Results.Json(new
        {
            id = identity.Authority.InstanceId,
            region = InstanceIdentityServices.RegionKey,
            canonicalRegionName = StateDirectory.Region,
        }));
        metadata.MapGet("/identity/cert.pem", () => Results.Text(identity.Authority.LeafPem));
        metadata.MapGet("/identity/key.pem", () => Results.Text(identity.Authority.LeafKeyPem));
        metadata.MapGet("/identity/intermediate.pem", () => Results.Text(identity.Authority.IntermediatePem));

        app.MapPost("/v1/x509", async (HttpContext http) =>
        {
            identity.CountFederationCall();
            if (identity.FederationFaultStatus != 0)
            {
                return OciResponses.Json(new ErrorBody("InjectedFailure", "The auth service failed this request (injected)."), identity.FederationFaultStatus);
            }
            var result = identity.Federation.Exchange(await ReadAsync(http));
            return result.Token is not null
                ? Results.Json(new { token = result.Token })
                : OciResponses.Json(new ErrorBody(result.Code, result.Message), result.Status);
        });

        app.MapGet("/_emulator/identity", () => Results.Json(new
        {
            metadataCalls = identity.MetadataCalls,
            federationCalls = identity.FederationCalls,
            tokensIssued = identity.Issuer.IssuedCount,
            tokenLifetimeSeconds = identity.TokenLifetime.TotalSeconds,
            instanceId = identity.Authority.InstanceId,
            sessionTokenFile = identity.Session.TokenFile,
        }));
        app.MapPost("/_emulator/identity/revoke", () =>
        {
            identity.Issuer.RevokeAll();
            return Results.NoContent();
        });
        app.MapPost("/_emulator/identity/session-token", (string? lifetime) =>
        {
            var span = identity.TokenLifetime;
            if (lifetime is not null)
            {
                if (!IsoDuration.TryParse(lifetime, out var duration) || duration.Years > 0 || duration.Months > 0)
                {
                    return OciResponses.Json(new ErrorBody("InvalidParameter", "lifetime must be an ISO 8601 duration such as PT30S."), 400);
                }
                span = duration.Rest;
            }
            var expires = identity.Session.IssueToken(span);
            return Results.Json(new { tokenFile = identity.Session.TokenFile, expiresAt = expires.UtcDateTime.ToString("o", CultureInfo.InvariantCulture) });
        });
        app.MapPost("/_emulator/identity/federation-fault", (int status) =>
        {
            if (status != 0 && (status < 400 || status > 599))
            {
                return OciResponses.Json(new ErrorBody("InvalidParameter", "status must be 0 (off) or 400..599."), 400);
            }
            identity.FederationFaultStatus = status;
            return Results.NoContent();
        });
    }

    private static async Task<SignedRequest> ReadAsync(HttpContext http)
    {
        using var copy = new MemoryStream();
        await http.Request.Body.CopyToAsync(copy, http.RequestAborted);
        var body = copy.ToArray();
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        return new SignedRequest(http.Request.Method, target, name => Header(http, name), body);
    }

    private static string? Header(HttpContext http, string name) =>
        name == "content-length"
            ? http.Request.ContentLength?.ToString(CultureInfo.InvariantCulture)
            : http.Request.Headers.TryGetValue(name, out var values) ? string.Join(", ", values.ToArray()) : null;
}

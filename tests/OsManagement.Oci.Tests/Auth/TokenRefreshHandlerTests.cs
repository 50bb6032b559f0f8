using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Tests.Auth;

public sealed class TokenRefreshHandlerTests
{
    private int _federationCalls;

    [Fact]
    public async Task A401IsRetriedOnceWithANewTokenAndTheSameBody()
    {
        var signer = Signer();
        var network = new AuthFakes.Recording((_, n) => n == 1
            ? AuthFakes.Json(HttpStatusCode.Unauthorized, "{\"code\":\"NotAuthenticated\",\"message\":\"no\"}")
            : AuthFakes.Json(HttpStatusCode.OK, "{}"));
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { Handler = new TokenRefreshHandler(signer, network), MaxAttempts = 1 });

        await pipeline.SendAsync<OciEmpty>(HttpMethod.Post, new Uri("https://example.test"), "/jobs", new { name = "x" }, null, null, CancellationToken.None);

        var seen = network.Seen.ToArray();
        Assert.Equal(2, seen.Length);
        Assert.Equal(2, _federationCalls);
        Assert.NotEqual(KeyId(seen[0].Request), KeyId(seen[1].Request));
        Assert.Equal(seen[0].Body, seen[1].Body);
        Assert.Equal(seen[0].Request.Headers.GetValues("opc-retry-token"), seen[1].Request.Headers.GetValues("opc-retry-token"));
    }

    [Fact]
    public async Task ASecond401IsTheAnswer()
    {
        var signer = Signer();
        var network = new AuthFakes.Recording((_, _) => AuthFakes.Json(HttpStatusCode.Unauthorized, "{\"code\":\"NotAuthenticated\",\"message\":\"revoked\"}"));
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { Handler = new TokenRefreshHandler(signer, network), MaxAttempts = 3 });

        var error = await Assert.ThrowsAsync<OciServiceException>(() =>
            pipeline.SendAsync<OciEmpty>(HttpMethod.Get, new Uri("https://example.test"), "/x", null, null, null, CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, network.Seen.Count);
        Assert.DoesNotContain("ST$", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherFailuresAreNotRetriedHere()
    {
        var signer = Signer();
        var network = new AuthFakes.Recording((_, _) => AuthFakes.Json(HttpStatusCode.Forbidden, "{\"code\":\"NotAuthorizedOrNotFound\",\"message\":\"no\"}"));
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { Handler = new TokenRefreshHandler(signer, network), MaxAttempts = 1 });
        await Assert.ThrowsAsync<OciServiceException>(() =>
            pipeline.SendAsync<OciEmpty>(HttpMethod.Get, new Uri("https://example.test"), "/x", null, null, null, CancellationToken.None));
        Assert.Single(network.Seen);
        Assert.Equal(1, _federationCalls);
    }

    private InstancePrincipalSigner Signer() => new(AuthFakes.Tenancy, _ =>
    {
        Interlocked.Increment(ref _federationCalls);
        return Task.FromResult(new SessionCredentials(
            SecurityToken.Parse(AuthFakes.Jwt(DateTimeOffset.UtcNow.AddMinutes(20), DateTimeOffset.UtcNow), "test"), RSA.Create(2048)));
    });

    private static string KeyId(HttpRequestMessage request) =>
        request.Headers.GetValues("Authorization").Single().Split("keyId=\"")[1].Split('"')[0];
}

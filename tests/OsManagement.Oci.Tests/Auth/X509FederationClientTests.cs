using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests.Auth;

public sealed class X509FederationClientTests
{
    private readonly (string Leaf, string Key, string Intermediate) _identity = AuthFakes.InstanceIdentity();

    [Fact]
    public async Task PostsTheCertificatesAndAFreshSessionKeySignedWithTheLeafKey()
    {
        var token = AuthFakes.Jwt(DateTimeOffset.UtcNow.AddMinutes(20));
        var auth = new AuthFakes.Recording((_, _) => AuthFakes.Json(HttpStatusCode.OK, $"{{\"token\":\"{token}\"}}"));
        using var metadata = new InstanceMetadataClient(null, new AuthFakes.Metadata(_identity));
        using var client = new X509FederationClient(new Uri("https://auth.us-ashburn-1.oraclecloud.com"), metadata, auth);

        var first = await client.RequestTokenAsync(CancellationToken.None);
        var second = await client.RequestTokenAsync(CancellationToken.None);

        Assert.Equal(token, first.Token.Value);
        Assert.Equal("ST$" + token, first.KeyId);
        var (request, body) = auth.Seen.First();
        Assert.Equal("https://auth.us-ashburn-1.oraclecloud.com/v1/x509", request.RequestUri!.ToString());
        var json = JsonDocument.Parse(body).RootElement;
        var leaf = X509Certificate2.CreateFromPem(_identity.Leaf);
        Assert.Equal(Convert.ToBase64String(leaf.RawData), json.GetProperty("certificate").GetString());
        Assert.Equal(Convert.ToBase64String(X509Certificate2.CreateFromPem(_identity.Intermediate).RawData),
            json.GetProperty("intermediateCertificates")[0].GetString());
        Assert.Equal("DEFAULT", json.GetProperty("purpose").GetString());
        Assert.Equal("SHA256", json.GetProperty("fingerprintAlgorithm").GetString());
        Assert.Equal(Convert.ToBase64String(first.Key.ExportSubjectPublicKeyInfo()), json.GetProperty("publicKey").GetString());
        Assert.NotEqual(body, auth.Seen.Last().Body); // a fresh session key every time
        Assert.NotEqual(first.Key.ExportSubjectPublicKeyInfo(), second.Key.ExportSubjectPublicKeyInfo());

        var authorization = request.Headers.GetValues("Authorization").Single();
        var fingerprint = string.Join(":", leaf.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2")));
        Assert.Contains($"keyId=\"{AuthFakes.Tenancy}/fed-x509-sha256/{fingerprint}\"", authorization, StringComparison.Ordinal);
        Assert.Contains("x-content-sha256", authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusalSaysStatusAndMessageButNothingSecret()
    {
        var auth = new AuthFakes.Recording((_, _) =>
        {
            var response = AuthFakes.Json(HttpStatusCode.Unauthorized, "{\"code\":\"NotAuthenticated\",\"message\":\"The certificate is not trusted.\"}");
            response.Headers.TryAddWithoutValidation("opc-request-id", "REQ123");
            return response;
        });
        using var metadata = new InstanceMetadataClient(null, new AuthFakes.Metadata(_identity));
        using var client = new X509FederationClient(new Uri("https://auth.test"), metadata, auth);

        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.RequestTokenAsync(CancellationToken.None));

        Assert.Single(auth.Seen);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("NotAuthenticated: The certificate is not trusted.", error.Message, StringComparison.Ordinal);
        Assert.Contains("REQ123", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://auth.test/v1/x509", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedThenReported()
    {
        var auth = new AuthFakes.Recording((_, _) => AuthFakes.Json(HttpStatusCode.ServiceUnavailable, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}"));
        using var metadata = new InstanceMetadataClient(null, new AuthFakes.Metadata(_identity));
        using var client = new X509FederationClient(new Uri("https://auth.test"), metadata, auth);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.RequestTokenAsync(CancellationToken.None));
        Assert.Equal(3, auth.Seen.Count);
        Assert.Contains("503 ServiceUnavailable: busy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerWithoutATokenIsAnErrorThatDoesNotEchoTheBody()
    {
        var auth = new AuthFakes.Recording((_, _) => AuthFakes.Json(HttpStatusCode.OK, "{\"notToken\":\"secret-ish\"}"));
        using var metadata = new InstanceMetadataClient(null, new AuthFakes.Metadata(_identity));
        using var client = new X509FederationClient(new Uri("https://auth.test"), metadata, auth);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.RequestTokenAsync(CancellationToken.None));
        Assert.DoesNotContain("secret-ish", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-ashburn-1", null, "https://auth.us-ashburn-1.oraclecloud.com/")]
    [InlineData("iad", null, "https://auth.us-ashburn-1.oraclecloud.com/")]
    [InlineData("uk-gov-london-1", null, "https://auth.uk-gov-london-1.oraclegovcloud.uk/")]
    [InlineData("iad", "http://127.0.0.1:9000/", "http://127.0.0.1:9000/")]
    [InlineData("iad", "https://auth.private.example/some/path", "https://auth.private.example/")]
    public void FindsTheAuthServiceOfTheRegionOrTheOverride(string region, string? given, string expected) =>
        Assert.Equal(expected, X509FederationClient.EndpointFor(region, given is null ? null : new Uri(given)).ToString());

    [Fact]
    public void PlainHttpToARemoteAuthServiceIsRefused() =>
        Assert.Throws<ArgumentException>(() => X509FederationClient.EndpointFor("iad", new Uri("http://auth.example")));
}

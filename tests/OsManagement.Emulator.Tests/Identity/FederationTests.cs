using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Http;

namespace OsManagement.Emulator.Tests.Identity;

/// <summary>The x509 federation endpoint and ST$ tokens on the API, driven by the client library's own signers.</summary>
public sealed class FederationTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnInstancePrincipalGetsATokenAndCallsTheApi()
    {
        using var signer = await CreateSignerAsync();
        Assert.Equal(_server.TenancyId, signer.TenancyId);
        Assert.Equal("iad", signer.Region);
        using var pipeline = Pipeline(signer);
        var compartments = await ListCompartmentsAsync(pipeline);
        Assert.Equal(JsonValueKind.Array, compartments.ValueKind);
        Assert.Equal(1, (await IdentityServer.AdminAsync(_server, HttpMethod.Get, "/_emulator/identity")).GetProperty("federationCalls").GetInt32());
    }

    [Fact]
    public async Task AfterRevocationThe401IsAnsweredWithExactlyOneNewToken()
    {
        using var signer = await CreateSignerAsync();
        using var pipeline = Pipeline(signer);
        await ListCompartmentsAsync(pipeline);
        await IdentityServer.AdminAsync(_server, HttpMethod.Post, "/_emulator/identity/revoke");

        await Task.WhenAll(new[] { 0, 1, 2, 3, 4, 5, 6, 7 }.Select(_ => ListCompartmentsAsync(pipeline)));

        Assert.Equal(2, (await IdentityServer.AdminAsync(_server, HttpMethod.Get, "/_emulator/identity")).GetProperty("federationCalls").GetInt32());
    }

    [Fact]
    public async Task ACertificateFromAnotherCaIsRefused()
    {
        var (leafPem, keyPem, intermediatePem) = ForeignIdentity(_server.TenancyId);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => FederateWithAsync(leafPem, keyPem, intermediatePem));
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("not trusted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestNotSignedWithTheLeafKeyIsRefused()
    {
        var authority = _server.Running.Identity!.Services.Authority;
        using var otherKey = RSA.Create(2048);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(
            () => FederateWithAsync(authority.LeafPem, otherKey.ExportRSAPrivateKeyPem(), authority.IntermediatePem));
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("not signed with the certificate's key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenWithAnAlteredPayloadIsRefused()
    {
        using var signer = await CreateSignerAsync();
        var credentials = await signer.GetSessionCredentialsAsync(CancellationToken.None);
        var parts = credentials.Token.Value.Split('.');
        var claims = JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<string, object>>(FromBase64Url(parts[1]))!;
        claims["exp"] = DateTimeOffset.UtcNow.AddYears(1).ToUnixTimeSeconds();
        var forged = parts[0] + "." + ToBase64Url(JsonSerializer.SerializeToUtf8Bytes(claims)) + "." + parts[2];
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await StatusWithAsync("ST$" + forged, credentials.Key));
    }

    [Fact]
    public async Task AValidTokenSignedWithAKeyOtherThanItsSessionKeyIsRefused()
    {
        using var signer = await CreateSignerAsync();
        var credentials = await signer.GetSessionCredentialsAsync(CancellationToken.None);
        Assert.Equal(System.Net.HttpStatusCode.OK, await StatusWithAsync(credentials.KeyId, credentials.Key));
        using var otherKey = RSA.Create(2048);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await StatusWithAsync(credentials.KeyId, otherKey));
    }

    private Task<InstancePrincipalSigner> CreateSignerAsync() =>
        InstancePrincipalSigner.CreateAsync(IdentityServer.MetadataEndpoint(_server), IdentityServer.FederationEndpoint(_server), null, CancellationToken.None);

    private OciHttpPipeline Pipeline(InstancePrincipalSigner signer) =>
        new(signer, new OciClientOptions { Handler = new TokenRefreshHandler(signer, new HttpClientHandler()), MaxAttempts = 1 });

    private async Task<JsonElement> ListCompartmentsAsync(OciHttpPipeline pipeline) =>
        (await pipeline.SendAsync<JsonElement>(HttpMethod.Get, new Uri(_server.Running.Endpoint),
            $"/20160918/compartments?compartmentId={_server.TenancyId}", null, null, null, CancellationToken.None)).Value;

    private async Task<System.Net.HttpStatusCode> StatusWithAsync(string keyId, RSA key)
    {
        using var client = new HttpClient(new TestSigner(keyId, key)) { BaseAddress = new Uri(_server.Running.Endpoint) };
        using var response = await client.GetAsync($"/20160918/compartments?compartmentId={_server.TenancyId}");
        return response.StatusCode;
    }

    private async Task FederateWithAsync(string leafPem, string keyPem, string intermediatePem)
    {
        using var metadata = new InstanceMetadataClient(new Uri("http://metadata.test/"), new FakeMetadata(leafPem, keyPem, intermediatePem));
        using var federation = new X509FederationClient(IdentityServer.FederationEndpoint(_server), metadata);
        await federation.RequestTokenAsync(CancellationToken.None);
    }

    private static (string Leaf, string Key, string Intermediate) ForeignIdentity(string tenancyId)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Someone Else's CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest($"CN=forged, OU=opc-tenant:{tenancyId}", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leaf = leafRequest.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), new byte[] { 1, 2, 3 });
        return (leaf.ExportCertificatePem(), leafKey.ExportRSAPrivateKeyPem(), ca.ExportCertificatePem());
    }

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A metadata service that serves the given identity.</summary>
    private sealed class FakeMetadata : HttpMessageHandler
    {
        private readonly string _leaf;
        private readonly string _key;
        private readonly string _intermediate;

        public FakeMetadata(string leaf, string key, string intermediate) => (_leaf, _key, _intermediate) = (leaf, key, intermediate);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri!.AbsolutePath switch
            {
                "/opc/v2/identity/cert.pem" => _leaf,
                "/opc/v2/identity/key.pem" => _key,
                "/opc/v2/identity/intermediate.pem" => _intermediate,
                _ => "us-ashburn-1",
            };
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }
}

using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests.Identity;

public sealed class MetadataServiceTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("instance/region")]
    [InlineData("identity/cert.pem")]
    [InlineData("identity/key.pem")]
    [InlineData("identity/intermediate.pem")]
    public async Task RefusesRequestsWithoutTheBearerOracleHeader(string path)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(IdentityServer.MetadataEndpoint(_server), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("PRIVATE KEY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesTheRegionAndALeafChainedToTheTestCaWithTheTenancyInItsSubject()
    {
        var region = await GetAsync("instance/region");
        Assert.Equal("iad", region);

        var leaf = X509Certificate2.CreateFromPem(await GetAsync("identity/cert.pem"));
        var intermediate = X509Certificate2.CreateFromPem(await GetAsync("identity/intermediate.pem"));
        Assert.Contains($"OU=opc-tenant:{_server.TenancyId}", leaf.Subject, StringComparison.Ordinal);
        Assert.Equal(intermediate.Subject, leaf.Issuer);
        Assert.Contains("BEGIN RSA PRIVATE KEY", await GetAsync("identity/key.pem"), StringComparison.Ordinal);

        var root = X509Certificate2.CreateFromPem(await System.IO.File.ReadAllTextAsync(System.IO.Path.Combine(_server.StateDir, "identity", "ca.pem")));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.Add(intermediate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(leaf));
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(IdentityServer.MetadataEndpoint(_server), path));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer Oracle");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Emulator.Platform.Startup;
using OsManagement.Emulator.Tests.Support;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Http;

namespace OsManagement.Emulator.Tests.Identity;

/// <summary>The [SESSION] profile the emulator writes, used by the client library's session-token signer.</summary>
public sealed class SessionProfileTests
{
    [Fact]
    public async Task TheDescriptorAnnouncesTheIdentityListenerAndTheSessionProfile()
    {
        await using var server = await EmulatorServer.StartAsync();
        var descriptor = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.StateDir, "emulator.json"))).RootElement;
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/opc/v2/$", descriptor.GetProperty("metadataEndpoint").GetString());
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", descriptor.GetProperty("federationEndpoint").GetString());
        Assert.NotEqual(server.Running.Endpoint, descriptor.GetProperty("federationEndpoint").GetString());
        Assert.Equal("SESSION", descriptor.GetProperty("sessionProfile").GetString());
        Assert.Equal(server.Running.Endpoint, descriptor.GetProperty("endpoint").GetString());
    }

    [Fact]
    public async Task TheSessionProfileSignsApiRequestsWithItsToken()
    {
        await using var server = await EmulatorServer.StartAsync();
        var profile = OciConfigFile.Load(Path.Combine(server.StateDir, "config"), "SESSION");
        var signer = SessionTokenSigner.FromProfile(profile);
        Assert.Equal(server.TenancyId, signer.TenancyId);
        Assert.Equal(server.Running.Credentials.UserId, signer.Token.GetClaim("sub"));
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { MaxAttempts = 1 });
        await ListAsync(server, pipeline);
    }

    [Fact]
    public async Task AShortLivedTokenExpiresWithTheRefreshHintAndANewTokenFileIsPickedUp()
    {
        // The short-lived token is written once the emulator listens: a token written at start-up (--token-lifetime 2s)
        // could expire before a loaded machine had the emulator started, and the signer refuses an expired token.
        await using var server = await EmulatorServer.StartAsync();
        await IdentityServer.AdminAsync(server, HttpMethod.Post, "/_emulator/identity/session-token?lifetime=PT2S");
        var signer = SessionTokenSigner.FromProfile(OciConfigFile.Load(Path.Combine(server.StateDir, "config"), "SESSION"));
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { MaxAttempts = 1 });

        var deadline = Stopwatch.StartNew();
        OciAuthenticationException? expired = null;
        while (expired is null && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                await ListAsync(server, pipeline);
                await Task.Delay(100);
            }
            catch (OciAuthenticationException e)
            {
                expired = e;
            }
            catch (OciServiceException e) when (e.StatusCode == 401)
            {
                // Sent just before the expiry, checked by the emulator just after it: poll on.
            }
        }
        Assert.NotNull(expired);
        Assert.Contains("oci session refresh --profile SESSION", expired!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(signer.Token.Value, expired.Message, StringComparison.Ordinal);

        await IdentityServer.AdminAsync(server, HttpMethod.Post, "/_emulator/identity/session-token?lifetime=PT10M");
        await ListAsync(server, pipeline);
        Assert.True(signer.Token.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Theory]
    [InlineData("60s", 60)]
    [InlineData("20m", 1200)]
    [InlineData("1h", 3600)]
    [InlineData("90", 90)]
    [InlineData("PT2M", 120)]
    public void ParsesTokenLifetimes(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), EmulatorOptions.Parse(new[] { "--state-dir", "x", "--token-lifetime", text }).TokenLifetime);

    [Theory]
    [InlineData("0s")]
    [InlineData("soon")]
    [InlineData("0.5")]
    public void RejectsBadTokenLifetimes(string text) =>
        Assert.Throws<FormatException>(() => EmulatorOptions.Parse(new[] { "--state-dir", "x", "--token-lifetime", text }));

    private static async Task ListAsync(EmulatorServer server, OciHttpPipeline pipeline) =>
        await pipeline.SendAsync<JsonElement>(HttpMethod.Get, new Uri(server.Running.Endpoint),
            $"/20160918/compartments?compartmentId={server.TenancyId}", null, null, null, CancellationToken.None);
}

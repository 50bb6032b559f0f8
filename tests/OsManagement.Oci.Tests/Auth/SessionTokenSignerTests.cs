using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Tests.Auth;

public sealed class SessionTokenSignerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("osm-session-").FullName;
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _tokenFile;
    private readonly string _keyFile;
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public SessionTokenSignerTests()
    {
        _tokenFile = Path.Combine(_dir, "token");
        _keyFile = Path.Combine(_dir, "key.pem");
        File.WriteAllText(_keyFile, _key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task SignsWithTheTokenAsKeyIdAndTheKeyFile()
    {
        var token = AuthFakes.Jwt(_now.AddHours(1));
        File.WriteAllText(_tokenFile, token + "\n");
        var signer = Signer();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/managedInstances?compartmentId=x");
        await signer.SignAsync(request, CancellationToken.None);

        var authorization = request.Headers.GetValues("Authorization").Single();
        Assert.Contains($"keyId=\"ST${token}\"", authorization, StringComparison.Ordinal);
        var signature = Convert.FromBase64String(authorization.Split("signature=\"")[1].TrimEnd('"'));
        var signingString = $"date: {request.Headers.GetValues("date").Single()}\n(request-target): get /20190801/managedInstances?compartmentId=x\nhost: osms.us-ashburn-1.oci.oraclecloud.com";
        Assert.True(_key.VerifyData(Encoding.UTF8.GetBytes(signingString), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void FromProfileReadsSecurityTokenFileKeyFileAndTenancy()
    {
        File.WriteAllText(_tokenFile, AuthFakes.Jwt(_now.AddHours(1)));
        var config = Path.Combine(_dir, "config");
        File.WriteAllText(config, $"[DEFAULT]\nregion=us-ashburn-1\n[S]\nsecurity_token_file=token\nkey_file={_keyFile}\ntenancy={AuthFakes.Tenancy}\n");
        var signer = SessionTokenSigner.FromProfile(OciConfigFile.Load(config, "S"));
        Assert.Equal(AuthFakes.Tenancy, signer.TenancyId);

        File.WriteAllText(config, $"[S]\nkey_file={_keyFile}\n");
        var error = Assert.Throws<OciConfigException>(() => SessionTokenSigner.FromProfile(OciConfigFile.Load(config, "S")));
        Assert.Contains("security_token_file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredTokenFailsBeforeAnythingIsSentAndSaysHowToRefreshIt()
    {
        var token = AuthFakes.Jwt(_now.AddMinutes(10));
        File.WriteAllText(_tokenFile, token);
        var signer = Signer();
        var network = new AuthFakes.Recording((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { Handler = network });
        await pipeline.SendAsync<OciEmpty>(HttpMethod.Get, new Uri("https://example.test"), "/x", null, null, null, CancellationToken.None);
        Assert.Single(network.Seen);

        _now = _now.AddMinutes(11);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(
            () => pipeline.SendAsync<OciEmpty>(HttpMethod.Get, new Uri("https://example.test"), "/x", null, null, null, CancellationToken.None));
        Assert.Single(network.Seen);
        Assert.Contains("oci session refresh --profile MY_SESSION", error.Message, StringComparison.Ordinal);
        Assert.Contains("oci session authenticate", error.Message, StringComparison.Ordinal);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAlreadyExpiredTokenFailsWhenTheSignerIsMade()
    {
        File.WriteAllText(_tokenFile, AuthFakes.Jwt(_now.AddSeconds(-1)));
        var error = Assert.Throws<OciAuthenticationException>(() => Signer());
        Assert.Contains("oci session refresh --profile MY_SESSION", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReReadsTheTokenFileWhenItChanges()
    {
        File.WriteAllText(_tokenFile, AuthFakes.Jwt(_now.AddMinutes(1)));
        var signer = Signer();
        _now = _now.AddMinutes(2);
        await Assert.ThrowsAsync<OciAuthenticationException>(() => SignAsync(signer));

        var refreshed = AuthFakes.Jwt(_now.AddHours(1));
        File.WriteAllText(_tokenFile, refreshed);
        File.SetLastWriteTimeUtc(_tokenFile, DateTime.UtcNow.AddSeconds(5));
        var authorization = await SignAsync(signer);
        Assert.Contains($"keyId=\"ST${refreshed}\"", authorization, StringComparison.Ordinal);
        Assert.Equal(refreshed, signer.Token.Value);
    }

    [Fact]
    public void InvalidateSaysWhetherTheFileNowHoldsAnotherToken()
    {
        var first = AuthFakes.Jwt(_now.AddHours(1));
        File.WriteAllText(_tokenFile, first);
        var signer = Signer();
        Assert.False(signer.Invalidate("ST$" + first));
        File.WriteAllText(_tokenFile, AuthFakes.Jwt(_now.AddHours(2)));
        Assert.True(signer.Invalidate("ST$" + first));
    }

    [Fact]
    public void AMissingTokenFileIsNamedWithTheCommandThatCreatesOne()
    {
        var error = Assert.Throws<OciAuthenticationException>(() => Signer());
        Assert.Contains(_tokenFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("oci session authenticate", error.Message, StringComparison.Ordinal);
    }

    private SessionTokenSigner Signer() => new("MY_SESSION", _tokenFile, _keyFile, null, AuthFakes.Tenancy, () => _now);

    private static async Task<string> SignAsync(IRequestSigner signer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/x");
        await signer.SignAsync(request, CancellationToken.None);
        return request.Headers.GetValues("Authorization").Single();
    }
}

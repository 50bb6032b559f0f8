using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests.Auth;

public sealed class InstancePrincipalSignerTests
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;
    private int _federationCalls;
    private TimeSpan _lifetime = TimeSpan.FromMinutes(20);
    private Func<Task>? _beforeIssuing;

    [Fact]
    public async Task FiftyConcurrentRequestsCauseExactlyOneFederationCall()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _beforeIssuing = () => gate.Task;
        var signer = Signer();

        var signing = Enumerable.Range(0, 50).Select(_ => Task.Run(() => SignAsync(signer))).ToArray();
        await WaitUntil(() => Volatile.Read(ref _federationCalls) == 1);
        Assert.All(signing, t => Assert.False(t.IsCompleted));
        gate.SetResult();
        var keyIds = await Task.WhenAll(signing);

        Assert.Equal(1, _federationCalls);
        Assert.Single(keyIds.Distinct());
        Assert.StartsWith("ST$", keyIds[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenewsShortlyBeforeExpiryButNotEarlier()
    {
        var signer = Signer();
        var first = await SignAsync(signer);
        _now += TimeSpan.FromMinutes(14);
        Assert.Equal(first, await SignAsync(signer));
        Assert.Equal(1, _federationCalls);

        _now += TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1); // under 5 minutes left
        var second = await SignAsync(signer);
        Assert.NotEqual(first, second);
        Assert.Equal(2, _federationCalls);
    }

    [Fact]
    public async Task ShortLivedTokensRenewInTheirLastQuarter()
    {
        _lifetime = TimeSpan.FromSeconds(60);
        var signer = Signer();
        await SignAsync(signer);
        _now += TimeSpan.FromSeconds(44);
        await SignAsync(signer);
        Assert.Equal(1, _federationCalls);
        _now += TimeSpan.FromSeconds(2);
        await SignAsync(signer);
        Assert.Equal(2, _federationCalls);
    }

    [Fact]
    public async Task ConcurrentInvalidationsAfterA401CauseOneRenewal()
    {
        var signer = Signer();
        var used = await SignAsync(signer);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _beforeIssuing = () => gate.Task;

        Assert.True(signer.Invalidate(used));
        var signing = Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
        {
            signer.Invalidate(used);
            return SignAsync(signer);
        })).ToArray();
        await WaitUntil(() => Volatile.Read(ref _federationCalls) == 2);
        gate.SetResult();
        var keyIds = await Task.WhenAll(signing);

        Assert.Equal(2, _federationCalls);
        Assert.All(keyIds, k => Assert.NotEqual(used, k));
        Assert.Single(keyIds.Distinct());
    }

    [Fact]
    public async Task AFailedRenewalReachesEveryWaiterAndTheNextCallTriesAgain()
    {
        var fail = true;
        var calls = 0;
        var signer = new InstancePrincipalSigner(AuthFakes.Tenancy, async _ =>
        {
            Interlocked.Increment(ref calls);
            await Task.Yield();
            if (fail)
            {
                throw new OciAuthenticationException("federation failed (test)");
            }
            return Credentials();
        }, () => _now);

        var failures = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
            await Record.ExceptionAsync(() => SignAsync(signer)))));
        Assert.All(failures, e => Assert.IsType<OciAuthenticationException>(e));
        Assert.InRange(calls, 1, 10);

        fail = false;
        var before = calls;
        await SignAsync(signer);
        Assert.Equal(before + 1, calls);
    }

    [Fact]
    public async Task KeepsAStillValidTokenWhenAnEarlyRenewalFails()
    {
        var fail = false;
        var signer = new InstancePrincipalSigner(AuthFakes.Tenancy, _ => fail
            ? Task.FromException<SessionCredentials>(new OciAuthenticationException("down (test)"))
            : Task.FromResult(Credentials()), () => _now);
        var first = await SignAsync(signer);
        _now += TimeSpan.FromMinutes(17);
        fail = true;
        Assert.Equal(first, await SignAsync(signer));
        _now += TimeSpan.FromMinutes(4);
        await Assert.ThrowsAsync<OciAuthenticationException>(() => SignAsync(signer));
    }

    [Fact]
    public async Task CreateReadsRegionAndTenancyFromTheMetadataServiceAndFederates()
    {
        var identity = AuthFakes.InstanceIdentity();
        var metadata = new AuthFakes.Metadata(identity);
        var federation = new AuthFakes.Recording((_, _) => AuthFakes.Json(System.Net.HttpStatusCode.OK,
            $"{{\"token\":\"{AuthFakes.Jwt(DateTimeOffset.UtcNow.AddMinutes(20))}\"}}"));
        var router = new Router(metadata, federation);
        using var signer = await InstancePrincipalSigner.CreateAsync(new Uri("http://169.254.169.254/opc/v2/"),
            new Uri("https://auth.test"), router, CancellationToken.None);

        Assert.Equal("iad", signer.Region);
        Assert.Equal(AuthFakes.Tenancy, signer.TenancyId);
        Assert.Single(federation.Seen);
        Assert.All(metadata.AuthorizationHeaders, h => Assert.Equal("Bearer Oracle", h));
    }

    private InstancePrincipalSigner Signer() => new(AuthFakes.Tenancy, async _ =>
    {
        Interlocked.Increment(ref _federationCalls);
        if (_beforeIssuing is { } wait)
        {
            await wait();
        }
        return Credentials();
    }, () => _now);

    private SessionCredentials Credentials() =>
        new(SecurityToken.Parse(AuthFakes.Jwt(_now + _lifetime, _now), "test"), RSA.Create(2048));

    private static async Task<string> SignAsync(IRequestSigner signer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/x");
        await signer.SignAsync(request, CancellationToken.None);
        var authorization = request.Headers.GetValues("Authorization").Single();
        return authorization.Split("keyId=\"")[1].Split('"')[0];
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }

    /// <summary>Sends metadata requests (169.254.169.254) to one handler and the rest to another.</summary>
    private sealed class Router : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _metadata;
        private readonly HttpMessageInvoker _other;

        public Router(HttpMessageHandler metadata, HttpMessageHandler other) => (_metadata, _other) = (new(metadata), new(other));

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "169.254.169.254" ? _metadata : _other).SendAsync(request, cancellationToken);
    }
}

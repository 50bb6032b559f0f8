using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Signs as the instance itself: keyId <c>ST$&lt;token&gt;</c> with the session key the token was issued for. The
/// token is renewed shortly before it expires and after a 401; however many requests need a new token at once, only
/// one federation call is made and they all wait for it (single flight).
/// </summary>
public sealed class InstancePrincipalSigner : RequestSigner, ITokenSigner, IDisposable
{
    private static readonly TimeSpan MaxRefreshMargin = TimeSpan.FromMinutes(5);
    private readonly object _gate = new();
    private readonly Func<CancellationToken, Task<SessionCredentials>> _requestToken;
    private readonly Func<DateTimeOffset> _clock;
    private readonly IDisposable? _owned;
    private SessionCredentials? _current;
    private bool _stale;
    private Task<SessionCredentials>? _refreshing;

    /// <param name="tenancyId">The instance's tenancy.</param>
    /// <param name="requestToken">Gets a new token (normally <see cref="X509FederationClient.RequestTokenAsync"/>).</param>
    /// <param name="clock">The current time (tests).</param>
    /// <param name="owned">Disposed with the signer.</param>
    public InstancePrincipalSigner(string tenancyId, Func<CancellationToken, Task<SessionCredentials>> requestToken,
        Func<DateTimeOffset>? clock = null, IDisposable? owned = null)
    {
        TenancyId = tenancyId;
        _requestToken = requestToken;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        _owned = owned;
    }

    /// <inheritdoc />
    public override string TenancyId { get; }

    /// <inheritdoc />
    public override string? RejectionAdvice =>
        "The service did not accept this instance's security token, even a renewed one. Check that this instance's clock is right " +
        "and that the service endpoint is in the instance's own region (Connect-Osm without -Region uses the metadata service's).";

    /// <summary>The instance's region as the metadata service gave it (set by <see cref="CreateAsync"/>).</summary>
    public string? Region { get; private set; }

    /// <summary>
    /// Asks the metadata service for the region and identity, and the auth service for a first token, so that a
    /// machine that is not an OCI instance, or an instance that may not federate, fails here.
    /// </summary>
    /// <param name="metadataEndpoint">The metadata service (default http://169.254.169.254/opc/v2/).</param>
    /// <param name="federationEndpoint">The auth service (default https://auth.REGION.DOMAIN for the instance's region).</param>
    /// <param name="handler">Sends metadata and federation requests (tests); null means the network.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <param name="proxy">The proxy for the auth service (null: the environment's); the metadata service is always reached directly.</param>
    public static async Task<InstancePrincipalSigner> CreateAsync(Uri? metadataEndpoint, Uri? federationEndpoint,
        HttpMessageHandler? handler, CancellationToken cancellationToken, OciProxy? proxy = null)
    {
        var metadata = new InstanceMetadataClient(metadataEndpoint, handler);
        X509FederationClient? federation = null;
        try
        {
            var region = await metadata.GetRegionAsync(cancellationToken).ConfigureAwait(false);
            var identity = await metadata.GetIdentityAsync(cancellationToken).ConfigureAwait(false);
            federation = new X509FederationClient(X509FederationClient.EndpointFor(region, federationEndpoint), metadata, handler, proxy: proxy);
            var signer = new InstancePrincipalSigner(identity.TenancyId, federation.RequestTokenAsync, owned: new Both(federation, metadata))
            {
                Region = region,
            };
            await signer.GetSessionCredentialsAsync(cancellationToken).ConfigureAwait(false);
            return signer;
        }
        catch
        {
            federation?.Dispose();
            metadata.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public bool Invalidate(string keyIdUsed)
    {
        lock (_gate)
        {
            if (_current is not null && _current.KeyId == keyIdUsed)
            {
                _stale = true;
            }
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();

    /// <inheritdoc />
    protected override async Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var credentials = await GetSessionCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return (credentials.KeyId, credentials.Key);
    }

    /// <summary>The credentials to sign with now, renewing them (once for all callers) when due.</summary>
    public async Task<SessionCredentials> GetSessionCredentialsAsync(CancellationToken cancellationToken)
    {
        Task<SessionCredentials> refreshing;
        SessionCredentials? stillValid;
        lock (_gate)
        {
            var current = _current;
            if (current is not null && !_stale && !RefreshDue(current.Token))
            {
                return current;
            }
            stillValid = current is not null && !_stale && !current.Token.IsExpired(_clock()) ? current : null;
            refreshing = _refreshing ??= Task.Run(RefreshAsync, CancellationToken.None);
        }
        try
        {
            return await WaitAsync(refreshing, cancellationToken).ConfigureAwait(false);
        }
        catch (OciAuthenticationException) when (stillValid is not null)
        {
            // Renewing early failed; the token in hand still works until it expires (the next call tries again).
            return stillValid;
        }
    }

    private async Task<SessionCredentials> RefreshAsync()
    {
        try
        {
            var fresh = await _requestToken(CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _current = fresh;
                _stale = false;
                _refreshing = null;
            }
            return fresh;
        }
        catch
        {
            lock (_gate)
            {
                _refreshing = null;
            }
            throw;
        }
    }

    /// <summary>Renew once less than a quarter of the token's life (at most 5 minutes) is left.</summary>
    private bool RefreshDue(SecurityToken token)
    {
        var lifetime = token.IssuedAt is { } issued ? token.ExpiresAt - issued : TimeSpan.FromMinutes(20);
        var margin = TimeSpan.FromTicks(Math.Min(MaxRefreshMargin.Ticks, Math.Max(0, lifetime.Ticks / 4)));
        return _clock() >= token.ExpiresAt - margin;
    }

    private static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || task.IsCompleted)
        {
            return await task.ConfigureAwait(false);
        }
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        return await task.ConfigureAwait(false);
    }

    private sealed class Both : IDisposable
    {
        private readonly IDisposable _first;
        private readonly IDisposable _second;

        public Both(IDisposable first, IDisposable second)
        {
            _first = first;
            _second = second;
        }

        public void Dispose()
        {
            _first.Dispose();
            _second.Dispose();
        }
    }
}

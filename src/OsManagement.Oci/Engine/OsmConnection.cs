using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;

namespace OsManagement.Oci.Engine;

/// <summary>
/// An open connection to one region: the signer, one shared HTTP pipeline and the service that answers.
/// Opening validates the config profile and loads the key, so a bad profile fails here, before any request.
/// </summary>
public sealed class OsmConnection : IDisposable
{
    private readonly OciHttpPipeline _pipeline;
    private IDisposable?[] _owned = Array.Empty<IDisposable?>();

    private OsmConnection(OsmConnectionSettings settings, string configFile, string profile, string region,
        string tenancyId, string? userId, OciHttpPipeline pipeline, Uri serviceEndpoint, Uri identityEndpoint)
    {
        Settings = settings;
        ConfigFile = configFile;
        Profile = profile;
        Region = region;
        TenancyId = tenancyId;
        UserId = userId;
        _pipeline = pipeline;
        ServiceEndpoint = serviceEndpoint;
        IdentityEndpoint = identityEndpoint;
        Service = CreateService(pipeline);
    }

    /// <summary>The settings this connection was opened with.</summary>
    public OsmConnectionSettings Settings { get; }

    /// <summary>The config file the profile was read from ("" for instance principals).</summary>
    public string ConfigFile { get; }

    /// <summary>The profile used ("InstancePrincipal" for instance principals).</summary>
    public string Profile { get; }

    /// <summary>The region (canonical id, e.g. us-ashburn-1).</summary>
    public string Region { get; }

    /// <summary>The tenancy OCID (the root compartment).</summary>
    public string TenancyId { get; }

    /// <summary>The user OCID: API keys; session tokens (the token's subject).</summary>
    public string? UserId { get; }

    /// <summary>Which service answers (<see cref="ServiceRegistry"/>).</summary>
    public ServiceDefinition ServiceDefinition => Settings.Service;

    /// <summary>Where the requests of the service that answers go (https://osmh.REGION..., https://osms.REGION..., or the override).</summary>
    public Uri ServiceEndpoint { get; }

    /// <summary>Where Identity requests go.</summary>
    public Uri IdentityEndpoint { get; }

    /// <summary>The shared pipeline (signer, connections, retries): for the bench's baseline, which speaks to the clients directly.</summary>
    internal OciHttpPipeline Pipeline => _pipeline;

    /// <summary>The proxy requests to OCI go through (<see cref="OciProxy.None"/> when direct).</summary>
    public OciProxy Proxy { get; private set; } = OciProxy.None;

    /// <summary>What the cmdlets call: the service behind one interface, whichever generation answers.</summary>
    public IOsmService Service { get; }

    /// <summary>
    /// The service, with every HTTP call it makes told to <paramref name="onCall"/> as a line (<see cref="CallLog"/>: a
    /// cmdlet's verbose output). It shares this connection's signer and connections; make one per unit of work that
    /// reports its calls.
    /// </summary>
    public IOsmService OpenService(Action<string>? onCall)
    {
        if (onCall is null)
        {
            return Service;
        }
        return CreateService(_pipeline.WithCallObserver(record => onCall(CallLog.Describe(record))));
    }

    /// <summary>The regions the tenancy subscribes to (Identity's ListRegionSubscriptions), as Identity lists them.</summary>
    public Task<IReadOnlyList<SubscribedRegion>> SubscribedRegionsAsync(CancellationToken cancellationToken) =>
        ServiceErrors.Call<IReadOnlyList<SubscribedRegion>>(async () =>
            (await new IdentityClient(_pipeline, IdentityEndpoint).ListRegionSubscriptionsAsync(TenancyId, cancellationToken).ConfigureAwait(false))
            .Where(s => !string.IsNullOrEmpty(s.RegionName))
            .Select(s => new SubscribedRegion(s.RegionName!, s.RegionKey, s.IsHomeRegion == true, s.Status is null or "READY"))
            .ToList());

    // The registry's entry makes the service.
    private IOsmService CreateService(OciHttpPipeline pipeline) => ServiceDefinition.Create(pipeline, ServiceEndpoint, IdentityEndpoint, TenancyId);

    /// <summary>
    /// Opens a connection: reads and validates the profile and loads the key (API key, session token), or asks the
    /// instance metadata and auth services for a first token (instance principal); resolves the endpoints.
    /// </summary>
    /// <exception cref="OciConfigException">The config file or profile is missing or incomplete.</exception>
    /// <exception cref="OciKeyException">The key cannot be read or decrypted.</exception>
    /// <exception cref="OciAuthenticationException">The session token has expired, or instance principal credentials cannot be had.</exception>
    /// <exception cref="ArgumentException">The proxy settings are wrong (see <see cref="OciProxy.Resolve"/>).</exception>
    public static OsmConnection Open(OsmConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        var proxy = OciProxy.Resolve(settings.Proxy, settings.ProxyCredential);
        return settings.AuthType switch
        {
            OsmAuthType.ApiKey => OpenWithProfile(settings, proxy, profile => ApiKeySigner.FromProfile(profile)),
            OsmAuthType.SessionToken => OpenWithProfile(settings, proxy, profile => SessionTokenSigner.FromProfile(profile)),
            OsmAuthType.InstancePrincipal => OpenAsInstance(settings, proxy, cancellationToken),
            _ => throw new NotSupportedException($"Authentication type {settings.AuthType} is not supported."),
        };
    }

    private static OsmConnection OpenWithProfile(OsmConnectionSettings settings, OciProxy proxy, Func<OciConfigProfile, RequestSigner> createSigner)
    {
        var profile = OciConfigFile.Load(settings.ConfigFile, settings.Profile);
        if (settings.AuthType == OsmAuthType.ApiKey)
        {
            profile.RequireApiKeyFields();
        }
        else
        {
            profile.RequireSessionTokenFields();
        }
        var region = settings.Region ?? Environment.GetEnvironmentVariable("OCI_CLI_REGION") ?? profile.Region;
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new OciConfigException(
                $"No region: the profile [{profile.ProfileName}] in '{profile.FilePath}' has no 'region' key. Add region=<id> to the profile or pass -Region.");
        }
        var signer = createSigner(profile);
        var userId = signer is SessionTokenSigner session ? session.Token.GetClaim("sub") : profile.User;
        return Create(settings, proxy, profile.FilePath, profile.ProfileName, region!, profile.Tenancy!, userId, signer);
    }

    // Reading the metadata service can take seconds where there is none (169.254.169.254 often does not answer at all),
    // so the caller's token (Ctrl+C in Connect-Osm) reaches it.
    private static OsmConnection OpenAsInstance(OsmConnectionSettings settings, OciProxy proxy, CancellationToken cancellationToken)
    {
        var signer = Task.Run(() => InstancePrincipalSigner.CreateAsync(settings.MetadataEndpoint, settings.FederationEndpoint, null, cancellationToken, proxy), cancellationToken)
            .GetAwaiter().GetResult();
        try
        {
            return Create(settings, proxy, "", "InstancePrincipal", settings.Region ?? signer.Region!, signer.TenancyId, null, signer);
        }
        catch
        {
            signer.Dispose();
            throw;
        }
    }

    private static OsmConnection Create(OsmConnectionSettings settings, OciProxy proxy, string configFile, string profile, string region,
        string tenancyId, string? userId, RequestSigner signer)
    {
        var canonicalRegion = OciRegions.Resolve(region);
        var endpointOverride = settings.EndpointFor(canonicalRegion);
        var serviceEndpoint = settings.Service.EndpointFor(canonicalRegion, endpointOverride);
        var identityEndpoint = OciRegions.ServiceEndpoint("identity", canonicalRegion, endpointOverride);
        var options = new OciClientOptions { Proxy = proxy };
        if (signer is ITokenSigner tokenSigner)
        {
            // A 401 to a token-signed request is retried once with a renewed token.
            options.Handler = new TokenRefreshHandler(tokenSigner, OciHttpHandlers.Create(proxy, options.MaxConnectionsPerServer));
        }
        var pipeline = new OciHttpPipeline(signer, options);
        return new OsmConnection(settings, configFile, profile, canonicalRegion, tenancyId, userId, pipeline, serviceEndpoint, identityEndpoint)
        {
            Proxy = proxy,
            _owned = new IDisposable?[] { options.Handler, signer as IDisposable },
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _pipeline.Dispose();
        foreach (var owned in _owned)
        {
            owned?.Dispose();
        }
    }
}

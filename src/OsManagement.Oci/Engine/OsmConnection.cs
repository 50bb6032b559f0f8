using System;
using System.Threading;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;
using OsManagement.Oci.OsManagement;

namespace OsManagement.Oci.Engine;

/// <summary>
/// An open connection to one region: the signer, one shared HTTP pipeline and the service clients.
/// Opening validates the config profile and loads the key, so a bad profile fails here, before any request.
/// </summary>
public sealed class OsmConnection : IDisposable
{
    private static readonly AsyncLocal<Action<OciCallRecord>?> CurrentObserver = new();
    private readonly OciHttpPipeline _pipeline;

    private OsmConnection(OsmConnectionSettings settings, string configFile, string profile, string region,
        string tenancyId, string? userId, OciHttpPipeline pipeline, Uri osManagementEndpoint, Uri identityEndpoint)
    {
        Settings = settings;
        ConfigFile = configFile;
        Profile = profile;
        Region = region;
        TenancyId = tenancyId;
        UserId = userId;
        _pipeline = pipeline;
        OsManagementEndpoint = osManagementEndpoint;
        IdentityEndpoint = identityEndpoint;
        OsManagement = new OsManagementClient(pipeline, osManagementEndpoint);
        Identity = new IdentityClient(pipeline, identityEndpoint);
        Service = new OsManagementService20190801(OsManagement, Identity, tenancyId);
    }

    /// <summary>The settings this connection was opened with.</summary>
    public OsmConnectionSettings Settings { get; }

    /// <summary>The config file the profile was read from.</summary>
    public string ConfigFile { get; }

    /// <summary>The profile used.</summary>
    public string Profile { get; }

    /// <summary>The region (canonical id, e.g. us-ashburn-1).</summary>
    public string Region { get; }

    /// <summary>The tenancy OCID (the root compartment).</summary>
    public string TenancyId { get; }

    /// <summary>The user OCID, for API keys.</summary>
    public string? UserId { get; }

    /// <summary>Where OS Management requests go.</summary>
    public Uri OsManagementEndpoint { get; }

    /// <summary>Where Identity requests go.</summary>
    public Uri IdentityEndpoint { get; }

    /// <summary>The OS Management (20190801) client.</summary>
    public OsManagementClient OsManagement { get; }

    /// <summary>The Identity client.</summary>
    public IdentityClient Identity { get; }

    /// <summary>What the cmdlets call: the service behind one interface, whichever generation answers.</summary>
    public IOsmService Service { get; }

    /// <summary>
    /// Receives a record of every HTTP call made in the current async flow (for verbose output).
    /// Set it around a unit of work; it flows into the tasks that work starts.
    /// </summary>
    public static Action<OciCallRecord>? CallObserver
    {
        get => CurrentObserver.Value;
        set => CurrentObserver.Value = value;
    }

    /// <summary>Opens a connection: reads and validates the profile, loads the key, resolves the endpoints.</summary>
    /// <exception cref="OciConfigException">The config file or profile is missing or incomplete.</exception>
    /// <exception cref="OciKeyException">The key cannot be read or decrypted.</exception>
    public static OsmConnection Open(OsmConnectionSettings settings)
    {
        if (settings.AuthType != OsmAuthType.ApiKey)
        {
            throw new NotSupportedException($"Authentication type {settings.AuthType} is not available yet; use ApiKey.");
        }

        var profile = OciConfigFile.Load(settings.ConfigFile, settings.Profile);
        profile.RequireApiKeyFields();
        var region = settings.Region ?? Environment.GetEnvironmentVariable("OCI_CLI_REGION") ?? profile.Region;
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new OciConfigException(
                $"No region: the profile [{profile.ProfileName}] in '{profile.FilePath}' has no 'region' key. Add region=<id> to the profile or pass -Region.");
        }

        var signer = ApiKeySigner.FromProfile(profile);
        var canonicalRegion = OciRegions.Resolve(region!);
        var osmsEndpoint = OciRegions.ServiceEndpoint("osms", canonicalRegion, settings.Endpoint);
        var identityEndpoint = OciRegions.ServiceEndpoint("identity", canonicalRegion, settings.Endpoint);
        var pipeline = new OciHttpPipeline(signer, new OciClientOptions { OnCall = record => CallObserver?.Invoke(record) });
        return new OsmConnection(settings, profile.FilePath, profile.ProfileName, canonicalRegion, profile.Tenancy!,
            profile.User, pipeline, osmsEndpoint, identityEndpoint);
    }

    /// <inheritdoc />
    public void Dispose() => _pipeline.Dispose();
}

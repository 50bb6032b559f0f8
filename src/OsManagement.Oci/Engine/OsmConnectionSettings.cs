using System;
using System.Collections.Generic;
using System.Net;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Engine;

/// <summary>What a connection is opened from: the config profile, region, auth type and endpoint override.</summary>
public sealed class OsmConnectionSettings
{
    /// <summary>The OCI config file; null means the default (environment variables, then ~/.oci/config).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The profile in the config file; null means the default (OCI_CLI_PROFILE, then DEFAULT).</summary>
    public string? Profile { get; set; }

    /// <summary>The region id or short key; null means the profile's (or OCI_CLI_REGION).</summary>
    public string? Region { get; set; }

    /// <summary>Which service answers (<see cref="ServiceRegistry"/>; OS Management Hub by default).</summary>
    public ServiceDefinition Service { get; set; } = ServiceRegistry.Default;

    /// <summary>How requests are signed.</summary>
    public OsmAuthType AuthType { get; set; } = OsmAuthType.ApiKey;

    /// <summary>Replaces scheme and host of every service endpoint (the emulator, private endpoints).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Where each region answers when not at OCI's own endpoints (the emulator: one endpoint per region); region ids as
    /// keys. With it, <see cref="Endpoint"/> is the home region's, and a region it does not name cannot be reached.
    /// </summary>
    public IReadOnlyDictionary<string, Uri>? RegionEndpoints { get; set; }

    /// <summary>
    /// The endpoint override for <paramref name="region"/> (canonical id): its own in <see cref="RegionEndpoints"/>, else
    /// <see cref="Endpoint"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="RegionEndpoints"/> is set and does not name the region.</exception>
    public Uri? EndpointFor(string region)
    {
        if (RegionEndpoints is null)
        {
            return Endpoint;
        }
        foreach (var entry in RegionEndpoints)
        {
            if (string.Equals(OciRegions.Resolve(entry.Key), region, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }
        throw new ArgumentException($"Region {region} is not one this connection reaches: it serves {string.Join(", ", RegionEndpoints.Keys)}." +
            " Give one of those regions (an emulator serves the regions it was started with: Start-OsmEmulator -Region).");
    }

    /// <summary>Instance principals: the instance metadata service (default http://169.254.169.254/opc/v2/).</summary>
    public Uri? MetadataEndpoint { get; set; }

    /// <summary>Instance principals: the auth service that issues tokens (default https://auth.REGION.DOMAIN).</summary>
    public Uri? FederationEndpoint { get; set; }

    /// <summary>Every request to OCI through this proxy (http or https); null means the environment's or the system's (<see cref="OciProxy"/>).</summary>
    public Uri? Proxy { get; set; }

    /// <summary>The user name and password <see cref="Proxy"/> asks for; only with <see cref="Proxy"/>.</summary>
    public NetworkCredential? ProxyCredential { get; set; }

    /// <summary>A copy of these settings for another region.</summary>
    public OsmConnectionSettings WithRegion(string region) => new()
    {
        ConfigFile = ConfigFile,
        Profile = Profile,
        Region = region,
        Service = Service,
        AuthType = AuthType,
        Endpoint = Endpoint,
        RegionEndpoints = RegionEndpoints,
        MetadataEndpoint = MetadataEndpoint,
        FederationEndpoint = FederationEndpoint,
        Proxy = Proxy,
        ProxyCredential = ProxyCredential,
    };
}

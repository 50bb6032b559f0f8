using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// A connection to OCI OS Management Hub (or the retired OS Management service) for one region: where requests go and who signs them.
/// <c>Connect-Osm</c> makes one and keeps it for the session; every cmdlet takes one with <c>-Context</c>.
/// Holds no secret: the key stays inside the connection.
/// </summary>
public sealed class OsmContext
{
    internal OsmContext(OsmConnection connection)
    {
        Connection = connection;
        ConnectedAt = DateTime.Now;
    }

    internal OsmConnection Connection { get; }

    /// <summary>Which service answers: Hub (OS Management Hub, the default) or Classic (the retired OS Management service).</summary>
    public string Service => Connection.ServiceDefinition.Name;

    /// <summary>The region requests go to.</summary>
    public string Region => Connection.Region;

    /// <summary>The tenancy OCID (the root compartment).</summary>
    public string TenancyId => Connection.TenancyId;

    /// <summary>The user OCID (API keys only).</summary>
    public string? UserId => Connection.UserId;

    /// <summary>How requests are signed.</summary>
    public OsmAuthType AuthType => Connection.Settings.AuthType;

    /// <summary>The config file the profile came from.</summary>
    public string ConfigFile => Connection.ConfigFile;

    /// <summary>The profile used.</summary>
    public string Profile => Connection.Profile;

    /// <summary>Where the service's requests go (https://osmh.REGION... for Hub, https://osms.REGION... for Classic, or -Endpoint).</summary>
    public string Endpoint => Connection.ServiceEndpoint.ToString().TrimEnd('/');

    /// <summary>
    /// Where each region is reached when not at OCI's own endpoints (an emulator of several regions: region to endpoint);
    /// null when every region is OCI's, or all go to <see cref="Endpoint"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? RegionEndpoints => Connection.Settings.RegionEndpoints?
        .ToDictionary(r => r.Key, r => r.Value.ToString().TrimEnd('/'), StringComparer.OrdinalIgnoreCase);

    /// <summary>The proxy requests to OCI go through (its address, never its user name or password); null when they go direct.</summary>
    public string? Proxy => Connection.Proxy.AddressFor(Connection.ServiceEndpoint)?.ToString();

    /// <summary>Where <see cref="Proxy"/> was set: -Proxy, the environment variable's name, or the system's proxy settings.</summary>
    public string? ProxySource => Connection.Proxy.OriginFor(Connection.ServiceEndpoint);

    /// <summary>When the connection was made (local time).</summary>
    public DateTime ConnectedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Profile}@{Region}";
}

using System.Net;
using System.Net.Http;

namespace OsManagement.Oci.Http;

/// <summary>The HTTP handlers every client of a connection sends through: one place decides proxy use.</summary>
public static class OciHttpHandlers
{
    /// <summary>Requests to OCI's services (and the auth service), through <paramref name="proxy"/> where it applies.</summary>
    public static HttpClientHandler Create(OciProxy proxy, int maxConnectionsPerServer = 64) => new()
    {
        MaxConnectionsPerServer = maxConnectionsPerServer,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        UseProxy = proxy.Source != OciProxySource.None,
        Proxy = proxy.Source != OciProxySource.None ? proxy : null,
    };

    /// <summary>
    /// Requests that never go through a proxy: the instance metadata service (169.254.169.254, or -MetadataEndpoint)
    /// answers only on the instance itself, so a proxy could only fail to reach it, or reach another machine's.
    /// </summary>
    public static HttpClientHandler CreateDirect() => new() { UseProxy = false };
}

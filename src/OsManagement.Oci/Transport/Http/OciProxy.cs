using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.InteropServices;

namespace OsManagement.Oci.Http;

/// <summary>Where a connection's proxy comes from.</summary>
public enum OciProxySource
{
    /// <summary>No proxy: requests go direct.</summary>
    None,

    /// <summary>Connect-Osm -Proxy (with -ProxyCredential).</summary>
    Parameter,

    /// <summary>HTTPS_PROXY, HTTP_PROXY or ALL_PROXY (lower-case names too), with NO_PROXY.</summary>
    Environment,

    /// <summary>The system's proxy settings (Windows, macOS).</summary>
    System,
}

/// <summary>
/// The proxy that a connection's requests to OCI go through, decided once when the connection opens, in this order:
/// <list type="number">
/// <item>an explicit proxy (Connect-Osm -Proxy, with -ProxyCredential), for every request to OCI;</item>
/// <item>else the environment, as curl and the OCI CLI read it: https_proxy or HTTPS_PROXY for https addresses,
/// http_proxy or HTTP_PROXY for http ones, all_proxy or ALL_PROXY for both, credentials as user:password@ in the
/// address, and no_proxy or NO_PROXY for the hosts that go direct (see <see cref="OciNoProxyList"/>);</item>
/// <item>else, on Windows and macOS, the system's proxy settings (with the signed-in user's credentials);</item>
/// <item>else none.</item>
/// </list>
/// A loopback address is proxied like any other unless NO_PROXY names it, as .NET's own default proxy does. The
/// instance metadata service is never proxied (<see cref="OciHttpHandlers.CreateDirect"/>): it answers only on the
/// instance itself. The environment is read here rather than left to .NET, because .NET reads it once per process
/// (a variable set later in the session would be missed) and Windows PowerShell's .NET Framework not at all.
/// </summary>
public sealed class OciProxy : IWebProxy
{
    private readonly Route? _http;
    private readonly Route? _https;
    private readonly OciNoProxyList _bypass;
    private readonly IWebProxy? _system;

    private OciProxy(OciProxySource source, Route? http, Route? https, OciNoProxyList bypass, IWebProxy? system)
    {
        Source = source;
        _http = http;
        _https = https;
        _bypass = bypass;
        _system = system;
        Credentials = system is not null ? CredentialCache.DefaultCredentials : new RouteCredentials(http, https);
    }

    /// <summary>No proxy at all.</summary>
    public static OciProxy None { get; } = new(OciProxySource.None, null, null, new OciNoProxyList(null), null);

    /// <summary>Where this proxy comes from.</summary>
    public OciProxySource Source { get; }

    /// <inheritdoc />
    public ICredentials? Credentials { get; set; }

    /// <summary>
    /// The proxy for a connection: <paramref name="address"/> when given, else the environment's or the system's.
    /// </summary>
    /// <exception cref="ArgumentException">The address or a proxy variable is not an http(s) proxy address, the address
    /// holds a password, or a credential is given without an address.</exception>
    public static OciProxy Resolve(Uri? address, NetworkCredential? credential, Func<string, string?>? environment = null)
    {
        if (address is not null)
        {
            return Explicit(address, credential);
        }
        if (credential is not null)
        {
            throw new ArgumentException(
                "-ProxyCredential was given without -Proxy. Give the proxy's address too: Connect-Osm -Proxy http://proxy.example.com:3128 -ProxyCredential (Get-Credential).");
        }
        return FromEnvironment(environment);
    }

    /// <summary>Every request to OCI through <paramref name="address"/>, with <paramref name="credential"/> when the proxy asks.</summary>
    public static OciProxy Explicit(Uri address, NetworkCredential? credential)
    {
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"-Proxy '{address}' is not an http or https address. Give the proxy as http://host:port (or https://host:port), for example -Proxy http://proxy.example.com:3128.");
        }
        if (address.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                "-Proxy holds a user name or password. Give the proxy's address alone and its user name and password with -ProxyCredential (Get-Credential), so the password is not shown in the session's history or context.");
        }
        var route = new Route(Root(address), "-Proxy", credential);
        return new OciProxy(OciProxySource.Parameter, route, route, new OciNoProxyList(null), null);
    }

    /// <summary>The environment's proxy (read now), else the system's on Windows and macOS, else none.</summary>
    /// <param name="environment">Reads a variable (tests); null means the process environment.</param>
    public static OciProxy FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var all = Read(environment, "all_proxy", "ALL_PROXY");
        var http = Read(environment, "http_proxy", "HTTP_PROXY") ?? all;
        var https = Read(environment, "https_proxy", "HTTPS_PROXY") ?? all;
        if (http is not null || https is not null)
        {
            var noProxy = environment("no_proxy") is { Length: > 0 } lower ? lower : environment("NO_PROXY");
            return new OciProxy(OciProxySource.Environment, http, https, new OciNoProxyList(noProxy), null);
        }
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return new OciProxy(OciProxySource.System, null, null, new OciNoProxyList(null), WebRequest.GetSystemWebProxy());
        }
        return None;
    }

    /// <summary>The proxy requests to <paramref name="destination"/> go through (no user name or password in it), or null when they go direct.</summary>
    public Uri? AddressFor(Uri destination)
    {
        if (_system is not null)
        {
            return _system.IsBypassed(destination) || _system.GetProxy(destination) is not { } proxy || proxy == destination ? null : Root(proxy);
        }
        return RouteFor(destination)?.Address;
    }

    /// <summary>
    /// Where the proxy for <paramref name="destination"/> was set, for messages: "-Proxy", the variable's name, or
    /// "the system's proxy settings"; null when requests go direct.
    /// </summary>
    public string? OriginFor(Uri destination) =>
        _system is not null ? (AddressFor(destination) is null ? null : "the system's proxy settings") : RouteFor(destination)?.Origin;

    /// <summary>What to check when the proxy for <paramref name="destination"/> fails, for messages.</summary>
    public string AdviceFor(Uri destination) => Source switch
    {
        OciProxySource.Parameter => "Check the address given to Connect-Osm -Proxy, or connect without -Proxy to go direct.",
        OciProxySource.Environment =>
            $"Check the {OriginFor(destination)} environment variable, add {destination.IdnHost} to NO_PROXY to go direct, or pass Connect-Osm -Proxy.",
        _ => "Check the system's proxy settings, or pass Connect-Osm -Proxy.",
    };

    /// <summary>Whether a user name and password were given for the proxy of <paramref name="destination"/>.</summary>
    public bool HasCredentialFor(Uri destination) => RouteFor(destination)?.Credential is not null;

    /// <inheritdoc />
    public Uri GetProxy(Uri destination) => AddressFor(destination) ?? destination;

    /// <inheritdoc />
    public bool IsBypassed(Uri host) => AddressFor(host) is null;

    private Route? RouteFor(Uri destination)
    {
        var route = destination.Scheme == Uri.UriSchemeHttps ? _https : _http;
        return route is null || (Source == OciProxySource.Environment && _bypass.Contains(destination)) ? null : route;
    }

    private static Route? Read(Func<string, string?> environment, string lower, string upper)
    {
        var (name, value) = environment(lower) is { Length: > 0 } l ? (lower, l) : (upper, environment(upper));
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value!.Trim();
        // As curl does, an address without a scheme is an http proxy.
        if (!Uri.TryCreate(text.Contains("://") ? text : "http://" + text, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps) || address.Host.Length == 0)
        {
            // The value may hold a password: it is named, not shown.
            throw new ArgumentException(
                $"The {name} environment variable is not an http or https proxy address. Set it to http://host:port (user:password@ before the host if the proxy asks), clear it, or pass Connect-Osm -Proxy.");
        }
        NetworkCredential? credential = null;
        if (address.UserInfo.Length > 0)
        {
            var colon = address.UserInfo.IndexOf(':');
            credential = colon < 0
                ? new NetworkCredential(Uri.UnescapeDataString(address.UserInfo), "")
                : new NetworkCredential(Uri.UnescapeDataString(address.UserInfo.Substring(0, colon)), Uri.UnescapeDataString(address.UserInfo.Substring(colon + 1)));
        }
        return new Route(Root(address), name, credential);
    }

    // Scheme, host and port (Authority holds no user info): a proxy address has no path.
    private static Uri Root(Uri address) => new(address.Scheme + "://" + address.Authority + "/");

    private sealed class Route
    {
        public Route(Uri address, string origin, NetworkCredential? credential)
        {
            Address = address;
            Origin = origin;
            Credential = credential;
        }

        public Uri Address { get; }
        public string Origin { get; }
        public NetworkCredential? Credential { get; }
    }

    // The credential of whichever proxy asks (http and https proxies may differ): never one proxy's to another.
    private sealed class RouteCredentials : ICredentials
    {
        private readonly List<Route> _routes = new();

        public RouteCredentials(Route? http, Route? https)
        {
            foreach (var route in new[] { http, https })
            {
                if (route?.Credential is not null)
                {
                    _routes.Add(route);
                }
            }
        }

        public NetworkCredential? GetCredential(Uri uri, string authType) =>
            _routes.Find(r => string.Equals(r.Address.Authority, uri.Authority, StringComparison.OrdinalIgnoreCase))?.Credential;
    }
}

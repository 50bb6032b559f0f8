using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace OsManagement.Oci.Http;

/// <summary>
/// The hosts that go direct although a proxy is set: the NO_PROXY variable, comma-separated, as curl and Go read it.
/// <c>*</c> is every host; a name (<c>example.com</c>, <c>.example.com</c> or <c>*.example.com</c>) is that host and
/// every host under it; an IP address is that address; a block such as <c>10.0.0.0/8</c> or <c>fd00::/8</c> is every
/// address in it. A port after a name or address is ignored. Case does not matter.
/// </summary>
public sealed class OciNoProxyList
{
    private readonly bool _everything;
    private readonly List<string> _domains = new();
    private readonly List<(byte[] Network, int PrefixLength)> _blocks = new();

    /// <param name="value">The variable's value; null or empty means no host goes direct.</param>
    public OciNoProxyList(string? value)
    {
        foreach (var raw in (value ?? "").Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = raw.Trim();
            if (entry == "*")
            {
                _everything = true;
                continue;
            }
            var slash = entry.IndexOf('/');
            if (slash > 0 && IPAddress.TryParse(Unbracket(entry.Substring(0, slash)), out var network)
                && int.TryParse(entry.Substring(slash + 1), out var prefix) && prefix >= 0 && prefix <= network.GetAddressBytes().Length * 8)
            {
                _blocks.Add((network.GetAddressBytes(), prefix));
                continue;
            }
            var host = WithoutPort(entry);
            if (IPAddress.TryParse(host, out var address))
            {
                _blocks.Add((address.GetAddressBytes(), address.GetAddressBytes().Length * 8));
                continue;
            }
            host = host.TrimStart('*').TrimStart('.').ToLowerInvariant();
            if (host.Length > 0)
            {
                _domains.Add(host);
            }
        }
    }

    /// <summary>Whether requests to <paramref name="destination"/> go direct.</summary>
    public bool Contains(Uri destination)
    {
        if (_everything)
        {
            return true;
        }
        var host = Unbracket(destination.IdnHost).ToLowerInvariant();
        if (IPAddress.TryParse(host, out var address))
        {
            var bytes = (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).GetAddressBytes();
            return _blocks.Any(b => InBlock(bytes, b.Network, b.PrefixLength));
        }
        return _domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static bool InBlock(byte[] address, byte[] network, int prefixLength)
    {
        if (address.Length != network.Length)
        {
            return false;
        }
        for (var bit = 0; bit < prefixLength; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask))
            {
                return false;
            }
        }
        return true;
    }

    private static string WithoutPort(string entry)
    {
        if (entry.StartsWith("[", StringComparison.Ordinal))
        {
            var close = entry.IndexOf(']');
            return close > 0 ? entry.Substring(1, close - 1) : entry;
        }
        // One colon is a port; more are an IPv6 address without brackets.
        var colon = entry.IndexOf(':');
        return colon > 0 && colon == entry.LastIndexOf(':') ? entry.Substring(0, colon) : entry;
    }

    private static string Unbracket(string host) => host.StartsWith("[", StringComparison.Ordinal) && host.EndsWith("]", StringComparison.Ordinal)
        ? host.Substring(1, host.Length - 2)
        : host;
}

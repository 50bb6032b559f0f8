using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OsManagement.Oci.Http;

/// <summary>OCI regions: short keys, realms and the service endpoints they give.</summary>
public static class OciRegions
{
    // region id, short key, realm
    private static readonly (string Id, string Key, string Realm)[] Known =
    {
        ("us-ashburn-1", "iad", "oc1"), ("us-phoenix-1", "phx", "oc1"), ("us-sanjose-1", "sjc", "oc1"), ("us-chicago-1", "ord", "oc1"),
        ("ca-toronto-1", "yyz", "oc1"), ("ca-montreal-1", "yul", "oc1"), ("sa-saopaulo-1", "gru", "oc1"), ("sa-vinhedo-1", "vcp", "oc1"),
        ("sa-santiago-1", "scl", "oc1"), ("sa-bogota-1", "bog", "oc1"), ("sa-valparaiso-1", "vap", "oc1"), ("mx-queretaro-1", "qro", "oc1"),
        ("mx-monterrey-1", "mty", "oc1"), ("uk-london-1", "lhr", "oc1"), ("uk-cardiff-1", "cwl", "oc1"), ("eu-frankfurt-1", "fra", "oc1"),
        ("eu-amsterdam-1", "ams", "oc1"), ("eu-zurich-1", "zrh", "oc1"), ("eu-milan-1", "lin", "oc1"), ("eu-stockholm-1", "arn", "oc1"),
        ("eu-marseille-1", "mrs", "oc1"), ("eu-paris-1", "cdg", "oc1"), ("eu-madrid-1", "mad", "oc1"), ("eu-jovanovac-1", "beg", "oc1"),
        ("me-jeddah-1", "jed", "oc1"), ("me-dubai-1", "dxb", "oc1"), ("me-abudhabi-1", "auh", "oc1"), ("me-riyadh-1", "ruh", "oc1"),
        ("il-jerusalem-1", "mtz", "oc1"), ("af-johannesburg-1", "jnb", "oc1"), ("ap-mumbai-1", "bom", "oc1"), ("ap-hyderabad-1", "hyd", "oc1"),
        ("ap-tokyo-1", "nrt", "oc1"), ("ap-osaka-1", "kix", "oc1"), ("ap-seoul-1", "icn", "oc1"), ("ap-chuncheon-1", "yny", "oc1"),
        ("ap-sydney-1", "syd", "oc1"), ("ap-melbourne-1", "mel", "oc1"), ("ap-singapore-1", "sin", "oc1"), ("ap-singapore-2", "xsp", "oc1"),
        ("ap-batam-1", "hsg", "oc1"),
        ("us-langley-1", "lfi", "oc2"), ("us-luke-1", "luf", "oc2"),
        ("us-gov-ashburn-1", "ric", "oc3"), ("us-gov-chicago-1", "pia", "oc3"), ("us-gov-phoenix-1", "tus", "oc3"),
        ("uk-gov-london-1", "ltn", "oc4"), ("uk-gov-cardiff-1", "brs", "oc4"),
        ("ap-chiyoda-1", "nja", "oc8"), ("ap-ibaraki-1", "ukb", "oc8"),
        ("eu-frankfurt-2", "str", "oc19"), ("eu-madrid-2", "vll", "oc19"),
    };

    private static readonly Regex RegionIdPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> RealmDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oc1"] = "oraclecloud.com",
        ["oc2"] = "oraclegovcloud.com",
        ["oc3"] = "oraclegovcloud.com",
        ["oc4"] = "oraclegovcloud.uk",
        ["oc8"] = "oraclecloud8.com",
        ["oc19"] = "oraclecloud.eu",
    };

    /// <summary>Every region id this module knows (others are accepted too, in realm oc1).</summary>
    public static IEnumerable<string> KnownRegionIds => Known.Select(r => r.Id);

    /// <summary>The canonical region id for an id or short key (iad -> us-ashburn-1); an unknown id is kept as given.</summary>
    public static string Resolve(string region)
    {
        var trimmed = region.Trim().ToLowerInvariant();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The region is empty. Give a region id such as us-ashburn-1, or a short key such as iad.");
        }
        foreach (var r in Known)
        {
            if (r.Id == trimmed || r.Key == trimmed)
            {
                return r.Id;
            }
        }
        // The id becomes part of the host name: anything but letters, digits and inner dashes could send signed requests elsewhere.
        if (!RegionIdPattern.IsMatch(trimmed))
        {
            throw new ArgumentException($"'{region}' is not a region id. Give a region id such as us-ashburn-1, or a short key such as iad.");
        }
        return trimmed;
    }

    /// <summary>The second-level domain of a region's realm (unknown regions: oraclecloud.com).</summary>
    public static string DomainOf(string region)
    {
        var id = Resolve(region);
        var realm = Known.FirstOrDefault(r => r.Id == id).Realm ?? "oc1";
        return RealmDomains.TryGetValue(realm, out var domain) ? domain : "oraclecloud.com";
    }

    /// <summary>
    /// A service's endpoint (scheme and host) in a region, e.g. https://osms.us-ashburn-1.oci.oraclecloud.com for "osms".
    /// An override replaces it; plain http is accepted only for loopback.
    /// </summary>
    public static Uri ServiceEndpoint(string service, string region, Uri? endpointOverride = null)
    {
        if (endpointOverride is not null)
        {
            if (!endpointOverride.IsAbsoluteUri || (endpointOverride.Scheme != Uri.UriSchemeHttps && endpointOverride.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"The endpoint '{endpointOverride}' is not an absolute http(s) address.");
            }
            if (endpointOverride.Scheme == Uri.UriSchemeHttp && !endpointOverride.IsLoopback)
            {
                throw new ArgumentException($"The endpoint '{endpointOverride}' uses plain http to a host that is not loopback; signed requests must go over https. Use https://, or http only for 127.0.0.1/localhost.");
            }
            return new Uri(endpointOverride.GetLeftPart(UriPartial.Authority));
        }
        var id = Resolve(region);
        var host = service == "identity" ? $"identity.{id}.oci.{DomainOf(id)}" : $"{service}.{id}.oci.{DomainOf(id)}";
        return new Uri("https://" + host);
    }
}

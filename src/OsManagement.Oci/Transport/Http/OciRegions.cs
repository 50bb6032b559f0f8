using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OsManagement.Oci.Http;

/// <summary>OCI regions: short keys, realms and the service endpoints they give.</summary>
public static class OciRegions
{
    // region id, short key, realm: as oci-common 2.139.1 registers them (lib/region.js, lib/realm.js)
    private static readonly (string Id, string Key, string Realm)[] Known =
    {
        ("ap-chuncheon-1", "yny", "oc1"), ("ap-mumbai-1", "bom", "oc1"), ("ap-hyderabad-1", "hyd", "oc1"), ("ap-seoul-1", "icn", "oc1"),
        ("ap-sydney-1", "syd", "oc1"), ("ap-melbourne-1", "mel", "oc1"), ("ap-osaka-1", "kix", "oc1"), ("ap-tokyo-1", "nrt", "oc1"),
        ("ca-montreal-1", "yul", "oc1"), ("ca-toronto-1", "yyz", "oc1"), ("eu-frankfurt-1", "fra", "oc1"), ("eu-zurich-1", "zrh", "oc1"),
        ("sa-saopaulo-1", "gru", "oc1"), ("uk-cardiff-1", "cwl", "oc1"), ("uk-london-1", "lhr", "oc1"), ("us-ashburn-1", "iad", "oc1"),
        ("us-phoenix-1", "phx", "oc1"), ("eu-amsterdam-1", "ams", "oc1"), ("me-jeddah-1", "jed", "oc1"), ("us-sanjose-1", "sjc", "oc1"),
        ("me-dubai-1", "dxb", "oc1"), ("sa-santiago-1", "scl", "oc1"), ("sa-vinhedo-1", "vcp", "oc1"), ("il-jerusalem-1", "mtz", "oc1"),
        ("eu-marseille-1", "mrs", "oc1"), ("ap-singapore-1", "sin", "oc1"), ("me-abudhabi-1", "auh", "oc1"), ("eu-milan-1", "lin", "oc1"),
        ("eu-stockholm-1", "arn", "oc1"), ("af-johannesburg-1", "jnb", "oc1"), ("eu-paris-1", "cdg", "oc1"),
        ("mx-queretaro-1", "qro", "oc1"), ("eu-madrid-1", "mad", "oc1"), ("us-chicago-1", "ord", "oc1"), ("mx-monterrey-1", "mty", "oc1"),
        ("us-saltlake-2", "aga", "oc1"), ("sa-bogota-1", "bog", "oc1"), ("sa-valparaiso-1", "vap", "oc1"), ("ap-singapore-2", "xsp", "oc1"),
        ("me-riyadh-1", "ruh", "oc1"), ("ap-delhi-1", "onm", "oc1"), ("ap-batam-1", "hsg", "oc1"), ("eu-madrid-3", "orf", "oc1"),
        ("eu-turin-1", "nrq", "oc1"), ("ap-kulai-2", "jbp", "oc1"), ("af-casablanca-1", "lej", "oc1"),
        ("us-langley-1", "lfi", "oc2"), ("us-luke-1", "luf", "oc2"),
        ("us-gov-ashburn-1", "ric", "oc3"), ("us-gov-chicago-1", "pia", "oc3"), ("us-gov-phoenix-1", "tus", "oc3"),
        ("uk-gov-london-1", "ltn", "oc4"), ("uk-gov-cardiff-1", "brs", "oc4"),
        ("ap-chiyoda-1", "nja", "oc8"), ("ap-ibaraki-1", "ukb", "oc8"),
        ("me-dcc-muscat-1", "mct", "oc9"), ("me-ibri-1", "ibr", "oc9"),
        ("ap-dcc-canberra-1", "wga", "oc10"),
        ("eu-dcc-milan-1", "bgy", "oc14"), ("eu-dcc-milan-2", "mxp", "oc14"), ("eu-dcc-dublin-2", "snn", "oc14"),
        ("eu-dcc-rating-2", "dtm", "oc14"), ("eu-dcc-rating-1", "dus", "oc14"), ("eu-dcc-dublin-1", "ork", "oc14"),
        ("eu-jovanovac-1", "beg", "oc20"),
        ("eu-madrid-2", "vll", "oc19"), ("eu-frankfurt-2", "str", "oc19"),
        ("eu-dcc-zurich-1", "avz", "oc24"), ("eu-crissier-1", "avf", "oc24"),
        ("me-dcc-doha-1", "doh", "oc21"), ("me-alrayyan-1", "vve", "oc21"),
        ("me-abudhabi-3", "ahu", "oc26"), ("me-alain-1", "rba", "oc26"),
        ("ap-dcc-gazipur-1", "dac", "oc15"),
        ("me-abudhabi-2", "rkt", "oc29"), ("me-abudhabi-4", "shj", "oc29"),
        ("us-somerset-1", "ebb", "oc23"), ("us-thames-1", "ebl", "oc23"),
        ("ap-seoul-2", "dtz", "oc35"), ("ap-suwon-1", "dln", "oc35"), ("ap-chuncheon-2", "bno", "oc35"),
        ("us-ashburn-2", "yxj", "oc42"), ("us-newark-1", "pgc", "oc42"),
        ("eu-budapest-1", "jsk", "oc51"),
        ("sa-riodejaneiro-1", "hnw", "oc52"),
    };

    private static readonly Regex RegionIdPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    // What every region id looks like: an area, a city (with a gov or dcc prefix in some realms) and a number.
    private static readonly Regex RegionShape = new("^(?<city>[a-z]+(-[a-z]+)+)-[0-9]+$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> RealmDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oc1"] = "oraclecloud.com",
        ["oc2"] = "oraclegovcloud.com",
        ["oc3"] = "oraclegovcloud.com",
        ["oc4"] = "oraclegovcloud.uk",
        ["oc8"] = "oraclecloud8.com",
        ["oc9"] = "oraclecloud9.com",
        ["oc10"] = "oraclecloud10.com",
        ["oc14"] = "oraclecloud14.com",
        ["oc15"] = "oraclecloud15.com",
        ["oc19"] = "oraclecloud.eu",
        ["oc20"] = "oraclecloud20.com",
        ["oc21"] = "oraclecloud21.com",
        ["oc23"] = "oraclecloud23.com",
        ["oc24"] = "oraclecloud24.com",
        ["oc26"] = "oraclecloud26.com",
        ["oc29"] = "oraclecloud29.com",
        ["oc35"] = "oraclecloud35.com",
        ["oc42"] = "oraclecloud42.com",
        ["oc51"] = "oraclecloud51.com",
        ["oc52"] = "oraclecloud52.com",
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
        // A region this module does not know yet is taken, if it is shaped like one (area-city-number) and is not a known
        // region's name misspelt by one edit (us-ashburn1, us-ashbrun-1); a new number of a known city (us-ashburn-3) is taken.
        var shaped = RegionShape.Match(trimmed);
        var city = shaped.Success ? shaped.Groups["city"].Value : null;
        var knownCity = city is not null && Known.Any(r => RegionShape.Match(r.Id).Groups["city"].Value == city);
        var misspelt = city is not null && !knownCity && Known.Any(r => NearestNames.Distance(city, RegionShape.Match(r.Id).Groups["city"].Value) <= 1);
        if (!shaped.Success || misspelt)
        {
            var nearest = NearestNames.Of(trimmed, KnownRegionIds);
            var guess = nearest.Count > 0 ? $"; did you mean {string.Join(" or ", nearest)}?" : ".";
            throw new ArgumentException($"'{region}' is not a region this module knows{guess}" +
                " Give a region id such as us-ashburn-1, or a short key such as iad (Get-Help Connect-Osm -Parameter Region).");
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

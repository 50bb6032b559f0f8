using System;
using System.Linq;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Tests;

public sealed class OciRegionsTests
{
    [Theory]
    [InlineData("iad", "us-ashburn-1")]
    [InlineData("IAD", "us-ashburn-1")]
    [InlineData(" phx ", "us-phoenix-1")]
    [InlineData("fra", "eu-frankfurt-1")]
    [InlineData("lhr", "uk-london-1")]
    [InlineData("nrt", "ap-tokyo-1")]
    [InlineData("US-ASHBURN-1", "us-ashburn-1")]
    [InlineData("xx-newplace-9", "xx-newplace-9")]
    public void Short_keys_and_ids_resolve_to_the_canonical_id(string given, string expected) =>
        Assert.Equal(expected, OciRegions.Resolve(given));

    [Theory]
    [InlineData("us-ashburn1", "did you mean us-ashburn-1")]
    [InlineData("us-ashbrun-1", "did you mean us-ashburn-1")]
    [InlineData("eu-frankfrt-1", "did you mean eu-frankfurt-1")]
    [InlineData("ashburn", "is not a region this module knows")]
    public void A_misspelt_region_is_refused_with_the_nearest_names(string given, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => OciRegions.Resolve(given)).Message);

    [Theory]
    [InlineData("us-ashburn-3")]
    [InlineData("eu-parma-1")]
    [InlineData("me-newcity-1")]
    public void A_region_the_module_does_not_know_yet_is_taken_when_it_is_shaped_like_one(string given) =>
        Assert.Equal(given, OciRegions.Resolve(given));

    [Theory]
    [InlineData("us-ashburn-1", "https://osms.us-ashburn-1.oci.oraclecloud.com/")]
    [InlineData("iad", "https://osms.us-ashburn-1.oci.oraclecloud.com/")]
    [InlineData("eu-frankfurt-1", "https://osms.eu-frankfurt-1.oci.oraclecloud.com/")]
    [InlineData("us-langley-1", "https://osms.us-langley-1.oci.oraclegovcloud.com/")]
    [InlineData("us-gov-ashburn-1", "https://osms.us-gov-ashburn-1.oci.oraclegovcloud.com/")]
    [InlineData("ltn", "https://osms.uk-gov-london-1.oci.oraclegovcloud.uk/")]
    [InlineData("uk-gov-cardiff-1", "https://osms.uk-gov-cardiff-1.oci.oraclegovcloud.uk/")]
    [InlineData("ap-chiyoda-1", "https://osms.ap-chiyoda-1.oci.oraclecloud8.com/")]
    [InlineData("xx-newplace-9", "https://osms.xx-newplace-9.oci.oraclecloud.com/")]
    public void OsManagement_endpoint_follows_region_and_realm(string region, string expected) =>
        Assert.Equal(expected, OciRegions.ServiceEndpoint("osms", region).ToString());

    [Theory]
    [InlineData("us-luke-1", "oraclegovcloud.com")]
    [InlineData("pia", "oraclegovcloud.com")]
    [InlineData("brs", "oraclegovcloud.uk")]
    [InlineData("ukb", "oraclecloud8.com")]
    [InlineData("sin", "oraclecloud.com")]
    [InlineData("unknown-region-1", "oraclecloud.com")]
    public void Realm_domains_for_oc1_oc2_oc3_oc4_oc8_and_unknown_regions(string region, string domain) =>
        Assert.Equal(domain, OciRegions.DomainOf(region));

    [Fact]
    public void Identity_endpoint_uses_the_identity_host() =>
        Assert.Equal("https://identity.us-ashburn-1.oci.oraclecloud.com/", OciRegions.ServiceEndpoint("identity", "iad").ToString());

    [Fact]
    public void Known_regions_are_unique_and_include_every_realm()
    {
        var ids = OciRegions.KnownRegionIds.ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("us-ashburn-1", ids);
        Assert.Contains("us-langley-1", ids);
        Assert.Contains("us-gov-phoenix-1", ids);
        Assert.Contains("uk-gov-london-1", ids);
        Assert.Contains("ap-ibaraki-1", ids);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a region")]
    [InlineData("us-ashburn-1.evil.com/x")]
    [InlineData("us_ashburn_1")]
    public void Malformed_region_is_an_ArgumentException_naming_the_region(string region)
    {
        var error = Assert.Throws<ArgumentException>(() => OciRegions.ServiceEndpoint("osms", region));

        Assert.Contains("region", error.Message);
    }

    [Theory]
    [InlineData("https://osms.example.internal", "https://osms.example.internal/")]
    [InlineData("https://proxy.example.com:8443/", "https://proxy.example.com:8443/")]
    [InlineData("https://proxy.example.com/some/path?x=1", "https://proxy.example.com/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/", "http://localhost:5000/")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000/")]
    public void Override_replaces_the_endpoint_keeping_scheme_host_and_port(string endpoint, string expected)
    {
        Assert.Equal(expected, OciRegions.ServiceEndpoint("osms", "iad", new Uri(endpoint)).ToString());
        Assert.Equal(expected, OciRegions.ServiceEndpoint("identity", "fra", new Uri(endpoint)).ToString());
    }

    [Theory]
    [InlineData("http://osms.example.com")]
    [InlineData("http://10.0.0.5:5000")]
    public void Plain_http_to_a_host_that_is_not_loopback_is_refused(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => OciRegions.ServiceEndpoint("osms", "iad", new Uri(endpoint)));

        Assert.Contains("loopback", error.Message);
    }

    [Theory]
    [InlineData("ftp://osms.example.com")]
    [InlineData("osms.example.com")]
    [InlineData("/20190801")]
    public void Override_must_be_an_absolute_http_or_https_address(string endpoint) =>
        Assert.Throws<ArgumentException>(() => OciRegions.ServiceEndpoint("osms", "iad", new Uri(endpoint, UriKind.RelativeOrAbsolute)));
}

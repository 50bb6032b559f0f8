using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>Region to Hub endpoint (osmh.{region}.oci.{second-level domain}) in every realm, and the endpoint override.</summary>
public sealed class HubEndpointTests
{
    [Theory]
    [InlineData("us-ashburn-1", "https://osmh.us-ashburn-1.oci.oraclecloud.com/")]
    [InlineData("iad", "https://osmh.us-ashburn-1.oci.oraclecloud.com/")]
    [InlineData("FRA", "https://osmh.eu-frankfurt-1.oci.oraclecloud.com/")]
    [InlineData("us-langley-1", "https://osmh.us-langley-1.oci.oraclegovcloud.com/")]
    [InlineData("us-gov-ashburn-1", "https://osmh.us-gov-ashburn-1.oci.oraclegovcloud.com/")]
    [InlineData("ltn", "https://osmh.uk-gov-london-1.oci.oraclegovcloud.uk/")]
    [InlineData("ap-chiyoda-1", "https://osmh.ap-chiyoda-1.oci.oraclecloud8.com/")]
    [InlineData("me-dcc-muscat-1", "https://osmh.me-dcc-muscat-1.oci.oraclecloud9.com/")]
    [InlineData("eu-frankfurt-2", "https://osmh.eu-frankfurt-2.oci.oraclecloud.eu/")]
    [InlineData("beg", "https://osmh.eu-jovanovac-1.oci.oraclecloud20.com/")]
    [InlineData("us-newark-1", "https://osmh.us-newark-1.oci.oraclecloud42.com/")]
    [InlineData("xx-newplace-9", "https://osmh.xx-newplace-9.oci.oraclecloud.com/")]
    public void The_region_gives_the_osmh_host_in_its_realm(string region, string expected) =>
        Assert.Equal(expected, ServiceRegistry.Hub.EndpointFor(region).ToString());

    [Fact]
    public async Task Every_region_and_short_key_oci_common_knows_gives_the_endpoint_the_SDK_calls()
    {
        var sdk = await HubSdk.EndpointsAsync();

        Assert.Contains(sdk, r => r.Realm == "oc20");
        var wrong = sdk
            .SelectMany(r => new[] { r.RegionId, r.RegionKey }.Where(k => k is not null).Select(k => (Given: k!, Expected: r.Endpoint + "/")))
            .Select(x => (x.Given, x.Expected, Ours: ServiceRegistry.Hub.EndpointFor(x.Given).ToString()))
            .Where(x => x.Ours != x.Expected)
            .Select(x => $"{x.Given}: ours {x.Ours}, oci-osmanagementhub {x.Expected}")
            .ToList();
        Assert.Empty(wrong);
        Assert.Empty(OciRegions.KnownRegionIds.Except(sdk.Select(r => r.RegionId)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("https://osmh.example.internal/some/path", "https://osmh.example.internal/")]
    public void An_endpoint_override_replaces_scheme_and_host(string endpoint, string expected) =>
        Assert.Equal(expected, ServiceRegistry.Hub.EndpointFor("iad", new Uri(endpoint)).ToString());

    [Fact]
    public void Plain_http_to_a_host_that_is_not_loopback_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceRegistry.Hub.EndpointFor("iad", new Uri("http://osmh.example.com")));

        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public async Task Requests_go_to_the_overridden_endpoint_under_the_20220901_prefix()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"w\"}");
        var client = new HubClient(t.Pipeline, ServiceRegistry.Hub.EndpointFor("fra", new Uri("http://127.0.0.1:18080")));

        await client.GetWorkRequestAsync("w", CancellationToken.None);

        Assert.Equal("http://127.0.0.1:18080/20220901/workRequests/w", t.Handler.Requests.Single().Uri.AbsoluteUri);
    }
}

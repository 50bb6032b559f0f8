using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The registry: one entry per service, with its name, how messages say it, its endpoint in every realm, what it can do
/// and the service its factory makes. What reads it (the connection, Connect-Osm, the messages) relies on each.
/// </summary>
public sealed class ServiceRegistryTests
{
    [Fact]
    public void Hub_is_the_default_and_the_first_of_the_two_services()
    {
        Assert.Same(ServiceRegistry.Hub, ServiceRegistry.Default);
        Assert.Equal(new[] { "Hub", "Classic" }, ServiceRegistry.All.Select(s => s.Name));
        Assert.Equal(new[] { ServiceRegistry.HubName, ServiceRegistry.ClassicName }, ServiceRegistry.All.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Hub", "Hub")]
    [InlineData("hub", "Hub")]
    [InlineData(" CLASSIC ", "Classic")]
    public void A_service_is_found_by_its_name_in_any_case(string given, string expected) =>
        Assert.Equal(expected, ServiceRegistry.Find(given).Name);

    [Fact]
    public void An_unknown_name_is_refused_naming_every_service()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceRegistry.Find("Legacy"));

        Assert.Contains("'Legacy'", error.Message);
        Assert.Contains("Hub or Classic", error.Message);
    }

    [Fact]
    public void Each_service_is_named_as_reports_and_messages_say_it()
    {
        Assert.Equal(("OS Management Hub", "OS Management Hub (API 20220901)", "OS Management Hub (API 20220901)"),
            (ServiceRegistry.Hub.Title, ServiceRegistry.Hub.DisplayName, ServiceRegistry.Hub.Description));
        Assert.Equal(("OS Management", "OS Management (API 20190801)", "the retired OS Management service (API 20190801)"),
            (ServiceRegistry.Classic.Title, ServiceRegistry.Classic.DisplayName, ServiceRegistry.Classic.Description));
        Assert.Null(ServiceRegistry.Hub.RetiredOn);
        Assert.Equal(new DateTime(2025, 4, 23), ServiceRegistry.Classic.RetiredOn);
        // The capabilities carry the same name: the scanner and the services speak of themselves by it.
        Assert.All(ServiceRegistry.All, s => Assert.Equal(s.DisplayName, s.Capabilities.ServiceName));
    }

    [Theory]
    [InlineData("iad", "https://osmh.us-ashburn-1.oci.oraclecloud.com/", "https://osms.us-ashburn-1.oci.oraclecloud.com/")]
    [InlineData("us-langley-1", "https://osmh.us-langley-1.oci.oraclegovcloud.com/", "https://osms.us-langley-1.oci.oraclegovcloud.com/")]
    [InlineData("ltn", "https://osmh.uk-gov-london-1.oci.oraclegovcloud.uk/", "https://osms.uk-gov-london-1.oci.oraclegovcloud.uk/")]
    [InlineData("ap-chiyoda-1", "https://osmh.ap-chiyoda-1.oci.oraclecloud8.com/", "https://osms.ap-chiyoda-1.oci.oraclecloud8.com/")]
    [InlineData("eu-frankfurt-2", "https://osmh.eu-frankfurt-2.oci.oraclecloud.eu/", "https://osms.eu-frankfurt-2.oci.oraclecloud.eu/")]
    public void Each_service_answers_at_its_own_host_in_the_regions_realm(string region, string hub, string classic)
    {
        Assert.Equal(hub, ServiceRegistry.Hub.EndpointFor(region).ToString());
        Assert.Equal(classic, ServiceRegistry.Classic.EndpointFor(region).ToString());
    }

    [Fact]
    public void An_endpoint_override_serves_every_service()
    {
        var endpoint = new Uri("http://127.0.0.1:4711/anything");

        Assert.All(ServiceRegistry.All, s => Assert.Equal("http://127.0.0.1:4711/", s.EndpointFor("iad", endpoint).ToString()));
    }

    [Fact]
    public void Hub_has_every_feature_and_runs_only_recurring_jobs_now()
    {
        var hub = ServiceRegistry.Hub.Capabilities;

        Assert.Equal(ServiceCapabilities.AllFeatures.OrderBy(f => f), hub.Features.OrderBy(f => f));
        Assert.False(hub.CanRunOneTimeJobsNow);
    }

    [Fact]
    public void The_retired_service_has_no_feature_and_runs_one_time_jobs_now()
    {
        var classic = ServiceRegistry.Classic.Capabilities;

        Assert.Empty(classic.Features);
        Assert.True(classic.CanRunOneTimeJobsNow);
    }

    [Fact]
    public void A_user_who_needs_a_feature_is_sent_to_the_first_service_that_has_it() =>
        Assert.All(ServiceCapabilities.AllFeatures, f => Assert.Same(ServiceRegistry.Hub, ServiceRegistry.Offering(f)));

    [Fact]
    public async Task Each_factory_makes_its_service_with_its_capabilities_on_the_given_pipeline_and_endpoint()
    {
        using var t = new TestPipeline();
        var endpoint = new Uri("http://127.0.0.1:4711");
        var identity = new Uri("http://127.0.0.1:4712");
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"w\",\"status\":\"SUCCEEDED\"}");
        t.Handler.Then(HttpStatusCode.OK, "{\"id\":\"w\",\"status\":\"SUCCEEDED\"}");

        var hub = ServiceRegistry.Hub.Create(t.Pipeline, endpoint, identity, "ocid1.tenancy.oc1..t");
        var classic = ServiceRegistry.Classic.Create(t.Pipeline, endpoint, identity, "ocid1.tenancy.oc1..t");
        await hub.GetWorkRequestAsync("w", CancellationToken.None);
        await classic.GetWorkRequestAsync("w", CancellationToken.None);

        Assert.IsType<HubService>(hub);
        Assert.IsType<ClassicService>(classic);
        Assert.Same(ServiceRegistry.Hub.Capabilities, hub.Capabilities);
        Assert.Same(ServiceRegistry.Classic.Capabilities, classic.Capabilities);
        Assert.Equal(new[] { "http://127.0.0.1:4711/20220901/workRequests/w", "http://127.0.0.1:4711/20190801/workRequests/w" },
            t.Handler.Requests.Select(r => r.Uri.AbsoluteUri));
    }
}

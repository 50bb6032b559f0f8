using System;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>OsmConnection chooses the service: OS Management Hub by default, the retired service when asked, each at its own endpoint in every realm.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ServiceChoiceTests
{
    private static OsmConnection Open(TempDirectory dir, string region, ServiceDefinition? service = null, Uri? endpoint = null)
    {
        dir.Write("key.pem", TestKeys.Pkcs1Pem());
        var config = dir.Write("config", "[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nkey_file=key.pem\nregion=iad\n");
        var settings = new OsmConnectionSettings { ConfigFile = config, Profile = "DEFAULT", Region = region, Endpoint = endpoint };
        if (service is not null)
        {
            settings.Service = service;
        }
        return OsmConnection.Open(settings);
    }

    [Fact]
    public void OS_Management_Hub_answers_by_default_at_its_osmh_endpoint()
    {
        using var dir = new TempDirectory();
        using var connection = Open(dir, "phx");

        Assert.Same(ServiceRegistry.Hub, connection.ServiceDefinition);
        Assert.IsType<HubService>(connection.Service);
        Assert.IsType<HubService>(connection.OpenService(_ => { }));
        Assert.Equal(new Uri("https://osmh.us-phoenix-1.oci.oraclecloud.com"), connection.ServiceEndpoint);
        Assert.False(connection.Service.Capabilities.CanRunOneTimeJobsNow);
    }

    [Fact]
    public void The_retired_service_answers_when_asked_at_its_osms_endpoint()
    {
        using var dir = new TempDirectory();
        using var connection = Open(dir, "phx", ServiceRegistry.Classic);

        Assert.IsType<ClassicService>(connection.Service);
        Assert.IsType<ClassicService>(connection.OpenService(_ => { }));
        Assert.Equal(new Uri("https://osms.us-phoenix-1.oci.oraclecloud.com"), connection.ServiceEndpoint);
    }

    [Theory]
    [InlineData("ltn", "https://osmh.uk-gov-london-1.oci.oraclegovcloud.uk")]
    [InlineData("fra", "https://osmh.eu-frankfurt-1.oci.oraclecloud.com")]
    public void Hubs_endpoint_follows_the_region_into_its_realm(string region, string expected)
    {
        using var dir = new TempDirectory();
        using var connection = Open(dir, region);

        Assert.Equal(new Uri(expected), connection.ServiceEndpoint);
    }

    [Fact]
    public void An_endpoint_override_serves_both_services_and_a_region_change_keeps_the_service()
    {
        using var dir = new TempDirectory();
        var endpoint = new Uri("http://127.0.0.1:4711");
        using var hub = Open(dir, "iad", ServiceRegistry.Hub, endpoint);
        using var classic = Open(dir, "iad", ServiceRegistry.Classic, endpoint);

        Assert.Equal("127.0.0.1:4711", hub.ServiceEndpoint.Authority);
        Assert.Equal("127.0.0.1:4711", classic.ServiceEndpoint.Authority);
        Assert.Same(ServiceRegistry.Classic, classic.Settings.WithRegion("phx").Service);
    }
}

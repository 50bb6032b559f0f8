using System;
using OsManagement.Oci.Config;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>Tests that set process environment variables run alone.</summary>
    public const string Name = "process environment";
}

/// <summary>OCI_CLI_REGION is read by OsmConnection.Open: -Region, then OCI_CLI_REGION, then the profile's region.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class OsmConnectionRegionTests
{
    private static OsmConnectionSettings Settings(TempDirectory dir, string profileRegionLine, string? region = null)
    {
        dir.Write("key.pem", TestKeys.Pkcs1Pem());
        var config = dir.Write("config", $"[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nkey_file=key.pem\n{profileRegionLine}\n");
        return new OsmConnectionSettings { ConfigFile = config, Profile = "DEFAULT", Region = region, Service = ServiceRegistry.Classic };
    }

    private static T WithRegionVariable<T>(string? value, Func<T> action)
    {
        var saved = Environment.GetEnvironmentVariable("OCI_CLI_REGION");
        Environment.SetEnvironmentVariable("OCI_CLI_REGION", value);
        try
        {
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("OCI_CLI_REGION", saved);
        }
    }

    [Fact]
    public void The_profiles_region_is_used_without_OCI_CLI_REGION()
    {
        using var dir = new TempDirectory();
        using var connection = WithRegionVariable(null, () => OsmConnection.Open(Settings(dir, "region=phx")));

        Assert.Equal("us-phoenix-1", connection.Region);
        Assert.Equal(new Uri("https://osms.us-phoenix-1.oci.oraclecloud.com"), connection.ServiceEndpoint);
        Assert.Equal(new Uri("https://identity.us-phoenix-1.oci.oraclecloud.com"), connection.IdentityEndpoint);
        Assert.Equal("ocid1.tenancy.oc1..t", connection.TenancyId);
    }

    [Fact]
    public void OCI_CLI_REGION_wins_over_the_profile()
    {
        using var dir = new TempDirectory();
        using var connection = WithRegionVariable("fra", () => OsmConnection.Open(Settings(dir, "region=phx")));

        Assert.Equal("eu-frankfurt-1", connection.Region);
        Assert.Equal(new Uri("https://osms.eu-frankfurt-1.oci.oraclecloud.com"), connection.ServiceEndpoint);
    }

    [Fact]
    public void An_explicit_region_wins_over_OCI_CLI_REGION()
    {
        using var dir = new TempDirectory();
        using var connection = WithRegionVariable("fra", () => OsmConnection.Open(Settings(dir, "region=phx", region: "ltn")));

        Assert.Equal("uk-gov-london-1", connection.Region);
        Assert.Equal(new Uri("https://osms.uk-gov-london-1.oci.oraclegovcloud.uk"), connection.ServiceEndpoint);
    }

    [Fact]
    public void No_region_anywhere_names_the_profile_and_the_file()
    {
        using var dir = new TempDirectory();
        var settings = Settings(dir, "");

        var error = Assert.Throws<OciConfigException>(() => WithRegionVariable(null, () => OsmConnection.Open(settings)));

        Assert.Contains("[DEFAULT]", error.Message);
        Assert.Contains(settings.ConfigFile!, error.Message);
        Assert.Contains("'region'", error.Message);
    }
}

using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests.Auth;

public sealed class InstanceMetadataClientTests
{
    [Theory]
    [InlineData("http://169.254.169.254/opc/v2/", "http://169.254.169.254/opc/v2/")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/opc/v2/")]
    [InlineData("http://127.0.0.1:8080/custom/v2", "http://127.0.0.1:8080/custom/v2/")]
    public void NormalizesTheBaseAddress(string given, string expected)
    {
        using var client = new InstanceMetadataClient(new Uri(given));
        Assert.Equal(expected, client.BaseAddress.ToString());
    }

    [Fact]
    public void DefaultsToTheLinkLocalServiceV2()
    {
        using var client = new InstanceMetadataClient();
        Assert.Equal("http://169.254.169.254/opc/v2/", client.BaseAddress.ToString());
    }

    [Fact]
    public async Task AnUnreachableServiceSaysThisIsProbablyNotAnInstanceAndHowToPointElsewhere()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var client = new InstanceMetadataClient(new Uri($"http://127.0.0.1:{port}/"));

        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.GetRegionAsync(CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("probably not", error.Message, StringComparison.Ordinal);
        Assert.Contains("-MetadataEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsTheIdentityWithTheBearerOracleHeaderAndFindsTheTenancy()
    {
        var metadata = new AuthFakes.Metadata(AuthFakes.InstanceIdentity());
        using var client = new InstanceMetadataClient(null, metadata);
        var identity = await client.GetIdentityAsync(CancellationToken.None);
        Assert.Equal(AuthFakes.Tenancy, identity.TenancyId);
        Assert.Equal(3, metadata.Requests);
        Assert.All(metadata.AuthorizationHeaders, h => Assert.Equal("Bearer Oracle", h));
        Assert.Matches("^([0-9A-F]{2}:){31}[0-9A-F]{2}$", identity.LeafSha256Fingerprint);
    }

    [Fact]
    public async Task AcceptsTheOlderOpcIdentityValue()
    {
        using var client = new InstanceMetadataClient(null, new AuthFakes.Metadata(AuthFakes.InstanceIdentity("opc-identity:" + AuthFakes.Tenancy)));
        Assert.Equal(AuthFakes.Tenancy, (await client.GetIdentityAsync(CancellationToken.None)).TenancyId);
    }

    [Fact]
    public async Task ALeafWithoutATenancyIsAClearError()
    {
        using var client = new InstanceMetadataClient(null, new AuthFakes.Metadata(AuthFakes.InstanceIdentity("opc-certtype:other")));
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.GetIdentityAsync(CancellationToken.None));
        Assert.Contains("opc-tenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A404IsReportedWithoutRetrying()
    {
        var metadata = new AuthFakes.Metadata(AuthFakes.InstanceIdentity());
        using var client = new InstanceMetadataClient(new Uri("http://169.254.169.254/elsewhere/"), metadata);
        var error = await Assert.ThrowsAsync<OciAuthenticationException>(() => client.GetRegionAsync(CancellationToken.None));
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, metadata.Requests);
    }
}

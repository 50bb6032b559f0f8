using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.InteropServices;
using OsManagement.Oci.Http;
using Xunit;

namespace OsManagement.Oci.Tests.Http;

public sealed class OciProxyTests
{
    private static readonly Uri Osms = new("https://osms.us-ashburn-1.oci.oraclecloud.com/");
    private static readonly Uri Emulator = new("http://127.0.0.1:5000/");

    private static OciProxy FromVariables(params (string Name, string Value)[] variables)
    {
        var map = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            map[name] = value;
        }
        return OciProxy.FromEnvironment(name => map.TryGetValue(name, out var value) ? value : null);
    }

    [Fact]
    public void Https_addresses_take_HTTPS_PROXY_and_http_addresses_HTTP_PROXY()
    {
        var proxy = FromVariables(("HTTPS_PROXY", "http://secure-proxy:3128"), ("HTTP_PROXY", "http://plain-proxy:8080"));

        Assert.Equal(OciProxySource.Environment, proxy.Source);
        Assert.Equal(new Uri("http://secure-proxy:3128/"), proxy.AddressFor(Osms));
        Assert.Equal("HTTPS_PROXY", proxy.OriginFor(Osms));
        Assert.Equal(new Uri("http://plain-proxy:8080/"), proxy.AddressFor(Emulator));
        Assert.Equal("HTTP_PROXY", proxy.OriginFor(Emulator));
    }

    [Fact]
    public void Lower_case_names_come_first_and_ALL_PROXY_fills_in_for_either_scheme()
    {
        var proxy = FromVariables(("https_proxy", "http://lower:1"), ("HTTPS_PROXY", "http://upper:2"), ("ALL_PROXY", "http://all:3"));

        Assert.Equal(new Uri("http://lower:1/"), proxy.AddressFor(Osms));
        Assert.Equal("https_proxy", proxy.OriginFor(Osms));
        Assert.Equal(new Uri("http://all:3/"), proxy.AddressFor(Emulator));
        Assert.Equal("ALL_PROXY", proxy.OriginFor(Emulator));
    }

    [Fact]
    public void An_address_without_a_scheme_is_an_http_proxy()
    {
        Assert.Equal(new Uri("http://proxy.corp:3128/"), FromVariables(("HTTPS_PROXY", "proxy.corp:3128")).AddressFor(Osms));
    }

    [Fact]
    public void Credentials_in_the_variable_are_used_with_the_proxy_and_never_kept_in_its_address()
    {
        var proxy = FromVariables(("HTTPS_PROXY", "http://alice%40corp:p%3Ass@proxy:3128"));

        Assert.Equal(new Uri("http://proxy:3128/"), proxy.AddressFor(Osms));
        Assert.True(proxy.HasCredentialFor(Osms));
        var credential = proxy.Credentials!.GetCredential(new Uri("http://proxy:3128/"), "Basic")!;
        Assert.Equal("alice@corp", credential.UserName);
        Assert.Equal("p:ss", credential.Password);
    }

    [Fact]
    public void One_proxys_credentials_are_never_given_to_another()
    {
        var proxy = FromVariables(("HTTPS_PROXY", "http://alice:s3cret@secure-proxy:3128"), ("HTTP_PROXY", "http://plain-proxy:8080"));

        Assert.NotNull(proxy.Credentials!.GetCredential(new Uri("http://secure-proxy:3128/"), "Basic"));
        Assert.Null(proxy.Credentials.GetCredential(new Uri("http://plain-proxy:8080/"), "Basic"));
        Assert.False(proxy.HasCredentialFor(Emulator));
    }

    [Theory]
    [InlineData("ftp://proxy:21")]
    [InlineData("socks5://proxy:1080")]
    [InlineData("http://[bad")]
    public void A_variable_that_is_no_http_proxy_is_refused_by_name_without_showing_its_value(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => FromVariables(("HTTPS_PROXY", value)));

        Assert.Contains("HTTPS_PROXY", error.Message);
        Assert.Contains("http://host:port", error.Message);
        Assert.DoesNotContain(value, error.Message);
    }

    [Fact]
    public void Without_variables_Windows_and_macOS_use_the_system_proxy_and_Linux_goes_direct()
    {
        var expected = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ? OciProxySource.System
            : OciProxySource.None;

        Assert.Equal(expected, FromVariables().Source);
        Assert.Equal(expected, FromVariables(("NO_PROXY", "*"), ("HTTPS_PROXY", "")).Source);
    }

    [Fact]
    public void Loopback_and_the_metadata_address_are_proxied_like_any_host_unless_NO_PROXY_names_them()
    {
        // As .NET's own default proxy does; the metadata service is kept direct by its handler, not by this rule.
        var proxy = FromVariables(("HTTP_PROXY", "http://proxy:3128"));
        Assert.NotNull(proxy.AddressFor(new Uri("http://127.0.0.1:5000/")));
        Assert.NotNull(proxy.AddressFor(new Uri("http://localhost:5000/")));
        Assert.NotNull(proxy.AddressFor(new Uri("http://169.254.169.254/opc/v2/")));

        var bypassing = FromVariables(("HTTP_PROXY", "http://proxy:3128"), ("NO_PROXY", "localhost,127.0.0.1"));
        Assert.Null(bypassing.AddressFor(new Uri("http://127.0.0.1:5000/")));
        Assert.Null(bypassing.AddressFor(new Uri("http://localhost:5000/")));
        Assert.True(bypassing.IsBypassed(new Uri("http://127.0.0.1:5000/")));
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), bypassing.GetProxy(new Uri("http://127.0.0.1:5000/")));
    }

    [Fact]
    public void The_metadata_service_handler_never_uses_a_proxy_and_the_service_handler_uses_the_connections()
    {
        using var direct = OciHttpHandlers.CreateDirect();
        Assert.False(direct.UseProxy);

        var proxy = OciProxy.Explicit(new Uri("http://proxy:3128"), null);
        using var service = OciHttpHandlers.Create(proxy);
        Assert.True(service.UseProxy);
        Assert.Same(proxy, service.Proxy);

        using var none = OciHttpHandlers.Create(OciProxy.None);
        Assert.False(none.UseProxy);
    }

    [Theory]
    [InlineData("*", "https://osms.us-ashburn-1.oci.oraclecloud.com/", true)]
    [InlineData("oraclecloud.com", "https://osms.us-ashburn-1.oci.oraclecloud.com/", true)]
    [InlineData("oraclecloud.com", "https://oraclecloud.com/", true)]
    [InlineData(".oraclecloud.com", "https://osms.us-ashburn-1.oci.oraclecloud.com/", true)]
    [InlineData("*.oraclecloud.com", "https://osms.us-ashburn-1.oci.oraclecloud.com/", true)]
    [InlineData("OracleCloud.COM", "https://osms.us-ashburn-1.oci.oraclecloud.com/", true)]
    [InlineData("oraclecloud.com", "https://notoraclecloud.com/", false)]
    [InlineData("example.com, oraclecloud.com", "https://identity.eu-frankfurt-1.oci.oraclecloud.com/", true)]
    [InlineData("example.com", "https://osms.us-ashburn-1.oci.oraclecloud.com/", false)]
    [InlineData("10.0.0.0/8", "http://10.1.2.3/", true)]
    [InlineData("10.0.0.0/8", "http://11.1.2.3/", false)]
    [InlineData("192.168.1.7", "http://192.168.1.7:8080/", true)]
    [InlineData("192.168.1.7:8080", "http://192.168.1.7/", true)]
    [InlineData("localhost:5000", "http://localhost:9/", true)]
    [InlineData("::1", "http://[::1]:5000/", true)]
    [InlineData("[::1]", "http://[::1]:5000/", true)]
    [InlineData("fd00::/8", "http://[fd12::1]/", true)]
    [InlineData("fd00::/8", "http://10.0.0.1/", false)]
    [InlineData("", "http://127.0.0.1/", false)]
    public void NO_PROXY_names_hosts_domains_addresses_and_blocks(string noProxy, string destination, bool direct)
    {
        Assert.Equal(direct, new OciNoProxyList(noProxy).Contains(new Uri(destination)));
    }

    [Fact]
    public void An_explicit_proxy_serves_every_address_and_ignores_NO_PROXY()
    {
        var proxy = OciProxy.Resolve(new Uri("http://proxy:3128/some/path"), new NetworkCredential("alice", "s3cret"), name => name == "NO_PROXY" ? "*" : null);

        Assert.Equal(OciProxySource.Parameter, proxy.Source);
        Assert.Equal(new Uri("http://proxy:3128/"), proxy.AddressFor(Osms));
        Assert.Equal(new Uri("http://proxy:3128/"), proxy.AddressFor(Emulator));
        Assert.Equal("-Proxy", proxy.OriginFor(Osms));
        Assert.Equal("alice", proxy.Credentials!.GetCredential(new Uri("http://proxy:3128/"), "Basic")!.UserName);
    }

    [Theory]
    [InlineData("ftp://proxy:21", "not an http or https address")]
    [InlineData("proxy.corp:3128", "not an http or https address")]
    [InlineData("http://alice:s3cret@proxy:3128", "-ProxyCredential")]
    public void An_explicit_proxy_that_is_not_an_http_address_or_holds_a_password_is_refused(string address, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => OciProxy.Resolve(new Uri(address), null));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void Credentials_without_a_proxy_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => OciProxy.Resolve(null, new NetworkCredential("alice", "s3cret"), _ => "http://env-proxy:3128"));

        Assert.Contains("-ProxyCredential was given without -Proxy", error.Message);
    }
}

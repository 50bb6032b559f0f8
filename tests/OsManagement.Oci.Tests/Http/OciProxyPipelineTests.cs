using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Tests.Support;
using Xunit;

namespace OsManagement.Oci.Tests.Http;

/// <summary>How the pipeline reports what a proxy did: at once when retrying cannot help, always naming the proxy.</summary>
public sealed class OciProxyPipelineTests
{
    private const string Path = "/20190801/managedInstances/ocid1.x";
    private static readonly OciProxy Proxy = OciProxy.Explicit(new Uri("http://proxy.corp:3128"), null);

    private static Task<OciResponse<OciEmpty>> Get(TestPipeline t) =>
        t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, Path, null, null, null, CancellationToken.None);

    private static TestPipeline Through(OciProxy proxy) => new(options => options.Proxy = proxy);

    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception error) => (_, _) => throw error;

    [Fact]
    public async Task A_proxy_that_refuses_the_connection_fails_at_once_naming_it_and_where_it_was_set()
    {
        using var t = Through(Proxy);
        t.Handler.Then(Throw(new HttpRequestException("Connection refused (proxy.corp:3128)", new SocketException((int)SocketError.ConnectionRefused))));

        var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));

        Assert.Single(t.Handler.Requests);
        Assert.False(error.Retryable);
        Assert.Contains("http://proxy.corp:3128/ (set by -Proxy)", error.Message);
        Assert.Contains($"GET {Path}", error.Message);
        Assert.Contains("Connect-Osm -Proxy", error.Message);
    }

    [Fact]
    public async Task A_proxy_whose_upstream_drops_the_connection_is_retried_and_then_named()
    {
        using var t = Through(Proxy);
        t.Handler.Then(Throw(new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset))))
                 .Then(Throw(new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset))))
                 .Then(HttpStatusCode.OK, "{}", ("opc-request-id", "R1"));

        await Get(t);

        Assert.Equal(3, t.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(407, "407 Proxy Authentication Required")]
    [InlineData(401, "401 Unauthorized")]
    public async Task A_proxy_that_wants_credentials_fails_at_once_saying_how_to_give_them(int status, string expected)
    {
        using var t = Through(Proxy);
        t.Handler.Then((HttpStatusCode)status, "<html>proxy page</html>");

        var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));

        Assert.Single(t.Handler.Requests);
        Assert.True(error.AuthenticationRequired);
        Assert.Contains(expected, error.Message);
        Assert.Contains("-ProxyCredential", error.Message);
        Assert.DoesNotContain("proxy page", error.Message);
    }

    [Fact]
    public async Task Credentials_the_proxy_does_not_accept_are_named_as_the_thing_to_check()
    {
        using var t = Through(OciProxy.Explicit(new Uri("http://proxy.corp:3128"), new NetworkCredential("alice", "s3cret")));
        t.Handler.Then(HttpStatusCode.ProxyAuthenticationRequired);

        var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));

        Assert.Contains("did not accept the user name and password given: check -ProxyCredential", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public async Task A_proxy_error_page_is_told_from_the_services_answer_by_its_missing_opc_request_id()
    {
        using var t = Through(FromVariable("HTTPS_PROXY", "http://proxy.corp:3128"));
        t.Handler.Then(HttpStatusCode.BadGateway, "<html>upstream down</html>")
                 .Then(HttpStatusCode.Forbidden, "<html>blocked by policy</html>");

        var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));

        // 502 is retried (the proxy's upstream may come back), 403 is not.
        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Contains("answered GET", error.Message);
        Assert.Contains("403 Forbidden", error.Message);
        Assert.Contains("(set by HTTPS_PROXY)", error.Message);
        Assert.Contains("NO_PROXY", error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, 1)]
    [InlineData(HttpStatusCode.NotFound, 1)]
    [InlineData(HttpStatusCode.BadGateway, 2)]
    public async Task A_tunnel_the_proxy_refuses_fails_at_once_unless_the_refusal_may_pass(HttpStatusCode status, int attempts)
    {
        // An https request goes through a CONNECT tunnel; HttpClient reports the proxy's refusal of it as an exception with
        // the status, and it is judged as the proxy's own answer to a plain request is: a 4xx again at once, a 5xx retried.
        using var t = Through(Proxy);
        t.Handler.Then(Throw(new HttpRequestException($"The proxy tunnel request to proxy 'http://proxy.corp:3128/' failed with status code '{(int)status}'.", null, status)))
                 .Then(Throw(new HttpRequestException($"The proxy tunnel request to proxy 'http://proxy.corp:3128/' failed with status code '{(int)status}'.", null, status)))
                 .Then(HttpStatusCode.OK, "{}", ("opc-request-id", "R1"));

        if (attempts == 1)
        {
            var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));
            Assert.False(error.Retryable);
            Assert.Contains($"status code '{(int)status}'", error.Message);
            Assert.Contains("http://proxy.corp:3128/ (set by -Proxy)", error.Message);
        }
        else
        {
            await Get(t);
        }
        Assert.Equal(attempts == 1 ? 1 : 3, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task The_services_own_errors_through_a_proxy_stay_the_services()
    {
        using var t = Through(Proxy);
        t.Handler.Then(HttpStatusCode.Unauthorized, FakeHandler.Error("NotAuthenticated", "bad signature"), ("opc-request-id", "R1"));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Get(t));

        Assert.Equal("NotAuthenticated", error.ServiceCode);
    }

    [Fact]
    public async Task No_TLS_connection_through_a_proxy_fails_at_once_and_mentions_TLS_inspection()
    {
        using var t = Through(Proxy);
        t.Handler.Then(Throw(new HttpRequestException("The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"))));

        var error = await Assert.ThrowsAsync<OciProxyException>(() => Get(t));

        Assert.Single(t.Handler.Requests);
        Assert.Contains("UntrustedRoot", error.Message);
        Assert.Contains("root certificate", error.Message);
    }

    [Fact]
    public async Task No_TLS_connection_without_a_proxy_fails_at_once_with_the_reason_rather_than_see_inner_exception()
    {
        using var t = new TestPipeline();
        t.Handler.Then(Throw(new HttpRequestException("The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid according to the validation procedure"))));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Get(t));

        Assert.IsNotType<OciProxyException>(error);
        Assert.Single(t.Handler.Requests);
        Assert.Contains("remote certificate is invalid", error.Message);
    }

    [Fact]
    public async Task Requests_that_NO_PROXY_sends_direct_are_reported_as_before()
    {
        using var t = Through(FromVariable("HTTPS_PROXY", "http://proxy.corp:3128", ("NO_PROXY", ".oraclecloud.com")));
        t.Handler.Then(Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))))
                 .Then(HttpStatusCode.OK, "{}", ("opc-request-id", "R1"));

        await Get(t);

        Assert.Equal(2, t.Handler.Requests.Count);
    }

    private static OciProxy FromVariable(string name, string value, params (string Name, string Value)[] more) =>
        OciProxy.FromEnvironment(n => n == name ? value : Array.Find(more, m => m.Name == n).Value);
}

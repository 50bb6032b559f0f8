using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class ServiceErrorTests
{
    private static Task<OciResponse<OciEmpty>> Send(TestPipeline t, HttpMethod method, string pathAndQuery) =>
        t.Pipeline.SendAsync<OciEmpty>(method, TestPipeline.Endpoint, pathAndQuery, null, null, null, CancellationToken.None);

    [Fact]
    public async Task Service_error_carries_status_code_message_request_id_method_and_path()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.NotFound, FakeHandler.Error("NotAuthorizedOrNotFound", "Authorization failed or requested resource not found."),
            ("opc-request-id", "ABC123/DEF/456"));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Delete, "/20190801/scheduledJobs/ocid1.x?a=1"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("NotAuthorizedOrNotFound", error.ServiceCode);
        Assert.Equal("Authorization failed or requested resource not found.", error.ServiceMessage);
        Assert.Equal("ABC123/DEF/456", error.OpcRequestId);
        Assert.Equal("DELETE", error.Method);
        Assert.Equal("/20190801/scheduledJobs/ocid1.x?a=1", error.Path);
        Assert.Contains("NotAuthorizedOrNotFound (404)", error.Message);
        Assert.Contains("ABC123/DEF/456", error.Message);
        Assert.Contains("DELETE /20190801/scheduledJobs/ocid1.x?a=1", error.Message);
    }

    [Fact]
    public async Task Without_a_response_request_id_the_error_quotes_the_one_we_sent()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.BadRequest, FakeHandler.Error("InvalidParameter", "bad"));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal(t.Handler.Requests.Single().Header("opc-request-id"), error.OpcRequestId);
    }

    [Fact]
    public async Task A_short_non_JSON_body_becomes_the_message_and_the_reason_phrase_the_code()
    {
        using var t = new TestPipeline(o => o.MaxAttempts = 1);
        t.Handler.Then(HttpStatusCode.BadGateway, "<html><body>upstream connect error</body></html>");

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("BadGateway", error.ServiceCode);
        Assert.Equal("<html><body>upstream connect error</body></html>", error.ServiceMessage);
    }

    [Fact]
    public async Task A_long_non_JSON_body_is_not_quoted()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Forbidden, "<html>" + new string('x', 2000) + "</html>");

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("Forbidden", error.ServiceCode);
        Assert.Equal("HTTP 403", error.ServiceMessage);
    }

    [Fact]
    public async Task An_empty_error_body_gives_status_and_reason()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthorized", error.ServiceCode);
        Assert.Equal("HTTP 401", error.ServiceMessage);
    }

    [Fact]
    public async Task A_401_carries_the_signers_advice_in_the_message_and_on_its_own()
    {
        var signer = new CountingSigner { RejectionAdvice = "Refresh it with 'oci session refresh --profile S'." };
        using var t = new TestPipeline(signer: signer);
        t.Handler.Then(HttpStatusCode.Unauthorized, FakeHandler.Error("NotAuthenticated", "The required information to complete authentication was not provided."));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal("NotAuthenticated", error.ServiceCode);
        Assert.Equal(signer.RejectionAdvice, error.Advice);
        Assert.EndsWith("] Refresh it with 'oci session refresh --profile S'.", error.Message);
    }

    [Fact]
    public async Task Other_errors_carry_no_authentication_advice()
    {
        var signer = new CountingSigner { RejectionAdvice = "Refresh it." };
        using var t = new TestPipeline(signer: signer);
        t.Handler.Then(HttpStatusCode.NotFound, FakeHandler.Error("NotAuthorizedOrNotFound", "Authorization failed or requested resource not found."));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Null(error.Advice);
        Assert.DoesNotContain("Refresh it", error.Message);
    }

    [Theory]
    [InlineData("{\"message\":\"only a message\"}", "PreconditionFailed", "only a message")]
    [InlineData("{\"code\":42,\"message\":[\"not a string\"]}", "PreconditionFailed", "HTTP 412")]
    [InlineData("[\"an\",\"array\"]", "PreconditionFailed", "[\"an\",\"array\"]")]
    [InlineData("{\"code\":\"NoEtagMatch\",\"message\":\"The etag does not match\"", "PreconditionFailed", "HTTP 412")]
    public async Task Odd_JSON_error_bodies_fall_back_to_status_and_reason(string body, string code, string message)
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.PreconditionFailed, body);

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal(code, error.ServiceCode);
        Assert.Equal(message, error.ServiceMessage);
    }

    [Fact]
    public async Task A_409_with_a_non_JSON_body_is_a_conflict_and_not_retried()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.Conflict, "IncorrectState");

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Send(t, HttpMethod.Get, "/x"));

        Assert.Equal("Conflict", error.ServiceCode);
        Assert.Single(t.Handler.Requests);
    }
}

using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Classic.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class PipelineRetryTests
{
    private const string JobPath = "/20190801/scheduledJobs/ocid1.x";

    private static Task<OciResponse<T>> Get<T>(TestPipeline t, CancellationToken cancellationToken = default) =>
        t.Pipeline.SendAsync<T>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, cancellationToken);

    private static Task<OciResponse<OciEmpty>> Post(TestPipeline t, object? body, string? retryToken) =>
        t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Post, TestPipeline.Endpoint, "/20190801/scheduledJobs", body, null, retryToken, CancellationToken.None);

    [Theory]
    [InlineData(429, "TooManyRequests")]
    [InlineData(500, "InternalServerError")]
    [InlineData(502, "BadGateway")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(504, "GatewayTimeout")]
    [InlineData(409, "IncorrectState")]
    public async Task Retryable_statuses_are_retried_until_success(int status, string code)
    {
        using var t = new TestPipeline();
        t.Handler.Then((HttpStatusCode)status, FakeHandler.Error(code, "busy"))
                 .Then((HttpStatusCode)status, FakeHandler.Error(code, "busy"))
                 .Then(HttpStatusCode.OK, "{\"id\":\"ocid1.x\"}");

        var response = await Get<ScheduledJob>(t);

        Assert.Equal("ocid1.x", response.Value.Id);
        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.Equal(new[] { 1, 2, 3 }, t.Calls.Select(c => c.Attempt));
        Assert.Equal(new[] { status, status, 200 }, t.Calls.Select(c => c.StatusCode));
    }

    [Theory]
    [InlineData(400, "InvalidParameter")]
    [InlineData(401, "NotAuthenticated")]
    [InlineData(404, "NotAuthorizedOrNotFound")]
    [InlineData(409, "Conflict")]
    [InlineData(412, "NoEtagMatch")]
    [InlineData(501, "NotImplemented")]
    public async Task Other_errors_are_not_retried(int status, string code)
    {
        using var t = new TestPipeline();
        t.Handler.Then((HttpStatusCode)status, FakeHandler.Error(code, "no"));

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Get<OciEmpty>(t));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ServiceCode);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Attempts_are_bounded_and_the_last_error_is_thrown()
    {
        using var t = new TestPipeline(o => o.MaxAttempts = 3);
        for (var i = 0; i < 3; i++)
        {
            t.Handler.Then(HttpStatusCode.ServiceUnavailable, FakeHandler.Error("ServiceUnavailable", $"try {i}"));
        }

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Get<OciEmpty>(t));

        Assert.Equal("try 2", error.ServiceMessage);
        Assert.Equal(3, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Default_is_eight_attempts()
    {
        var handler = new FakeHandler((_, _) => Task.FromResult(FakeHandler.Respond(HttpStatusCode.TooManyRequests, FakeHandler.Error("TooManyRequests", "slow down"))));
        using var pipeline = new OciHttpPipeline(new CountingSigner(), new OciClientOptions
        {
            Handler = handler,
            BaseBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(5),
        });

        await Assert.ThrowsAsync<OciServiceException>(() =>
            pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, CancellationToken.None));

        Assert.Equal(8, handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured()
    {
        using var t = new TestPipeline(o => o.MaxBackoff = TimeSpan.FromSeconds(5));
        t.Handler.Then(HttpStatusCode.TooManyRequests, FakeHandler.Error("TooManyRequests", "m"), ("Retry-After", "1"))
                 .Then(HttpStatusCode.OK, "{}");

        await Get<OciEmpty>(t);

        var requests = t.Handler.Requests;
        Assert.Equal(2, requests.Count);
        // The exponential backoff alone would be at most 1 ms here.
        Assert.True(requests[1].SeenAtUtc - requests[0].SeenAtUtc >= TimeSpan.FromMilliseconds(950),
            $"waited only {(requests[1].SeenAtUtc - requests[0].SeenAtUtc).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_backoff_cap_is_still_honoured()
    {
        // The cap bounds our own backoff; when the service says how long to wait, it is waited (within the budget).
        using var t = new TestPipeline(o => o.MaxBackoff = TimeSpan.FromMilliseconds(50));
        t.Handler.Then(HttpStatusCode.TooManyRequests, FakeHandler.Error("TooManyRequests", "m"), ("Retry-After", "1"))
                 .Then(HttpStatusCode.OK, "{}");

        await Get<OciEmpty>(t);

        var requests = t.Handler.Requests;
        Assert.True(requests[1].SeenAtUtc - requests[0].SeenAtUtc >= TimeSpan.FromMilliseconds(950),
            $"waited only {(requests[1].SeenAtUtc - requests[0].SeenAtUtc).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_beyond_the_total_budget_ends_the_call_at_once()
    {
        using var t = new TestPipeline(o =>
        {
            o.MaxBackoff = TimeSpan.FromMinutes(5);
            o.MaxTotalRetryTime = TimeSpan.FromSeconds(30);
        });
        t.Handler.Then(HttpStatusCode.TooManyRequests, FakeHandler.Error("TooManyRequests", "later"), ("Retry-After", "3600"));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<OciServiceException>(() => Get<OciEmpty>(t));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(t.Handler.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_total_time_budget_bounds_a_call_that_keeps_failing()
    {
        var handler = new FakeHandler((_, _) => Task.FromResult(FakeHandler.Respond(HttpStatusCode.InternalServerError, "{}")));
        using var pipeline = new OciHttpPipeline(new CountingSigner(), new OciClientOptions
        {
            Handler = handler,
            MaxAttempts = 1000,
            BaseBackoff = TimeSpan.FromMilliseconds(20),
            MaxBackoff = TimeSpan.FromMilliseconds(40),
            MaxTotalRetryTime = TimeSpan.FromMilliseconds(500),
        });
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<OciServiceException>(() =>
            pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath, null, null, null, CancellationToken.None));

        // Without the budget, 1000 attempts 10-40 ms apart would take far longer. The margin is for a busy machine,
        // where a wait may overrun what was asked for.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.InRange(handler.Requests.Count, 2, 200);
    }

    [Fact]
    public async Task Post_keeps_the_given_retry_token_and_body_and_is_re_signed_on_every_attempt()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.ServiceUnavailable, "{}").Then(HttpStatusCode.BadGateway, "{}").Then(HttpStatusCode.OK, "{}");

        await Post(t, new ChangeScheduledJobCompartmentDetails { CompartmentId = "ocid1.c" }, "token-123");

        var requests = t.Handler.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("token-123", r.Header("opc-retry-token")));
        Assert.All(requests, r => Assert.Equal("{\"compartmentId\":\"ocid1.c\"}", r.Body));
        Assert.Equal(new[] { "Signature test-1", "Signature test-2", "Signature test-3" }, requests.Select(r => r.Header("authorization")));
        Assert.Equal(3, requests.Select(r => r.Header("date")).Distinct().Count());
    }

    [Fact]
    public async Task Post_without_a_token_gets_one_that_stays_the_same_across_retries()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.InternalServerError, "{}").Then(HttpStatusCode.OK, "{}")
                 .Then(HttpStatusCode.OK, "{}");

        await Post(t, null, null);
        await Post(t, null, null);

        var tokens = t.Handler.Requests.Select(r => r.Header("opc-retry-token")).ToList();
        Assert.All(tokens, token => Assert.False(string.IsNullOrEmpty(token)));
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[0], tokens[2]);
    }

    [Fact]
    public async Task Get_and_put_carry_no_retry_token()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}");

        await Get<OciEmpty>(t);
        await t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Put, TestPipeline.Endpoint, JobPath, new UpdateScheduledJobDetails(), null, null, CancellationToken.None);

        Assert.All(t.Handler.Requests, r => Assert.Null(r.Header("opc-retry-token")));
    }

    [Fact]
    public async Task Connection_failures_are_retried()
    {
        using var t = new TestPipeline();
        t.Handler.Then((_, _) => throw new HttpRequestException("Connection refused"))
                 .Then(HttpStatusCode.OK, "{}");

        await Get<OciEmpty>(t);

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal(new[] { 0, 200 }, t.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Connection_failure_on_the_last_attempt_names_method_path_and_cause()
    {
        using var t = new TestPipeline(o => o.MaxAttempts = 2);
        t.Handler.Then((_, _) => throw new HttpRequestException("Connection refused"))
                 .Then((_, _) => throw new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Get<OciEmpty>(t));

        Assert.Contains("GET " + JobPath, error.Message);
        Assert.Contains("Connection refused", error.Message);
        Assert.Contains("2 attempt", error.Message);
        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task Attempt_timeouts_are_retried_then_reported_as_TimeoutException()
    {
        using var t = new TestPipeline(o =>
        {
            o.MaxAttempts = 3;
            o.Timeout = TimeSpan.FromMilliseconds(100);
        });
        static async Task<HttpResponseMessage> Hang(HttpRequestMessage request, CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }
        t.Handler.Then(Hang).Then(Hang).Then(Hang);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Get<OciEmpty>(t));

        Assert.Contains("GET " + JobPath, error.Message);
        Assert.Equal(3, t.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_timeout_then_success_returns_the_answer()
    {
        using var t = new TestPipeline(o => o.Timeout = TimeSpan.FromMilliseconds(100));
        t.Handler.Then(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }).Then(HttpStatusCode.OK, "{\"id\":\"ocid1.after-timeout\"}");

        var response = await Get<ScheduledJob>(t);

        Assert.Equal("ocid1.after-timeout", response.Value.Id);
    }

    [Fact]
    public async Task Every_attempt_carries_one_opc_request_id_per_call_plus_user_agent_and_accept()
    {
        using var t = new TestPipeline(o => o.UserAgent = "OsManagement-tests/1.0");
        t.Handler.Then(HttpStatusCode.InternalServerError, "{}").Then(HttpStatusCode.OK, "{}", ("opc-request-id", "SERVER/ID"))
                 .Then(HttpStatusCode.OK, "{}");

        var response = await Get<OciEmpty>(t);
        await Get<OciEmpty>(t);

        var requests = t.Handler.Requests;
        var ids = requests.Select(r => r.Header("opc-request-id")).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9A-F]{32}$", id));
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        Assert.All(requests, r => Assert.Equal("OsManagement-tests/1.0", r.Header("user-agent")));
        Assert.All(requests, r => Assert.Equal("application/json", r.Header("accept")));
        Assert.Equal("SERVER/ID", response.OpcRequestId);
        Assert.Equal(ids[0], t.Calls[0].OpcRequestId);
        Assert.Equal("SERVER/ID", t.Calls[1].OpcRequestId);
    }

    [Fact]
    public async Task Call_records_name_method_path_status_and_attempt_only()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{}");

        await t.Pipeline.SendAsync<OciEmpty>(HttpMethod.Get, TestPipeline.Endpoint, JobPath + "?limit=5", null, null, null, CancellationToken.None);

        var record = Assert.Single(t.Calls);
        Assert.Equal("GET", record.Method);
        Assert.Equal(JobPath + "?limit=5", record.Path);
        Assert.Equal(200, record.StatusCode);
        Assert.Equal(1, record.Attempt);
        Assert.True(record.Duration >= TimeSpan.Zero);
        Assert.DoesNotContain(typeof(OciCallRecord).GetProperties(), p => p.Name.Contains("Header", StringComparison.OrdinalIgnoreCase));
    }
}

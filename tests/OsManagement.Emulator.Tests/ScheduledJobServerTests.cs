using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>Scheduled jobs and work requests over real, signed HTTP.</summary>
public sealed class ScheduledJobServerTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private JsonElement _instance;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync("--fleet", "instances=10,compartments=2,depth=1,groups=2,vulnerable=1,windows=0");
        var fleet = await _server.AdminAsync(HttpMethod.Get, "/_emulator/fleet");
        _instance = fleet.GetProperty("instances").EnumerateArray()
            .First(i => i.GetProperty("status").GetString() == "NORMAL" && !i.GetProperty("failsUpdates").GetBoolean());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string JobBody(string scheduleType = "ONETIME", TimeSpan? inFuture = null) => JsonSerializer.Serialize(new
    {
        compartmentId = _instance.GetProperty("compartmentId").GetString(),
        displayName = "nightly security",
        scheduleType,
        intervalType = scheduleType == "RECURRING" ? "DAY" : null,
        intervalValue = scheduleType == "RECURRING" ? "1" : null,
        timeNextExecution = (DateTimeOffset.UtcNow + (inFuture ?? TimeSpan.FromHours(1))).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        operationType = "UPDATEALL",
        updateType = "SECURITY",
        managedInstances = new[] { new { id = _instance.GetProperty("id").GetString(), displayName = _instance.GetProperty("displayName").GetString() } },
    });

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null, string? retryToken = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null || method == HttpMethod.Post || method == HttpMethod.Put)
        {
            request.Content = new StringContent(body ?? "", Encoding.UTF8, "application/json");
        }
        if (retryToken is not null)
        {
            request.Headers.Add("opc-retry-token", retryToken);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("if-match", ifMatch);
        }
        return await _server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task CreateReturnsTheJobWithETagAndLocation()
    {
        using var response = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await Json(response);
        var id = job.GetProperty("id").GetString()!;
        Assert.StartsWith("ocid1.scheduledjob.", id, StringComparison.Ordinal);
        Assert.Equal("ACTIVE", job.GetProperty("lifecycleState").GetString());
        Assert.False(string.IsNullOrEmpty(response.Headers.ETag?.Tag ?? response.Headers.GetValues("etag").Single()));
        Assert.EndsWith($"/20190801/scheduledJobs/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", job.GetProperty("timeNextExecution").GetString());
    }

    [Fact]
    public async Task ARetryTokenMakesARepeatedCreateReturnTheFirstJob()
    {
        using var first = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody(), retryToken: "retry-1");
        using var second = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody(), retryToken: "retry-1");
        using var third = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody(), retryToken: "retry-2");
        var a = (await Json(first)).GetProperty("id").GetString();
        Assert.Equal(a, (await Json(second)).GetProperty("id").GetString());
        Assert.NotEqual(a, (await Json(third)).GetProperty("id").GetString());
        Assert.Equal(first.Headers.GetValues("etag").Single(), second.Headers.GetValues("etag").Single());
    }

    [Fact]
    public async Task AStaleIfMatchIs412()
    {
        using var created = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody("RECURRING"));
        var id = (await Json(created)).GetProperty("id").GetString();
        var etag = created.Headers.GetValues("etag").Single();
        using var updated = await Send(HttpMethod.Put, $"/20190801/scheduledJobs/{id}", "{\"displayName\":\"renamed\"}", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.GetValues("etag").Single());
        using var stale = await Send(HttpMethod.Put, $"/20190801/scheduledJobs/{id}", "{\"displayName\":\"again\"}", ifMatch: etag);
        await ApiServerTests.AssertError(stale, HttpStatusCode.PreconditionFailed, "PreconditionFailed");
    }

    [Fact]
    public async Task SkipOnAOneTimeJobIs409Conflict()
    {
        using var created = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody());
        var id = (await Json(created)).GetProperty("id").GetString();
        using var skip = await Send(HttpMethod.Post, $"/20190801/scheduledJobs/{id}/actions/skipNextExecution");
        await ApiServerTests.AssertError(skip, HttpStatusCode.Conflict, "Conflict");
    }

    [Fact]
    public async Task DeletedJobsAre404AndLeaveTheLists()
    {
        using var created = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody());
        var id = (await Json(created)).GetProperty("id").GetString();
        using var deleted = await Send(HttpMethod.Delete, $"/20190801/scheduledJobs/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var get = await Send(HttpMethod.Get, $"/20190801/scheduledJobs/{id}");
        await ApiServerTests.AssertError(get, HttpStatusCode.NotFound, "NotAuthorizedOrNotFound");
        var list = await _server.GetJsonAsync($"/20190801/scheduledJobs?compartmentId={_instance.GetProperty("compartmentId").GetString()}&limit=50");
        Assert.DoesNotContain(list.EnumerateArray(), j => j.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task ADeleteKeepsTheConnectionOpenForTheNextRequest()
    {
        // A 204 once made Kestrel throw after answering and close the connection; a client that reused it at once
        // saw 'other side closed'. Counting connections shows whether the next request could reuse this one.
        var connections = 0;
        var sockets = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var credentials = _server.Running.Credentials;
        using var client = new HttpClient(new TestSigner($"{credentials.TenancyId}/{credentials.UserId}/{credentials.Fingerprint}", credentials.Key, sockets))
        {
            BaseAddress = new Uri(_server.Running.Endpoint),
        };
        using var created = await client.PostAsync("/20190801/scheduledJobs", new StringContent(JobBody(), Encoding.UTF8, "application/json"));
        var id = (await Json(created)).GetProperty("id").GetString();

        using var deleted = await client.DeleteAsync($"/20190801/scheduledJobs/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsByteArrayAsync());
        await Task.Delay(300);
        using var get = await client.GetAsync($"/20190801/scheduledJobs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task MissingRequiredFieldsAre400()
    {
        using var response = await Send(HttpMethod.Post, "/20190801/scheduledJobs", "{\"displayName\":\"x\"}");
        await ApiServerTests.AssertError(response, HttpStatusCode.BadRequest, "MissingParameter");
        using var garbage = await Send(HttpMethod.Post, "/20190801/scheduledJobs", "{not json");
        await ApiServerTests.AssertError(garbage, HttpStatusCode.BadRequest, "InvalidParameter");
    }

    [Fact]
    public async Task RunNowCreatesAWorkRequestThatSucceedsAndRemovesTheUpdates()
    {
        using var created = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody("RECURRING", TimeSpan.FromDays(1)));
        var job = await Json(created);
        var id = job.GetProperty("id").GetString();
        using var run = await Send(HttpMethod.Post, $"/20190801/scheduledJobs/{id}/actions/runNow");
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.NotEmpty(run.Headers.GetValues("etag").Single());
        var after = await _server.GetJsonAsync($"/20190801/scheduledJobs/{id}");
        Assert.Equal(job.GetProperty("timeNextExecution").GetString(), after.GetProperty("timeNextExecution").GetString());
        var workRequestId = after.GetProperty("workRequests")[0].GetProperty("id").GetString();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement workRequest;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "the work request did not finish in time");
            await Task.Delay(200);
            workRequest = await _server.GetJsonAsync($"/20190801/workRequests/{workRequestId}");
        }
        while (workRequest.GetProperty("status").GetString() is "ACCEPTED" or "IN_PROGRESS");
        Assert.Equal("SUCCEEDED", workRequest.GetProperty("status").GetString());
        Assert.Equal(100, workRequest.GetProperty("percentComplete").GetDouble());

        var instance = await _server.GetJsonAsync($"/20190801/managedInstances/{_instance.GetProperty("id").GetString()}");
        Assert.Equal(0, instance.GetProperty("securityUpdatesAvailable").GetInt32());
        var logs = await _server.GetJsonAsync($"/20190801/workRequests/{workRequestId}/logs?sortOrder=ASC");
        Assert.Contains("accepted", logs[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AdvancingTheClockRunsDueJobsAndUpcomingShowsThem()
    {
        var compartment = _instance.GetProperty("compartmentId").GetString();
        using var created = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody("RECURRING", TimeSpan.FromHours(2)));
        var id = (await Json(created)).GetProperty("id").GetString();
        var timeEnd = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var upcoming = await _server.GetJsonAsync($"/20190801/scheduledJobs/upcomingSchedules?compartmentId={compartment}&timeEnd={timeEnd}");
        Assert.Contains(upcoming.EnumerateArray(), j => j.GetProperty("id").GetString() == id);

        var clock = await _server.AdminAsync(HttpMethod.Post, "/_emulator/clock/advance?by=PT3H");
        Assert.True(DateTimeOffset.Parse(clock.GetProperty("now").GetString()!) > DateTimeOffset.UtcNow.AddHours(2.5));
        var job = await _server.GetJsonAsync($"/20190801/scheduledJobs/{id}");
        Assert.Equal(1, job.GetProperty("workRequests").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, job.GetProperty("timeLastExecution").ValueKind);
        var workRequests = await _server.GetJsonAsync($"/20190801/workRequests?compartmentId={compartment}&managedInstanceId={_instance.GetProperty("id").GetString()}");
        Assert.Contains(workRequests.EnumerateArray(), w => w.GetProperty("id").GetString() == job.GetProperty("workRequests")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task ImmediateActionsAnswer202WithTheWorkRequestId()
    {
        using var response = await Send(HttpMethod.Post, $"/20190801/managedInstances/{_instance.GetProperty("id").GetString()}/actions/packages/install?softwarePackageName=htop");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = response.Headers.GetValues("opc-work-request-id").Single();
        var workRequest = await _server.GetJsonAsync($"/20190801/workRequests/{id}");
        Assert.Equal("INSTALL", workRequest.GetProperty("operationType").GetString());
        Assert.Equal(_instance.GetProperty("id").GetString(), workRequest.GetProperty("managedInstanceId").GetProperty("id").GetString());
        using var missing = await Send(HttpMethod.Post, $"/20190801/managedInstances/{_instance.GetProperty("id").GetString()}/actions/packages/install");
        await ApiServerTests.AssertError(missing, HttpStatusCode.BadRequest, "MissingParameter");
    }

    [Fact]
    public async Task TamperedBodiesAndSkewedDatesAre401()
    {
        _server.Signer.TamperBody = true;
        try
        {
            using var tampered = await Send(HttpMethod.Post, "/20190801/scheduledJobs", JobBody());
            await ApiServerTests.AssertError(tampered, HttpStatusCode.Unauthorized, "NotAuthenticated");
        }
        finally
        {
            _server.Signer.TamperBody = false;
        }
        _server.Signer.DateOffset = TimeSpan.FromMinutes(-10);
        try
        {
            using var skewed = await Send(HttpMethod.Get, $"/20160918/tenancies/{_server.TenancyId}");
            await ApiServerTests.AssertError(skewed, HttpStatusCode.Unauthorized, "NotAuthenticated");
        }
        finally
        {
            _server.Signer.DateOffset = TimeSpan.Zero;
        }
        _server.Signer.Unsigned = new[] { "host" };
        try
        {
            using var unsignedHost = await Send(HttpMethod.Get, $"/20160918/tenancies/{_server.TenancyId}");
            await ApiServerTests.AssertError(unsignedHost, HttpStatusCode.Unauthorized, "NotAuthenticated");
        }
        finally
        {
            _server.Signer.Unsigned = Array.Empty<string>();
        }
    }
}

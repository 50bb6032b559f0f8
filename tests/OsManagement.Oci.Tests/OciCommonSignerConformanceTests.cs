using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Classic.Models;
using OsmHub = OsManagement.Oci.Services.Hub;
using HubModels = OsManagement.Oci.Services.Hub.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

/// <summary>
/// Independent proof of the signer: requests our clients send are checked by tests/signing/verify.js against
/// oci-common's own DefaultRequestSigner (same key, same date: its Authorization header must be byte for byte ours)
/// and http-signature's verifier: 2.112.0 for the old service's requests, 2.139.1 (oci-osmanagementhub's) for Hub's.
/// Needs node and npm; their absence fails the test, it never skips.
/// </summary>
public sealed class OciCommonSignerConformanceTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..aaaatenancy";
    private const string User = "ocid1.user.oc1..aaaauser";
    private const string Fingerprint = "20:3b:97:13:55:1c:aa:bb";

    [Fact]
    public async Task Oci_common_produces_the_same_Authorization_header_for_what_our_clients_send()
    {
        var requests = await CaptureAsync(new Uri("https://osms.us-ashburn-1.oci.oraclecloud.com"), async (osms, identity) =>
        {
            await osms.GetScheduledJobAsync("ocid1.scheduledjob.oc1.iad.abc", CancellationToken.None);
            await osms.ListScheduledJobsAsync(new ListScheduledJobsRequest
            {
                CompartmentId = "ocid1.compartment.oc1..c",
                DisplayName = "nightly patch & reboot=yes/é~*'()",
                Limit = 10,
                SortOrder = "DESC",
            }, CancellationToken.None).ToListAsync();
            await osms.DeleteScheduledJobAsync("ocid1.scheduledjob.oc1.iad.abc", "etag-1", CancellationToken.None);
            await osms.CreateScheduledJobAsync(new CreateScheduledJobDetails
            {
                CompartmentId = "ocid1.compartment.oc1..c",
                DisplayName = "Patch – nightly ✓",
                ScheduleType = ScheduleTypes.Onetime,
                TimeNextExecution = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero),
                OperationType = OperationTypes.Updateall,
            }, "retry-token-1", CancellationToken.None);
            await osms.RunScheduledJobNowAsync("ocid1.scheduledjob.oc1.iad.abc", null, null, CancellationToken.None);
            await osms.InstallAllPackageUpdatesOnManagedInstanceAsync("ocid1.instance.oc1.iad.x", PackageUpdateTypes.Security, null, CancellationToken.None);
            await osms.UpdateScheduledJobAsync("ocid1.scheduledjob.oc1.iad.abc", new UpdateScheduledJobDetails { DisplayName = "renamed" }, "etag-2", CancellationToken.None);
            await identity.ListCompartmentsAsync(new ListCompartmentsRequest { CompartmentId = Tenancy, CompartmentIdInSubtree = true }, CancellationToken.None).ToListAsync();
        });
        requests.AddRange(await CaptureAsync(new Uri("http://127.0.0.1:18080"), async (osms, _) =>
            await osms.GetWorkRequestAsync("ocid1.workrequest.oc1.iad.w", CancellationToken.None)));

        Assert.Equal(new[] { "GET", "GET", "DELETE", "POST", "POST", "POST", "PUT", "GET", "GET" }, requests.Select(r => (string)r["method"]!));
        var (exitCode, output) = await VerifyWithOciCommonAsync(requests);

        Assert.True(exitCode == 0, "verify.js reported a difference:\n" + output);
        Assert.Equal(requests.Count, output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Oci_common_of_oci_osmanagementhub_produces_the_same_Authorization_header_for_Hub_requests()
    {
        var requests = await CaptureAsync(new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"), async pipeline =>
        {
            var hub = new OsmHub.HubClient(pipeline, ServiceRegistry.Hub.EndpointFor("iad"));
            await hub.GetManagedInstanceAsync("ocid1.managedinstance.oc1.iad.abc", CancellationToken.None);
            await hub.ListWorkRequestsAsync(new OsmHub.ListWorkRequestsRequest
            {
                CompartmentId = "ocid1.compartment.oc1..c",
                Status = new() { "ACCEPTED", "IN_PROGRESS" },
                DisplayNameContains = "patch & reboot=yes/é~*'()",
                TimeCreatedGreaterThanOrEqualTo = new DateTimeOffset(2026, 12, 1, 5, 4, 3, TimeSpan.Zero),
            }, CancellationToken.None).ToListAsync();
            await hub.UpdatePackagesOnManagedInstanceAsync("ocid1.managedinstance.oc1.iad.abc", new HubModels.UpdatePackagesOnManagedInstanceDetails
            {
                UpdateTypes = new() { HubModels.UpdateTypes.Security },
                WorkRequestDetails = new HubModels.WorkRequestDetails { DisplayName = "Patch – nightly ✓" },
            }, null, "retry-token-hub", CancellationToken.None);
            await hub.UpdateScheduledJobAsync("ocid1.osmhscheduledjob.oc1.iad.j", new HubModels.UpdateScheduledJobDetails
            {
                TimeNextExecution = new DateTimeOffset(2026, 12, 13, 3, 0, 0, TimeSpan.Zero),
                RecurringRule = "FREQ=WEEKLY;BYDAY=SU;INTERVAL=1",
            }, "etag-hub", CancellationToken.None);
            await hub.DeleteScheduledJobAsync("ocid1.osmhscheduledjob.oc1.iad.j", "etag-hub-2", CancellationToken.None);
            await hub.RunScheduledJobNowAsync("ocid1.osmhscheduledjob.oc1.iad.j", null, null, CancellationToken.None);
        });
        foreach (var request in requests)
        {
            request["ociCommon"] = "hub";
        }

        Assert.Equal(new[] { "GET", "GET", "POST", "PUT", "DELETE", "POST" }, requests.Select(r => (string)r["method"]!));
        Assert.Equal("etag-hub", ((Dictionary<string, string>)requests[3]["headers"]!)["if-match"]);
        var (exitCode, output) = await VerifyWithOciCommonAsync(requests);

        Assert.True(exitCode == 0, "verify.js reported a difference:\n" + output);
        Assert.Equal(requests.Count, output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal) && line.EndsWith("(oci-common 2.139.1)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_check_fails_for_a_request_changed_after_signing()
    {
        var requests = await CaptureAsync(new Uri("https://osms.us-ashburn-1.oci.oraclecloud.com"), async (osms, _) =>
        {
            await osms.CreateScheduledJobAsync(new CreateScheduledJobDetails { DisplayName = "a" }, null, CancellationToken.None);
            await osms.GetScheduledJobAsync("ocid1.a", CancellationToken.None);
        });
        requests[0]["name"] = "tampered body";
        requests[0]["body"] = "{\"displayName\":\"b\"}";
        requests[1]["name"] = "tampered query";
        requests[1]["url"] = requests[1]["url"] + "?injected=1";
        var hub = await CaptureAsync(new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"), pipeline =>
            new OsmHub.HubClient(pipeline, ServiceRegistry.Hub.EndpointFor("iad")).UpdateScheduledJobAsync("ocid1.j",
                new HubModels.UpdateScheduledJobDetails { RecurringRule = "FREQ=DAILY" }, "etag-1", CancellationToken.None));
        hub[0]["name"] = "tampered Hub body";
        hub[0]["body"] = "{\"recurringRule\":\"FREQ=HOURLY\"}";
        hub[0]["ociCommon"] = "hub";
        requests.AddRange(hub);

        var (exitCode, output) = await VerifyWithOciCommonAsync(requests);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("FAIL tampered body", output);
        Assert.Contains("FAIL tampered query", output);
        Assert.Contains("FAIL tampered Hub body", output);
    }

    private static Task<List<Dictionary<string, object?>>> CaptureAsync(Uri endpoint, Func<ClassicClient, IdentityClient, Task> calls) =>
        CaptureAsync(endpoint, pipeline => calls(new ClassicClient(pipeline, endpoint), new IdentityClient(pipeline, endpoint)));

    /// <summary>Runs calls through the real pipeline and ApiKeySigner, and describes each request as it went out.</summary>
    private static async Task<List<Dictionary<string, object?>>> CaptureAsync(Uri endpoint, Func<OciHttpPipeline, Task> calls)
    {
        var handler = new FakeHandler((request, _) => Task.FromResult(FakeHandler.Respond(HttpStatusCode.OK,
            request.Method != HttpMethod.Get || !request.RequestUri!.AbsolutePath.EndsWith('s') ? "{}"
            : request.RequestUri.AbsolutePath.StartsWith("/20220901/", StringComparison.Ordinal) ? "{\"items\":[]}" : "[]")));
        var signer = new ApiKeySigner(Tenancy, User, Fingerprint, TestKeys.Rsa);
        using var pipeline = new OciHttpPipeline(signer, new OciClientOptions { Handler = handler });
        await calls(pipeline);

        return handler.Requests.Select((seen, i) =>
        {
            var headers = new Dictionary<string, string>(seen.Headers)
            {
                // HttpClient adds Host on the wire (the fake handler sits before that): the URI's authority.
                ["host"] = seen.Uri.Authority,
            };
            return new Dictionary<string, object?>
            {
                ["name"] = $"{i + 1}: {seen.Method} {seen.PathAndQuery}",
                ["method"] = seen.Method,
                ["url"] = seen.Uri.AbsoluteUri,
                ["headers"] = headers,
                ["body"] = seen.Body,
            };
        }).ToList();
    }

    private static async Task<(int ExitCode, string Output)> VerifyWithOciCommonAsync(List<Dictionary<string, object?>> requests)
    {
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH; install Node.js to run the signing conformance check.");
        var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH; install Node.js (with npm) to run the signing conformance check.");
        var signingDir = ExternalProcess.FindRepoPath(Path.Combine("tests", "signing"));
        await NpmInstall.EnsureAsync(npm, signingDir);

        using var dir = new TempDirectory();
        var keyFile = dir.Write("key.pem", TestKeys.Pkcs1Pem());
        var fixture = dir.Write("fixture.json", JsonSerializer.Serialize(new
        {
            keyFile,
            tenancy = Tenancy,
            user = User,
            fingerprint = Fingerprint,
            requests,
        }));
        return await ExternalProcess.RunAsync(node, signingDir, TimeSpan.FromMinutes(2), "verify.js", fixture);
    }
}

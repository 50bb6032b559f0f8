using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// Every request Hub's service makes at once goes through the one gate: a compartment listed by several advisory names
/// in a compliance scan, and a job's targets read for their names, never have more requests in flight than the limit.
/// </summary>
public sealed class OneGateTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..t";

    // Answers Hub's requests by path, each after a moment, and remembers the most in flight at once.
    private sealed class SlowHub
    {
        private int _now;
        private int _most;

        public int Most => Volatile.Read(ref _most);

        public int Requests;

        public async Task<HttpResponseMessage> Answer(HttpRequestMessage request, CancellationToken token)
        {
            Interlocked.Increment(ref Requests);
            var now = Interlocked.Increment(ref _now);
            int most;
            while (now > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, most) != most)
            {
            }
            try
            {
                await Task.Delay(15, token);
                var path = request.RequestUri!.AbsolutePath;
                var body = path switch
                {
                    // 150 advisories: three requests of 50 names a compartment.
                    "/20220901/errata" => "{\"items\":[" + string.Join(",", Enumerable.Range(1, 150).Select(i => $"{{\"name\":\"ELSA-2026-{i}\"}}")) + "]}",
                    "/20220901/managedInstances" => "{\"items\":[]}",
                    "/20220901/scheduledJobs/j" => "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"managedInstanceIds\":["
                        + string.Join(",", Enumerable.Range(1, 12).Select(i => $"\"ocid1.instance.oc1.iad.{i}\"")) + "]}",
                    _ => "{\"id\":\"" + path.Split('/').Last() + "\",\"displayName\":\"name of " + path.Split('/').Last() + "\"}",
                };
                return FakeHandler.Respond(HttpStatusCode.OK, body);
            }
            finally
            {
                Interlocked.Decrement(ref _now);
            }
        }
    }

    private static (TestPipeline Pipeline, HubService Service) Hub(SlowHub hub)
    {
        var t = new TestPipeline(o => o.Handler = new FakeHandler(hub.Answer));
        return (t, new HubService(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), Tenancy));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_compartment_listed_by_advisory_names_stays_within_the_scans_limit(int limit)
    {
        var hub = new SlowHub();
        var (t, service) = Hub(hub);
        using var _ = t;

        var totals = await new ComplianceScanner(service).ScanAsync(new ComplianceScope { ThrottleLimit = limit }, Tenancy, _ => { }, null,
            (id, e) => throw new InvalidOperationException(id, e), CancellationToken.None);

        Assert.Equal(0, totals.Instances);
        // The advisories, the compartment's listing and its three listings by advisory name.
        Assert.Equal(5, hub.Requests);
        Assert.InRange(hub.Most, 1, limit);
    }

    [Fact]
    public async Task A_jobs_targets_are_named_within_the_fan_out_that_reads_the_job()
    {
        var hub = new SlowHub();
        var (t, service) = Hub(hub);
        using var _ = t;

        var jobs = await new FanOut(2).ReadEach(new[] { "j" }, service.GetScheduledJobAsync, CancellationToken.None).CollectAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"name of ocid1.instance.oc1.iad.{i}"), jobs.Single().Value.Instances.Select(i => i.DisplayName));
        Assert.InRange(hub.Most, 1, 2);
    }

    [Fact]
    public async Task A_job_read_alone_has_its_targets_named_a_bounded_number_at_a_time()
    {
        var hub = new SlowHub();
        var (t, service) = Hub(hub);
        using var _ = t;

        var job = await service.GetScheduledJobAsync("j", CancellationToken.None);

        Assert.Equal(12, job.Instances.Count(i => i.DisplayName is not null));
        Assert.InRange(hub.Most, 2, FanOut.DefaultThrottleLimit);
    }
}

using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>The verbose call observer is passed explicitly: a view of the pipeline tells its own observer of its own calls.</summary>
public sealed class CallObserverTests
{
    [Fact]
    public async Task A_view_reports_its_calls_to_its_observer_only_and_disposing_it_leaves_the_pipeline_open()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}");
        var mine = new List<string>();
        var other = new List<string>();

        using (var view = t.Pipeline.WithCallObserver(r => mine.Add(CallLog.Describe(r))))
        {
            await new ClassicClient(view, TestPipeline.Endpoint).GetWorkRequestAsync("ocid1.wr", CancellationToken.None);
        }
        using (var view = t.Pipeline.WithCallObserver(r => other.Add(r.Path)))
        {
            await new ClassicClient(view, TestPipeline.Endpoint).GetScheduledJobAsync("ocid1.job", CancellationToken.None);
        }
        await new ClassicClient(t.Pipeline, TestPipeline.Endpoint).GetManagedInstanceAsync("ocid1.mi", CancellationToken.None);

        var line = Assert.Single(mine);
        Assert.StartsWith("GET /20190801/workRequests/ocid1.wr -> 200 in ", line);
        Assert.Contains("(opc-request-id ", line);
        Assert.Equal(new[] { "/20190801/scheduledJobs/ocid1.job" }, other);
        // The pipeline's own observer (OciClientOptions.OnCall) heard only its own call, and it still worked after the views were disposed.
        Assert.Equal("/20190801/managedInstances/ocid1.mi", Assert.Single(t.Calls).Path);
    }

    [Fact]
    public void A_retried_call_says_which_attempt_it_was()
    {
        var record = new OciCallRecord("POST", "/20190801/scheduledJobs", 503, System.TimeSpan.FromMilliseconds(12.4), "R1", 2);
        Assert.Equal("POST /20190801/scheduledJobs -> 503 in 12 ms (opc-request-id R1, attempt 2)", CallLog.Describe(record));
    }
}

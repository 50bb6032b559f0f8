using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>How long and how often to wait for work requests.</summary>
internal sealed class WaitOptions
{
    public TimeSpan? Timeout { get; set; }
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int ThrottleLimit { get; set; } = 8;
    public string Activity { get; set; } = "Waiting for work requests";
}

/// <summary>
/// Writes work requests to the pipeline: as they are now, or (waiting) each one as it reaches a final state,
/// with one progress bar for all of them; a FAILED or CANCELED one also writes a non-terminating error
/// carrying the service's error messages, so -ErrorAction Stop stops a runbook.
/// </summary>
internal static class WorkRequestReporter
{
    /// <summary>
    /// Reads each work request in full through the fan-out (<paramref name="throttleLimit"/> at a time) and writes it as
    /// it is now, in the order of <paramref name="ids"/>; one that cannot be read writes an error.
    /// </summary>
    public static async Task WriteCurrentAsync(IOsmService service, IEnumerable<string> ids, int throttleLimit, PipelineQueue queue, CancellationToken token)
    {
        await foreach (var read in new FanOut(throttleLimit).ReadEach(ids, service.GetWorkRequestAsync, token).ConfigureAwait(false))
        {
            queue.Write(read, r => new OsmWorkRequest(r));
        }
    }

    public static async Task WaitAndWriteAsync(IOsmService service, IReadOnlyCollection<string> ids, WaitOptions options, PipelineQueue queue, CancellationToken token)
    {
        const int progressId = 1;
        var unfinished = await WorkRequestWaiter.WaitAsync(service, ids, options.PollInterval, options.Timeout, options.ThrottleLimit,
            (request, t) => WriteFinalAsync(service, request, queue, t),
            progress => queue.WriteProgress(new ProgressRecord(progressId, options.Activity,
                $"{progress.Finished} of {progress.Total} finished, {progress.Failed} failed")
            {
                PercentComplete = (int)Math.Min(100, progress.PercentComplete),
            }),
            (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)),
            token).ConfigureAwait(false);
        queue.WriteProgress(new ProgressRecord(progressId, options.Activity, "Done") { RecordType = ProgressRecordType.Completed });
        foreach (var id in unfinished)
        {
            queue.WriteError(new ErrorRecord(new TimeoutException(Messages.WorkRequestTimedOut(id, options.Timeout)),
                "OsmWorkRequestTimeout", ErrorCategory.OperationTimeout, id));
        }
    }

    // How many children of a failed request are read at once to say why it failed.
    private const int WaitOptionsThrottle = 8;

    private static async Task WriteFinalAsync(IOsmService service, WorkRequestRecord request, PipelineQueue queue, CancellationToken token)
    {
        var output = new OsmWorkRequest(request);
        queue.WriteObject(output);
        if (request.Status.Is(WorkRequestStatus.Succeeded))
        {
            return;
        }
        // The service's own errors say why; each reason once, with the children it stopped.
        string message;
        try
        {
            var failure = await WorkRequestFailure.ReadAsync(service, request, WaitOptionsThrottle, token).ConfigureAwait(false);
            message = Messages.WorkRequestFailed(failure, output.Status);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message = Messages.WorkRequestFailedUnread(request, output.Status, e.Message);
        }
        queue.WriteError(new ErrorRecord(new InvalidOperationException(message),
            request.Status.Is(WorkRequestStatus.Failed) ? "OsmWorkRequestFailed" : "OsmWorkRequestCanceled",
            ErrorCategory.OperationStopped, output));
    }
}

using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;

namespace OsManagement;

/// <summary>
/// What every OsManagement cmdlet shares: -Context and -Region, lazy connection, async work run with
/// Ctrl+C wired to a CancellationToken, results from other threads written on the pipeline thread,
/// a verbose line per HTTP call, and service errors turned into ErrorRecords.
/// </summary>
public abstract class OsmCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private OsmContext? _resolvedContext;

    /// <summary>The connection to use; default: the session's (Connect-Osm, or the config defaults).</summary>
    [Parameter]
    [ValidateNotNull]
    public OsmContext? Context { get; set; }

    /// <summary>Sends the requests to this region instead of the context's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.RegionCompleter))]
    public string? Region { get; set; }

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    protected CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The context this call uses (resolved once; connects lazily).</summary>
    protected OsmContext CurrentContext
    {
        get
        {
            if (_resolvedContext is null)
            {
                try
                {
                    var context = Context ?? OsmSession.GetOrConnect();
                    _resolvedContext = Region is null ? context : OsmSession.ForRegion(context, Region);
                }
                catch (Exception e) when (e is not PipelineStoppedException)
                {
                    ThrowTerminatingError(ErrorRecords.FromException(e, Context));
                }
            }
            return _resolvedContext!;
        }
    }

    /// <summary>The service, whichever generation answers.</summary>
    protected IOsmService Service => CurrentContext.Connection.Service;

    /// <summary>
    /// Resolves the context on the pipeline thread before any work starts, so a missing or broken config is one
    /// terminating error here rather than a failure inside work running on another thread.
    /// </summary>
    protected override void BeginProcessing() => _ = CurrentContext;

    /// <inheritdoc />
    protected override void StopProcessing() => _cancellation.Cancel();

    /// <inheritdoc />
    public void Dispose()
    {
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs async work and, on the pipeline thread, writes what it queues as it arrives. Exceptions from
    /// the work propagate (a cancelled pipeline becomes PipelineStoppedException).
    /// </summary>
    protected void RunAsync(Func<PipelineQueue, CancellationToken, Task> work) =>
        RunAsync<object?>(async (queue, token) =>
        {
            await work(queue, token).ConfigureAwait(false);
            return null;
        });

    /// <summary>Like <see cref="RunAsync(Func{PipelineQueue, CancellationToken, Task})"/>, returning the work's result.</summary>
    protected T RunAsync<T>(Func<PipelineQueue, CancellationToken, Task<T>> work)
    {
        var queue = new PipelineQueue();
        var token = CancellationToken;
        var task = Task.Run(async () =>
        {
            OsmConnection.CallObserver = record => queue.WriteVerbose(FormatCall(record));
            return await work(queue, token).ConfigureAwait(false);
        }, token);
        task.ContinueWith(_ => queue.Items.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            foreach (var write in queue.Items.GetConsumingEnumerable(token))
            {
                try
                {
                    write(this);
                }
                catch
                {
                    // The pipeline will take no more (Select-Object -First stops upstream commands without
                    // StopProcessing, -ErrorAction Stop, ...): stop the work too, so no request goes on for nothing.
                    _cancellation.Cancel();
                    throw;
                }
            }
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Runs one call and returns its result (verbose lines written as they happen).</summary>
    protected T Call<T>(Func<CancellationToken, Task<T>> call) => RunAsync((_, token) => call(token));

    /// <summary>Runs one call that returns nothing.</summary>
    protected void Call(Func<CancellationToken, Task> call) => RunAsync((_, token) => call(token));

    /// <summary>
    /// Runs the work for one input item; a failure becomes a non-terminating error with the item as target,
    /// so one bad id in a piped list does not stop the others.
    /// </summary>
    protected void RunForItem(object target, Func<PipelineQueue, CancellationToken, Task> work)
    {
        try
        {
            RunAsync(work);
        }
        catch (Exception e) when (e is not PipelineStoppedException and not OperationCanceledException)
        {
            WriteError(ErrorRecords.FromException(Unwrap(e), target));
        }
    }

    /// <summary>Stops the command with an error (nothing else can proceed).</summary>
    protected void Fail(Exception exception, object? target) => ThrowTerminatingError(ErrorRecords.FromException(Unwrap(exception), target));

    /// <summary>Unwraps AggregateException so the user sees the real cause.</summary>
    protected static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;

    private static string FormatCall(OciCallRecord record) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} -> {2} in {3:0} ms (opc-request-id {4}{5})",
        record.Method, record.Path, record.StatusCode, record.Duration.TotalMilliseconds, record.OpcRequestId,
        record.Attempt > 1 ? ", attempt " + record.Attempt : "");
}

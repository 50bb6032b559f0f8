using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;

namespace OsManagement;

/// <summary>
/// Running async work from a cmdlet, once for every cmdlet: Ctrl+C wired to a CancellationToken, results from other
/// threads written on the pipeline thread, a verbose line per HTTP call, and one per-item path that turns a failure
/// into a non-terminating error.
/// </summary>
public abstract class OsmAsyncCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();

    // The queue of the work running now: the HTTP calls it makes are written to it as verbose lines.
    private volatile PipelineQueue? _running;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    protected CancellationToken CancellationToken => _cancellation.Token;

    /// <inheritdoc />
    protected override void StopProcessing() => _cancellation.Cancel();

    /// <inheritdoc />
    public void Dispose()
    {
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Where a service made for this cmdlet reports its HTTP calls: a verbose line each, written with the work's output, and
    /// only when verbose output is wanted (a report of 20,000 requests would otherwise wake the pipeline thread for each).
    /// </summary>
    protected void ReportCall(string line)
    {
        if (_verbose)
        {
            _running?.WriteVerbose(line);
        }
    }

    private bool _verbose = true;

    // Whether verbose lines are shown: -Verbose, or else $VerbosePreference. Read on the pipeline thread.
    private bool VerboseWanted() =>
        MyInvocation.BoundParameters.TryGetValue("Verbose", out var given) && given is SwitchParameter verbose
            ? verbose.IsPresent
            : GetVariableValue("VerbosePreference") is not ActionPreference preference
              || (preference != ActionPreference.SilentlyContinue && preference != ActionPreference.Ignore);

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
        _verbose = VerboseWanted();
        _running = queue;
        var task = Task.Run(() => RunWork(work, queue, token), token);
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
        finally
        {
            _running = null;
        }
    }

    /// <summary>How a command's async work runs (once; a command reading several regions runs it once per region).</summary>
    protected virtual Task<T> RunWork<T>(Func<PipelineQueue, CancellationToken, Task<T>> work, PipelineQueue queue, CancellationToken token) =>
        work(queue, token);

    /// <summary>Runs one call and returns its result (verbose lines written as they happen).</summary>
    protected T Call<T>(Func<CancellationToken, Task<T>> call) => RunAsync((_, token) => call(token));

    /// <summary>Runs one call that returns nothing.</summary>
    protected void Call(Func<CancellationToken, Task> call) => RunAsync((_, token) => call(token));

    /// <summary>
    /// The one per-item path: runs <paramref name="body"/> on the pipeline thread (so it may ask ShouldProcess and
    /// make calls); a failure becomes a non-terminating error with <paramref name="target"/> as its target, so one bad
    /// item in a piped list does not stop the others. <paramref name="describe"/> may give a failure its own record.
    /// </summary>
    protected void PerItem(object target, Action body, Func<Exception, ErrorRecord?>? describe = null)
    {
        try
        {
            body();
        }
        catch (Exception e) when (e is not (PipelineStoppedException or ActionPreferenceStopException or OperationCanceledException))
        {
            var cause = Unwrap(e);
            WriteError(describe?.Invoke(cause) ?? ErrorRecords.FromException(cause, target));
        }
    }

    /// <summary>Runs the async work for one input item on <see cref="PerItem"/>'s terms.</summary>
    protected void RunForItem(object target, Func<PipelineQueue, CancellationToken, Task> work) => PerItem(target, () => RunAsync(work));

    /// <summary>Runs one call whose failure stops the command (a single-item command such as New-OsmScheduledJob).</summary>
    protected T CallOrFail<T>(object? target, Func<CancellationToken, Task<T>> call) => RunOrFail(target, (_, token) => call(token));

    /// <summary>Runs async work whose failure stops the command, with <paramref name="target"/> as the error's target.</summary>
    protected T RunOrFail<T>(object? target, Func<PipelineQueue, CancellationToken, Task<T>> work)
    {
        try
        {
            return RunAsync(work);
        }
        catch (Exception e) when (e is not (PipelineStoppedException or ActionPreferenceStopException or OperationCanceledException))
        {
            Fail(e, target);
            throw;
        }
    }

    /// <summary>Stops the command with an error (nothing else can proceed).</summary>
    protected void Fail(Exception exception, object? target) => ThrowTerminatingError(ErrorRecords.FromException(Unwrap(exception), target));

    /// <summary>Unwraps AggregateException so the user sees the real cause.</summary>
    protected static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}

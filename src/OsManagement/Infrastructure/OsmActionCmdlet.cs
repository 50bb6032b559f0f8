using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// A cmdlet whose actions create work requests: it collects them as input is processed and, at the end,
/// writes them as they are now or, with -Wait, as each one finishes (one progress bar for all).
/// </summary>
public abstract class OsmActionCmdlet : OsmCmdlet
{
    private readonly List<string> _workRequestIds = new();

    /// <summary>Waits for the work requests to finish and writes their final state.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>With -Wait: how many seconds to wait at most (default: no limit). An unfinished work request goes on in the service and is reported as an error.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Timeout { get; set; }

    /// <summary>With -Wait: seconds between polls (default 2).</summary>
    [Parameter]
    [ValidateRange(0.1, 3600)]
    public double PollInterval { get; set; } = 2;

    /// <summary>Whether the work requests are written when not waiting (Invoke-OsmJobNow writes them only with -Wait).</summary>
    protected virtual bool WriteWorkRequestsWithoutWait => true;

    /// <summary>Records a work request this command started.</summary>
    protected void AddWorkRequest(string workRequestId)
    {
        lock (_workRequestIds)
        {
            _workRequestIds.Add(workRequestId);
        }
    }

    /// <summary>
    /// Starts an action for one input item, recording each work request as it starts; a failure is a non-terminating
    /// error for <paramref name="target"/> (work requests started before it are still followed).
    /// </summary>
    protected void StartForItem(string target, ImmediateAction action) =>
        RunForItem(target, async (_, token) =>
        {
            await foreach (var workRequestId in Service.StartActionAsync(action, token).ConfigureAwait(false))
            {
                AddWorkRequest(workRequestId);
            }
        });

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_workRequestIds.Count == 0 || (!Wait && !WriteWorkRequestsWithoutWait))
        {
            return;
        }
        var options = new Infrastructure.WaitOptions
        {
            Timeout = Timeout > 0 ? TimeSpan.FromSeconds(Timeout) : null,
            PollInterval = TimeSpan.FromSeconds(PollInterval),
            Activity = $"{MyInvocation.MyCommand.Name}: waiting for {_workRequestIds.Count} work request(s)",
        };
        RunAsync((queue, token) => Wait
            ? Infrastructure.WorkRequestReporter.WaitAndWriteAsync(Service, _workRequestIds, options, queue, token)
            : Infrastructure.WorkRequestReporter.WriteCurrentAsync(Service, _workRequestIds, options.ThrottleLimit, queue, token));
    }
}

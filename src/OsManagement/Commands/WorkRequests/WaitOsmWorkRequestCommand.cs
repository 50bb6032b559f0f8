using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsManagement.Infrastructure;

namespace OsManagement.Commands;

/// <summary>
/// Wait-OsmWorkRequest: waits for work requests (piped or given) to reach a final state, with one progress bar,
/// and writes each final one. A FAILED or CANCELED one also writes a non-terminating error with its error messages.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "OsmWorkRequest")]
[OutputType(typeof(OsmWorkRequest))]
public sealed class WaitOsmWorkRequestCommand : OsmCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The work request OCIDs (pipe in Get-OsmWorkRequest or action output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("workrequest", Command = typeof(WaitOsmWorkRequestCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>How many seconds to wait at most (default: no limit). Unfinished ones are reported as errors; they go on in the service.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Timeout { get; set; }

    /// <summary>Seconds between polls (default 2).</summary>
    [Parameter]
    [ValidateRange(0.1, 3600)]
    public double PollInterval { get; set; } = 2;

    /// <summary>How many are polled at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void ProcessRecord() => _ids.AddRange(Id);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count == 0)
        {
            return;
        }
        var options = new WaitOptions
        {
            Timeout = Timeout > 0 ? TimeSpan.FromSeconds(Timeout) : null,
            PollInterval = TimeSpan.FromSeconds(PollInterval),
            ThrottleLimit = ThrottleLimit,
            Activity = $"Waiting for {_ids.Count} work request(s)",
        };
        RunAsync((queue, token) => WorkRequestReporter.WaitAndWriteAsync(Service, _ids, options, queue, token));
    }
}

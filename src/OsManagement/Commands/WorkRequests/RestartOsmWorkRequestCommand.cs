using System;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Restart-OsmWorkRequest: runs a failed work request again (OS Management Hub's rerun), on the instances that failed
/// or on the ones given. Each rerun is a new work request (its RerunOfId names the original); -Wait waits for it. On
/// the retired service, which cannot re-run, it is refused before any request.
/// </summary>
[Cmdlet(VerbsLifecycle.Restart, "OsmWorkRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class RestartOsmWorkRequestCommand : OsmActionCmdlet
{
    /// <summary>The work request to run again (pipe in Get-OsmWorkRequest or Wait-OsmWorkRequest output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("workrequest", Command = typeof(RestartOsmWorkRequestCommand))]
    public string Id { get; set; } = "";

    /// <summary>Runs it again on these instances only (they must be among its own); default: the instances where it failed.</summary>
    [Parameter]
    [ValidateOcid("instance", Command = typeof(RestartOsmWorkRequestCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[]? ManagedInstanceId { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Rerunning(Capabilities), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var on = ManagedInstanceId is { Length: > 0 } ids ? $"on {string.Join(", ", ids)}" : "on the instances where it failed";
        if (!ShouldProcess(Id, $"Run the work request again {on}"))
        {
            return;
        }
        RunForItem(Id, async (_, token) => AddWorkRequest(await Service.RerunWorkRequestAsync(Id, ManagedInstanceId, token).ConfigureAwait(false)));
    }
}

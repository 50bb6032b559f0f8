using System.Management.Automation;
using OsManagement.Infrastructure;

namespace OsManagement.Commands;

/// <summary>Remove-OsmScheduledJob: cancels (deletes) scheduled jobs. Asks first; -Confirm:$false for scripts.</summary>
[Cmdlet(VerbsCommon.Remove, "OsmScheduledJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveOsmScheduledJobCommand : OsmCmdlet
{
    /// <summary>The scheduled job OCID (pipe in Get-OsmScheduledJob output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob")]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>The job's name, taken from piped jobs (read from the service otherwise) for the confirmation.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? DisplayName { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(Id, () =>
    {
        var name = DisplayName ?? Call(token => Service.GetScheduledJobAsync(Id, token)).DisplayName;
        if (ShouldProcess(Targets.Describe(Id, name, 1), "Delete scheduled job"))
        {
            Call(token => Service.DeleteScheduledJobAsync(Id, null, token));
        }
    });
}

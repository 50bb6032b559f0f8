using System.Management.Automation;
using OsManagement.Infrastructure;

namespace OsManagement.Commands;

/// <summary>
/// Remove-OsmScheduledJob: cancels (deletes) scheduled jobs: by id, piped from Get-OsmScheduledJob, or found by name. Asks
/// first; -Confirm:$false for scripts. A name that matches several jobs deletes them only with -Force.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "OsmScheduledJob", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveOsmScheduledJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";
    private const string ByName = "ByName";

    /// <summary>The scheduled job OCID. The job is read first, for its name in the confirmation.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(RemoveOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>Jobs from Get-OsmScheduledJob.</summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob? InputObject { get; set; }

    /// <summary>Finds the jobs by name (wildcards allowed) in -CompartmentId and below; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>With -DisplayName: where to look, with every compartment below (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByName)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(RemoveOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>With -DisplayName: deletes every job that matches, when more than one does (without it, several matches are an error).</summary>
    [Parameter(ParameterSetName = ByName)]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!ForEachJob(InputObject, DisplayName, CompartmentId, destructive: true, Force, (id, name, _, _) => PerItem(id, () => Delete(id, name))))
        {
            PerItem(Id, () => Delete(Id, Call(token => Service.GetScheduledJobAsync(Id, token)).DisplayName));
        }
    }

    private void Delete(string id, string name)
    {
        if (ShouldProcess(Targets.Describe(id, name, 1), "Delete scheduled job"))
        {
            Call(token => Service.DeleteScheduledJobAsync(id, null, token));
        }
    }
}

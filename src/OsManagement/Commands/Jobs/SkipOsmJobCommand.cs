using System;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Skip-OsmJob: skips the next run of recurring jobs (each moves on to the following occurrence of its interval or rule):
/// by id, piped from Get-OsmScheduledJob, or found by name. A one-time job cannot be skipped. OS Management Hub has no
/// skip: the engine moves the next run with the job's etag, so a change made meanwhile is reported, never overwritten.
/// </summary>
[Cmdlet(VerbsCommon.Skip, "OsmJob", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SkipOsmJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";
    private const string ByName = "ByName";

    /// <summary>The scheduled job OCID.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(SkipOsmJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>Jobs from Get-OsmScheduledJob: a one-time job is refused before any request.</summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob? InputObject { get; set; }

    /// <summary>Finds the jobs by name (wildcards allowed) in -CompartmentId and below, and skips the next run of each; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>With -DisplayName: where to look, with every compartment below (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByName)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(SkipOsmJobCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Writes each job after the skip, with its next runs.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!ForEachJob(InputObject, DisplayName, CompartmentId, destructive: false, force: false, (id, name, kind, _) => Skip(id, name, kind)))
        {
            PerItem(Id, () =>
            {
                var job = Call(token => Service.GetScheduledJobAsync(Id, token));
                Skip(Id, job.DisplayName, job.ScheduleKind.Value);
            });
        }
    }

    private void Skip(string id, string name, ScheduleKind? kind) => PerItem(id, () =>
    {
        if (RunRules.Skip(kind) is not null)
        {
            WriteError(new ErrorRecord(new InvalidOperationException(Messages.SkipOneTimeJob(name)), "OsmSkipOneTimeJob", ErrorCategory.InvalidOperation, id));
            return;
        }
        if (!ShouldProcess(Targets.Describe(id, name, 1), "Skip the next run"))
        {
            return;
        }
        Call(token => Service.SkipNextRunAsync(id, token));
        if (PassThru)
        {
            WriteObject(new OsmScheduledJob(Call(token => Service.GetScheduledJobAsync(id, token))));
        }
    }, e => e is ChangedSinceReadException changed
        ? new ErrorRecord(new InvalidOperationException(Messages.ScheduledJobChanged(name, id, changed.Message), changed),
            "OsmScheduledJobChanged", ErrorCategory.ResourceBusy, id)
        : null);
}

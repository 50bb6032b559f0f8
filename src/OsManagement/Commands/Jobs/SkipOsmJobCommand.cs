using System;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Skip-OsmJob: skips the next run of a recurring job (it moves on to the following occurrence of its interval or rule).
/// A one-time job cannot be skipped. OS Management Hub has no skip: the engine moves the next run with the job's etag,
/// so a change made meanwhile is reported, never overwritten.
/// </summary>
[Cmdlet(VerbsCommon.Skip, "OsmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SkipOsmJobCommand : OsmCmdlet
{
    /// <summary>The scheduled job OCID (pipe in Get-OsmScheduledJob output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(SkipOsmJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>The schedule type (ONETIME or RECURRING), taken from piped jobs so no request is needed to check it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? ScheduleType { get; set; }

    /// <summary>The job's name, taken from piped jobs.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? DisplayName { get; set; }

    /// <summary>Writes the job after the skip.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(Id, () =>
    {
        var kind = Vocabulary.TryParse<ScheduleKind>(ScheduleType);
        var name = DisplayName;
        if (ScheduleType is null)
        {
            var job = Call(token => Service.GetScheduledJobAsync(Id, token));
            kind = job.ScheduleKind.Value;
            name = job.DisplayName;
        }
        if (RunRules.Skip(kind) is not null)
        {
            WriteError(new ErrorRecord(new InvalidOperationException(Messages.SkipOneTimeJob(name ?? Id)), "OsmSkipOneTimeJob", ErrorCategory.InvalidOperation, Id));
            return;
        }
        if (!ShouldProcess(Targets.Describe(Id, name, 1), "Skip the next run"))
        {
            return;
        }
        Call(token => Service.SkipNextRunAsync(Id, token));
        if (PassThru)
        {
            WriteObject(new OsmScheduledJob(Call(token => Service.GetScheduledJobAsync(Id, token))));
        }
    }, e => e is ChangedSinceReadException changed
        ? new ErrorRecord(new InvalidOperationException(Messages.ScheduledJobChanged(DisplayName ?? Id, Id, changed.Message), changed),
            "OsmScheduledJobChanged", ErrorCategory.ResourceBusy, Id)
        : null);
}

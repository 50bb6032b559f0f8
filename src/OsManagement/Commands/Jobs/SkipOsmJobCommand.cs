using System;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Commands;

/// <summary>Skip-OsmJob: skips the next run of a recurring job (it moves on one interval). A one-time job cannot be skipped.</summary>
[Cmdlet(VerbsCommon.Skip, "OsmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SkipOsmJobCommand : OsmCmdlet
{
    /// <summary>The scheduled job OCID (pipe in Get-OsmScheduledJob output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob")]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>ONETIME or RECURRING, taken from piped jobs so no request is needed to check it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? ScheduleType { get; set; }

    /// <summary>The job's name, taken from piped jobs.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? DisplayName { get; set; }

    /// <summary>Writes the job after the skip.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        try
        {
            var scheduleType = ScheduleType;
            var name = DisplayName;
            if (scheduleType is null)
            {
                var job = Call(token => Service.GetScheduledJobAsync(Id, token)).Value;
                scheduleType = job.ScheduleType;
                name = job.DisplayName;
            }
            if (!string.Equals(scheduleType, ScheduleTypes.Recurring, StringComparison.OrdinalIgnoreCase))
            {
                WriteError(new ErrorRecord(new InvalidOperationException(
                        $"Scheduled job {name ?? Id} runs once; only a recurring job has a next run to skip. To cancel it, use Remove-OsmScheduledJob; to move it, Set-OsmScheduledJob -At."),
                    "OsmSkipOneTimeJob", ErrorCategory.InvalidOperation, Id));
                return;
            }
            if (!ShouldProcess(Targets.Describe(Id, name, 1), "Skip the next run"))
            {
                return;
            }
            Call(token => Service.SkipNextScheduledJobExecutionAsync(Id, token));
            if (PassThru)
            {
                var after = Call(token => Service.GetScheduledJobAsync(Id, token));
                WriteObject(new OsmScheduledJob(after.Value, after.ETag));
            }
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            WriteError(ErrorRecords.FromException(Unwrap(e), Id));
        }
    }
}

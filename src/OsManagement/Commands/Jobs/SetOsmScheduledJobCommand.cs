using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Set-OsmScheduledJob: changes a job's name, description, time, recurrence (interval or rule), retries or packages. The change is sent with
/// the job's etag (If-Match), so a job changed by someone else since it was read is reported, never overwritten.
/// </summary>
[Cmdlet(VerbsCommon.Set, "OsmScheduledJob", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SetOsmScheduledJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";

    /// <summary>The scheduled job OCID. The job is read first, and its current etag is used.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(SetOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>A job from Get-OsmScheduledJob; its etag is used, so changes made since it was read are detected.</summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob? InputObject { get; set; }

    /// <summary>A new name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>A new description.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>A new time for the next run (local time unless UTC; must be in the future).</summary>
    [Parameter]
    public DateTime? At { get; set; }

    /// <summary>Makes the job recurring, or changes its interval unit.</summary>
    [Parameter]
    [ValidateSet(nameof(IntervalUnit.Hour), nameof(IntervalUnit.Day), nameof(IntervalUnit.Week), nameof(IntervalUnit.Month), IgnoreCase = true)]
    public string? RepeatEvery { get; set; }

    /// <summary>With -RepeatEvery: how many units between runs.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Interval { get; set; }

    /// <summary>Makes the job recurring by an iCalendar rule, e.g. 'FREQ=WEEKLY;BYDAY=SU' (OS Management Hub).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RecurrenceRule { get; set; }

    /// <summary>New minutes to wait before each automatic retry of a failed run (replaces them; OS Management Hub).</summary>
    [Parameter]
    [ValidateRange(1, 10080)]
    public int[]? RetryInterval { get; set; }

    /// <summary>Makes a recurring job run once, at its next time.</summary>
    [Parameter]
    public SwitchParameter Once { get; set; }

    /// <summary>New Linux package names (replaces the list).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? PackageName { get; set; }

    /// <summary>New Windows update names (replaces the list).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? WindowsUpdateName { get; set; }

    /// <summary>
    /// New update types (UpdateAll jobs): they replace the kinds the job installs; several (Security,Bugfix) make one
    /// operation each (OS Management Hub). The job's other operations stay as they are.
    /// </summary>
    [Parameter]
    [ValidateSet(nameof(UpdateKind.All), nameof(UpdateKind.Security), nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.Ksplice), IgnoreCase = true)]
    [ValidateNotNullOrEmpty]
    public string[]? UpdateType { get; set; }

    /// <summary>New freeform tags (replaces them).</summary>
    [Parameter]
    public Hashtable? Tag { get; set; }

    /// <summary>Writes the changed job.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        // What the change says on its own stops the command before any job is read.
        if (Change().Validate(null, Capabilities, DateTimeOffset.UtcNow).FirstOrDefault() is { } problem)
        {
            ThrowTerminatingError(JobProblemRecords.ForChange(problem, null, ServiceDefinition, Id));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var id = InputObject?.Id ?? Id;
        PerItem(id, () =>
        {
            // The job as the user saw it (a piped job, with its etag), else as it is now.
            var job = InputObject?.Record ?? Call(token => Service.GetScheduledJobAsync(id, token));
            var change = Change();
            // A change the job's operation or OS family cannot take is refused before it is sent, as New-OsmScheduledJob refuses it.
            if (change.Validate(job, Capabilities, DateTimeOffset.UtcNow).FirstOrDefault() is { } problem)
            {
                WriteError(JobProblemRecords.ForChange(problem, job, ServiceDefinition, id));
                return;
            }
            if (!ShouldProcess(Targets.Describe(id, job.DisplayName, 1), "Change scheduled job"))
            {
                return;
            }
            var updated = Call(token => Service.UpdateScheduledJobAsync(id, change, job.ETag, token));
            if (PassThru)
            {
                WriteObject(new OsmScheduledJob(updated));
            }
        }, e => e is ChangedSinceReadException changed
            ? new ErrorRecord(new InvalidOperationException(Messages.ScheduledJobChanged(InputObject?.DisplayName ?? id, id, changed.Message), changed),
                "OsmScheduledJobChanged", ErrorCategory.ResourceBusy, id)
            : null);
    }

    private ScheduledJobChange Change() => new()
    {
        DisplayName = DisplayName,
        Description = Description,
        Schedule = ScheduleRequest.From(At, RepeatEvery, Interval, RecurrenceRule),
        RetryIntervals = RetryInterval,
        Once = Once,
        PackageNames = PackageName,
        WindowsUpdateNames = WindowsUpdateName,
        UpdateKinds = UpdateType?.Select(Vocabulary.Parse<UpdateKind>).ToList(),
        Tags = OsmTags.FromHashtable(Tag),
    };
}

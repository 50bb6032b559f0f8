using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Set-OsmScheduledJob: changes a job's name, description, time, recurrence (interval or rule), retries or packages: by id,
/// piped from Get-OsmScheduledJob, or found by name. The change is sent with the job's etag (If-Match), so a job changed by
/// someone else since it was read is reported, never overwritten.
/// </summary>
[Cmdlet(VerbsCommon.Set, "OsmScheduledJob", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SetOsmScheduledJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";
    private const string ByName = "ByName";
    private TimeZoneInfo? _zone;

    /// <summary>The scheduled job OCID. The job is read first, and its current etag is used.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(SetOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>A job from Get-OsmScheduledJob; its etag is used, so changes made since it was read are detected.</summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob? InputObject { get; set; }

    /// <summary>Finds the jobs to change by name (wildcards allowed) in -CompartmentId and below; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>With -DisplayName: where to look, with every compartment below (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByName)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(SetOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>A new name for the job.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewDisplayName { get; set; }

    /// <summary>A new description.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>
    /// A new time for the next run: for a recurring job, its rule's first occurrence at or after it. Read on the wall clock of
    /// -TimeZone (this computer's by default) unless the DateTime is UTC; must be in the future.
    /// </summary>
    [Parameter]
    public DateTime? At { get; set; }

    /// <summary>
    /// The zone -At and a new rule's days and hours are read in: an IANA id, a Windows id or UTC (default: UTC when -At is a
    /// UTC time, else this computer's zone).
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.TimeZoneCompleter))]
    public string? TimeZone { get; set; }

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
        // A UTC -At means a time in UTC: a new rule is read in UTC too, unless -TimeZone says otherwise.
        _zone = ScheduleNotes.Zone(TimeZone, out var zoneError) ?? (At?.Kind == DateTimeKind.Utc ? TimeZoneInfo.Utc : null);
        if (zoneError is not null)
        {
            ThrowTerminatingError(zoneError);
        }
        // What the change says on its own stops the command before any job is read.
        if (Change().Validate(null, Capabilities, DateTimeOffset.UtcNow).FirstOrDefault() is { } problem)
        {
            ThrowTerminatingError(JobProblemRecords.ForChange(problem, null, ServiceDefinition, Id));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        // A piped job is changed as the user saw it, with its etag.
        if (!ForEachJob(InputObject, DisplayName, CompartmentId, destructive: false, force: false, (id, name, _, job) => Apply(id, job, name)))
        {
            Apply(Id, null, Id);
        }
    }

    private void Apply(string id, ScheduledJobRecord? seen, string name) => PerItem(id, () =>
    {
        var job = seen ?? Call(token => Service.GetScheduledJobAsync(id, token));
        var change = Change().For(job);
        // A change the job's operation or OS family cannot take is refused before it is sent, as New-OsmScheduledJob refuses it.
        if (change.Validate(job, Capabilities, DateTimeOffset.UtcNow).FirstOrDefault() is { } problem)
        {
            WriteError(JobProblemRecords.ForChange(problem, job, ServiceDefinition, id));
            return;
        }
        ScheduleNotes.Warn(this, change.Schedule.Plan, ServiceDefinition);
        if (!ShouldProcess(Targets.Describe(id, job.DisplayName, 1), "Change scheduled job"))
        {
            return;
        }
        var updated = Call(token => Service.UpdateScheduledJobAsync(id, change, job.ETag, token));
        if (PassThru)
        {
            WriteObject(new OsmScheduledJob(updated, _zone));
        }
    }, e => e is ChangedSinceReadException changed
        ? new ErrorRecord(new InvalidOperationException(Messages.ScheduledJobChanged(name, id, changed.Message), changed),
            "OsmScheduledJobChanged", ErrorCategory.ResourceBusy, id)
        : null);

    private ScheduledJobChange Change() => new()
    {
        DisplayName = NewDisplayName,
        Description = Description,
        Schedule = ScheduleRequest.From(At, RepeatEvery, Interval, RecurrenceRule, _zone),
        RetryIntervals = RetryInterval,
        Once = Once,
        PackageNames = PackageName,
        WindowsUpdateNames = WindowsUpdateName,
        UpdateKinds = UpdateType?.Select(Vocabulary.Parse<UpdateKind>).ToList(),
        Tags = OsmTags.FromHashtable(Tag),
    };
}

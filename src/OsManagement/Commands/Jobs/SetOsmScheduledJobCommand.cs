using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Http;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Commands;

/// <summary>
/// Set-OsmScheduledJob: changes a job's name, description, time, recurrence or packages. The change is sent with
/// the job's etag (If-Match), so a job changed by someone else since it was read is reported, never overwritten.
/// </summary>
[Cmdlet(VerbsCommon.Set, "OsmScheduledJob", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class SetOsmScheduledJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";
    private DateTimeOffset? _at;

    /// <summary>The scheduled job OCID. The job is read first, and its current etag is used.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob")]
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
    public OsmInterval? RepeatEvery { get; set; }

    /// <summary>With -RepeatEvery: how many units between runs.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Interval { get; set; }

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

    /// <summary>A new update type (UpdateAll jobs).</summary>
    [Parameter]
    public OsmUpdateType? UpdateType { get; set; }

    /// <summary>New freeform tags (replaces them).</summary>
    [Parameter]
    public Hashtable? Tag { get; set; }

    /// <summary>Writes the changed job.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        try
        {
            if (Once && RepeatEvery is not null)
            {
                throw new ArgumentException("-Once and -RepeatEvery contradict each other: give one of them.");
            }
            JobSchedule.CheckInterval(RepeatEvery, Interval);
            JobSchedule.CheckOneKindOfNames(PackageName, WindowsUpdateName);
            _at = At is null ? null : JobSchedule.ToFutureUtc(At.Value, nameof(At));
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidSchedule", e.Message, Id));
        }
        base.BeginProcessing();
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var id = InputObject?.Id ?? Id;
        try
        {
            // The etag of what the user saw (a piped job), else of the job as it is now.
            var etag = InputObject?.ETag;
            var name = InputObject?.DisplayName;
            var operationType = InputObject?.OperationType;
            var osFamily = InputObject?.OsFamily;
            if (etag is null)
            {
                var current = Call(token => Service.GetScheduledJobAsync(id, token));
                etag = current.ETag;
                name = current.Value.DisplayName;
                operationType = current.Value.OperationType;
                osFamily = current.Value.OsFamily;
            }
            if (!CheckChange(id, name ?? id, operationType, osFamily))
            {
                return;
            }
            if (!ShouldProcess(Targets.Describe(id, name, 1), "Change scheduled job"))
            {
                return;
            }
            var updated = Call(token => Service.UpdateScheduledJobAsync(id, BuildDetails(), etag, token));
            if (PassThru)
            {
                WriteObject(new OsmScheduledJob(updated.Value, updated.ETag));
            }
        }
        catch (OciServiceException e) when (e.StatusCode == 412)
        {
            WriteError(new ErrorRecord(
                new InvalidOperationException($"Scheduled job {InputObject?.DisplayName ?? id} was changed by someone else since it was read, so this change was not applied (nothing was overwritten). Read it again with Get-OsmScheduledJob -Id {id}, check the change, and set it again. [{e.Message}]", e),
                "OsmScheduledJobChanged", ErrorCategory.ResourceBusy, id));
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            WriteError(ErrorRecords.FromException(Unwrap(e), id));
        }
    }

    /// <summary>Refuses, before it is sent, a change the job's operation or OS family cannot take (as New-OsmScheduledJob refuses them).</summary>
    private bool CheckChange(string id, string name, string? operationType, string? osFamily)
    {
        var errorId = "OsmInvalidSchedule";
        try
        {
            JobSchedule.CheckChange(name, operationType, PackageName, WindowsUpdateName, UpdateType);
            errorId = "OsmOsFamilyMismatch";
            JobSchedule.CheckOsFamily(osFamily, PackageName, WindowsUpdateName, UpdateType, f => $"job '{name}' is a {f} job");
            return true;
        }
        catch (ArgumentException e)
        {
            WriteError(ErrorRecords.InvalidArgument(errorId, e.Message, id));
            return false;
        }
    }

    private UpdateScheduledJobDetails BuildDetails() => new()
    {
        DisplayName = DisplayName,
        Description = Description,
        TimeNextExecution = _at,
        ScheduleType = Once ? ScheduleTypes.Onetime : RepeatEvery is null ? null : ScheduleTypes.Recurring,
        IntervalType = RepeatEvery is null ? null : JobSchedule.ToWire(RepeatEvery.Value),
        IntervalValue = RepeatEvery is null ? null : JobSchedule.IntervalValue(Interval),
        PackageNames = PackageName?.Select(n => new PackageName { Name = n }).ToList(),
        UpdateNames = WindowsUpdateName?.ToList(),
        UpdateType = UpdateType is null ? null : UpdateTypeNames.ToWire(UpdateType.Value),
        FreeformTags = JobSchedule.Tags(Tag),
    };
}

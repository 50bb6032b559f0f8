using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Invoke-OsmJobNow: runs a scheduled job now, overriding its schedule (which stays as it was). The service gives no id
/// for the run: -Wait finds its work requests through the job, and on OS Management Hub also by listing the work
/// requests the job initiated (<see cref="JobRunFinder"/>). OS Management Hub runs only recurring jobs now; a one-time
/// job there is refused, with the fix.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "OsmJobNow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob), typeof(OsmWorkRequest))]
public sealed class InvokeOsmJobNowCommand : OsmActionCmdlet
{
    /// <summary>The scheduled job OCID (pipe in Get-OsmScheduledJob output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(InvokeOsmJobNowCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>The schedule type (ONETIME or RECURRING), taken from piped jobs: on OS Management Hub a one-time job is refused with no request.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? ScheduleType { get; set; }

    /// <summary>The job's name, taken from piped jobs.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? DisplayName { get; set; }

    /// <summary>Writes the job after it was started.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>How long to wait for the service to create the run's work requests (with -Wait), in seconds.</summary>
    [Parameter(DontShow = true)]
    [ValidateRange(1, 600)]
    public int WorkRequestAppearTimeout { get; set; } = 60;

    /// <inheritdoc />
    protected override bool WriteWorkRequestsWithoutWait => false;

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(Id, () =>
    {
        // A piped job's schedule type is judged before any request, the job as read after.
        if (RunRules.RunNow(Capabilities, Vocabulary.TryParse<ScheduleKind>(ScheduleType)) is not null)
        {
            WriteError(RunOneTimeJobNow(DisplayName ?? Id));
            return;
        }
        var before = Call(token => Service.GetScheduledJobAsync(Id, token));
        if (RunRules.RunNow(Capabilities, before.ScheduleKind.Value) is not null)
        {
            WriteError(RunOneTimeJobNow(before.DisplayName));
            return;
        }
        if (!ShouldProcess(Targets.Describe(Id, before.DisplayName, 1), "Run scheduled job now"))
        {
            return;
        }
        if (!Wait)
        {
            Call(token => Service.RunScheduledJobNowAsync(Id, token));
            if (PassThru)
            {
                WriteObject(new OsmScheduledJob(Call(token => Service.GetScheduledJobAsync(Id, token))));
            }
            return;
        }
        // The run's work requests are the ones the job (and, on Hub, a listing by the job) did not have before; the
        // service may add them a moment later.
        var finder = Call(token => JobRunFinder.BeforeRunAsync(Service, before, CurrentContext.TenancyId, DateTimeOffset.UtcNow, token));
        Call(token => Service.RunScheduledJobNowAsync(Id, token));
        var run = Call(token => finder.FindAsync(TimeSpan.FromSeconds(WorkRequestAppearTimeout), TimeSpan.FromSeconds(Math.Min(PollInterval, 1)), token));
        if (run.WorkRequestIds.Count == 0)
        {
            WriteWarning(Messages.RunNotFound(before.DisplayName, Id, WorkRequestAppearTimeout));
        }
        foreach (var workRequestId in run.WorkRequestIds)
        {
            AddWorkRequest(workRequestId);
        }
        var after = run.Job;
        if (PassThru)
        {
            WriteObject(new OsmScheduledJob(after));
        }
    });

    // Hub runs only recurring jobs now: a one-time job is moved instead.
    private ErrorRecord RunOneTimeJobNow(string name) =>
        new(new InvalidOperationException(Messages.RunOneTimeJobNow(name, Id, ServiceDefinition)), "OsmRunOneTimeJobNow", ErrorCategory.InvalidOperation, Id);
}

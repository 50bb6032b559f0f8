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
[Cmdlet(VerbsLifecycle.Invoke, "OsmJobNow", DefaultParameterSetName = ByObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob), typeof(OsmWorkRequest))]
public sealed class InvokeOsmJobNowCommand : OsmActionCmdlet
{
    private const string ById = "ById";
    private const string ByObject = "ByObject";
    private const string ByName = "ByName";

    /// <summary>The scheduled job OCID.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(InvokeOsmJobNowCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string Id { get; set; } = "";

    /// <summary>Jobs from Get-OsmScheduledJob: on OS Management Hub a one-time job is refused before any request.</summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob? InputObject { get; set; }

    /// <summary>Finds the jobs by name (wildcards allowed) in -CompartmentId and below, and runs each now; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>With -DisplayName: where to look, with every compartment below (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByName)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(InvokeOsmJobNowCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Writes the job after it was started.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>How long to wait for the service to create the run's work requests (with -Wait), in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int WorkRequestAppearTimeout { get; set; } = 60;

    /// <inheritdoc />
    protected override bool WriteWorkRequestsWithoutWait => false;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!ForEachJob(InputObject, DisplayName, CompartmentId, destructive: false, force: false, (id, name, kind, _) => RunNow(id, name, kind)))
        {
            RunNow(Id, null, null);
        }
    }

    private void RunNow(string id, string? name, ScheduleKind? kind) => PerItem(id, () =>
    {
        // A piped job's schedule type is judged before any request, the job as read after.
        if (RunRules.RunNow(Capabilities, kind) is not null)
        {
            WriteError(RunOneTimeJobNow(name ?? id, id));
            return;
        }
        var before = Call(token => Service.GetScheduledJobAsync(id, token));
        if (RunRules.RunNow(Capabilities, before.ScheduleKind.Value) is not null)
        {
            WriteError(RunOneTimeJobNow(before.DisplayName, id));
            return;
        }
        if (!ShouldProcess(Targets.Describe(id, before.DisplayName, 1), "Run scheduled job now"))
        {
            return;
        }
        if (!Wait)
        {
            Call(token => Service.RunScheduledJobNowAsync(id, token));
            if (PassThru)
            {
                WriteObject(new OsmScheduledJob(Call(token => Service.GetScheduledJobAsync(id, token))));
            }
            return;
        }
        // The run's work requests are the ones the job (and, on Hub, a listing by the job) did not have before; the
        // service may add them a moment later.
        var finder = Call(token => JobRunFinder.BeforeRunAsync(Service, before, CurrentContext.TenancyId, DateTimeOffset.UtcNow, token));
        Call(token => Service.RunScheduledJobNowAsync(id, token));
        var run = Call(token => finder.FindAsync(TimeSpan.FromSeconds(WorkRequestAppearTimeout), TimeSpan.FromSeconds(Math.Min(PollInterval, 1)), token));
        if (run.WorkRequestIds.Count == 0)
        {
            WriteWarning(Messages.RunNotFound(before.DisplayName, id, WorkRequestAppearTimeout));
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
    private ErrorRecord RunOneTimeJobNow(string name, string id) =>
        new(new InvalidOperationException(Messages.RunOneTimeJobNow(name, id, ServiceDefinition)), "OsmRunOneTimeJobNow", ErrorCategory.InvalidOperation, id);
}

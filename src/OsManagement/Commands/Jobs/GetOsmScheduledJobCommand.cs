using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmScheduledJob: scheduled jobs by id, in a compartment with filters, or the upcoming ones.
/// Every job is returned in full: targets, action and the work requests its runs created.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmScheduledJob", DefaultParameterSetName = List)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class GetOsmScheduledJobCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string List = "List";
    private const string UpcomingSet = "Upcoming";

    /// <summary>The scheduled job OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob")]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the jobs of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only jobs whose name matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>Only jobs that target this managed instance.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("instance")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only jobs that target this group.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("managedinstancegroup")]
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Only jobs doing this.</summary>
    [Parameter(ParameterSetName = List)]
    public OsmJobOperation? Operation { get; set; }

    /// <summary>Only jobs in this lifecycle state (ACTIVE by default in the service).</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateSet("Creating", "Updating", "Active", "Deleting", "Deleted", "Failed", IgnoreCase = true)]
    public string? State { get; set; }

    /// <summary>Only jobs for Linux or Windows instances.</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateSet("Linux", "Windows", "All", IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>Only jobs that will run, soonest first.</summary>
    [Parameter(ParameterSetName = UpcomingSet)]
    public SwitchParameter Upcoming { get; set; }

    /// <summary>Upcoming runs before this time (default: a week from now); implies -Upcoming.</summary>
    [Parameter(ParameterSetName = UpcomingSet)]
    public DateTime? Before { get; set; }

    /// <summary>How many jobs are read at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private static ScheduledJobQuery Copy(ScheduledJobQuery query, string compartmentId) => new()
    {
        CompartmentId = compartmentId,
        DisplayName = query.DisplayName,
        ManagedInstanceId = query.ManagedInstanceId,
        ManagedInstanceGroupId = query.ManagedInstanceGroupId,
        OperationType = query.OperationType,
        LifecycleState = query.LifecycleState,
        OsFamily = query.OsFamily,
    };

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            foreach (var id in Id)
            {
                RunForItem(id, async (queue, token) =>
                {
                    var job = await Service.GetScheduledJobAsync(id, token).ConfigureAwait(false);
                    queue.WriteObject(new OsmScheduledJob(job.Value, job.ETag));
                });
            }
            return;
        }

        var query = new ScheduledJobQuery
        {
            CompartmentId = CompartmentId ?? CurrentContext.TenancyId,
            // -DisplayName is matched below, not by the service, whose displayName filter is exact and case-sensitive.
            ManagedInstanceId = ManagedInstanceId,
            ManagedInstanceGroupId = ManagedInstanceGroupId,
            OperationType = Operation is null ? null : JobSchedule.ToWire(Operation.Value),
            LifecycleState = State?.ToUpperInvariant(),
            OsFamily = OsFamily?.ToUpperInvariant(),
        };
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        var before = Before is null ? DateTimeOffset.UtcNow.AddDays(7) : new DateTimeOffset(Before.Value.ToUniversalTime());
        var identity = CurrentContext.Connection.Identity;
        RunForItem(query.CompartmentId, async (queue, token) =>
        {
            var upcoming = new List<OsmScheduledJob>();
            var compartments = await CompartmentWalker.ScopeAsync(identity, query.CompartmentId, Recurse, ThrottleLimit, token).ConfigureAwait(false);
            var summaries = compartments.SelectManyStream(c =>
            {
                var inCompartment = Copy(query, c);
                return ParameterSetName == UpcomingSet
                    ? Service.ListUpcomingScheduledJobsAsync(inCompartment, before, token)
                    : Service.ListScheduledJobsAsync(inCompartment, token);
            });
            // Summaries lack the description, action and work requests: each job is read in full, concurrently.
            var ids = summaries.Filter(s => pattern is null || pattern.IsMatch(s.DisplayName ?? "")).Map(s => s.Id!);
            await Throttled.ForEachAsync(ids, ThrottleLimit, async (id, t) =>
            {
                var response = await Service.GetScheduledJobAsync(id, t).ConfigureAwait(false);
                var job = new OsmScheduledJob(response.Value, response.ETag);
                if (ParameterSetName != UpcomingSet)
                {
                    queue.WriteObject(job);
                    return;
                }
                lock (upcoming)
                {
                    upcoming.Add(job);
                }
            }, (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)), token).ConfigureAwait(false);
            // Upcoming jobs come soonest first, whatever order the concurrent reads finished in.
            foreach (var job in upcoming.OrderBy(j => j.NextExecution))
            {
                queue.WriteObject(job);
            }
        });
    }
}

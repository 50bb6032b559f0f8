using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmScheduledJob: scheduled jobs by id, in a compartment with filters, or the upcoming ones.
/// Every job is returned in full: targets, action and the work requests its runs created, read through the
/// <see cref="FanOut"/> (in the ids' order, or in scope order; upcoming jobs soonest first).
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmScheduledJob", DefaultParameterSetName = List)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class GetOsmScheduledJobCommand : OsmRegionalCmdlet
{
    private const string ById = "ById";
    private const string List = "List";
    private const string UpcomingSet = "Upcoming";
    private readonly List<string> _ids = new();

    /// <summary>The scheduled job OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ScheduledJobId")]
    [ValidateOcid("scheduledjob", Command = typeof(GetOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmScheduledJobCommand))]
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
    [ValidateOcid("instance", Command = typeof(GetOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only jobs that target this group.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("managedinstancegroup", Command = typeof(GetOsmScheduledJobCommand))]
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Only jobs doing this.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateSet(nameof(JobOperation.Install), nameof(JobOperation.Update), nameof(JobOperation.Remove), nameof(JobOperation.UpdateAll),
        nameof(JobOperation.Reboot), IgnoreCase = true)]
    public string? Operation { get; set; }

    /// <summary>Only jobs in this lifecycle state (ACTIVE by default in the service).</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateSet(nameof(JobLifecycleState.Creating), nameof(JobLifecycleState.Updating), nameof(JobLifecycleState.Active),
        nameof(JobLifecycleState.Deleting), nameof(JobLifecycleState.Deleted), nameof(JobLifecycleState.Failed), nameof(JobLifecycleState.Inactive),
        IgnoreCase = true)]
    public string? State { get; set; }

    /// <summary>Only jobs for Linux or Windows instances.</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = UpcomingSet)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), nameof(Oci.Engine.OsFamily.All), IgnoreCase = true)]
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

    /// <inheritdoc />
    protected override int RegionThrottleLimit => ThrottleLimit;

    /// <inheritdoc />
    protected override string? ReadsOneResourceBy => ParameterSetName == ById ? "-Id" : null;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            // Read once the input is complete, so ids given and piped alike are read -ThrottleLimit at a time.
            _ids.AddRange(Id);
            return;
        }

        var query = new ScheduledJobQuery
        {
            // -DisplayName is matched below, not by the service, whose displayName filter is exact and case-sensitive.
            ManagedInstanceId = ManagedInstanceId,
            ManagedInstanceGroupId = ManagedInstanceGroupId,
            Operation = Operation is null ? null : Vocabulary.Parse<JobOperation>(Operation),
            State = State is null ? null : Vocabulary.Parse<JobLifecycleState>(State),
            OsFamily = Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily),
            RunningBefore = ParameterSetName != UpcomingSet ? null
                : Before is null ? DateTimeOffset.UtcNow.AddDays(7) : new DateTimeOffset(Before.Value.ToUniversalTime()),
        };
        var rootId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        // Of several regions, the upcoming jobs of them all come soonest first, once every region is read.
        var everyRegion = new List<OsmScheduledJob>();
        RunForItem(rootId, async (queue, token) =>
        {
            var fanOut = new FanOut(ThrottleLimit);
            var compartments = await fanOut.CompartmentsAsync(Service, rootId, Recurse, token).ConfigureAwait(false);
            // Listed jobs lack the description, action and work requests: each is read in full.
            var jobs = fanOut.ReadInScope(compartments, (c, t) => Service.ListScheduledJobsAsync(query.In(c), t),
                j => pattern is null || pattern.IsMatch(j.DisplayName), j => j.Id, Service.GetScheduledJobAsync, token);
            var upcoming = new List<OsmScheduledJob>();
            await foreach (var job in jobs.ConfigureAwait(false))
            {
                if (query.RunningBefore is null || !job.Succeeded)
                {
                    queue.Write(job, j => new OsmScheduledJob(j));
                }
                else
                {
                    upcoming.Add(new OsmScheduledJob(job.Value));
                }
            }
            if (SeveralRegions)
            {
                upcoming.ForEach(j => j.Region = CurrentContext.Region);
                lock (everyRegion)
                {
                    everyRegion.AddRange(upcoming);
                }
                return;
            }
            // Upcoming jobs come soonest first (a stable sort: scope order among equals).
            foreach (var job in upcoming.OrderBy(j => j.NextExecution))
            {
                queue.WriteObject(job);
            }
        });
        // In the order the regions were given among equals.
        foreach (var job in everyRegion.OrderBy(j => j.NextExecution).ThenBy(j => RegionNames.ToList().IndexOf(j.Region ?? "")))
        {
            WriteObject(job);
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            RunAsync(async (queue, token) =>
            {
                await foreach (var job in new FanOut(ThrottleLimit).ReadEach(_ids, Service.GetScheduledJobAsync, token).ConfigureAwait(false))
                {
                    queue.Write(job, j => new OsmScheduledJob(j));
                }
            });
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmWorkRequest: work requests by id, those a scheduled job's runs created, the children of one (OS Management
/// Hub), or a filtered list, each read in full through the <see cref="FanOut"/> (in the ids' order, the job's or the
/// parent's order, or scope order).
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmWorkRequest", DefaultParameterSetName = List)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class GetOsmWorkRequestCommand : OsmRegionalCmdlet
{
    private const string ById = "ById";
    private const string ByJob = "ByJob";
    private const string ByParent = "ByParent";
    private const string List = "List";
    private readonly List<string> _ids = new();

    /// <summary>The work request OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("workrequest", Command = typeof(GetOsmWorkRequestCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Scheduled jobs from Get-OsmScheduledJob: their work requests.</summary>
    [Parameter(ParameterSetName = ByJob, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob[] ScheduledJob { get; set; } = Array.Empty<OsmScheduledJob>();

    /// <summary>
    /// Only the work requests this scheduled job's runs started, its initiator (OS Management Hub). Without -CompartmentId
    /// the tenancy and every compartment below are listed.
    /// </summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("scheduledjob", Command = typeof(GetOsmWorkRequestCommand))]
    [ArgumentCompleter(typeof(Completers.ScheduledJobCompleter))]
    public string? ScheduledJobId { get; set; }

    /// <summary>The children of this work request (OS Management Hub): one per instance of a group action, one per update type of an "all" update.</summary>
    [Parameter(ParameterSetName = ByParent, Mandatory = true)]
    [ValidateOcid("workrequest", Command = typeof(GetOsmWorkRequestCommand))]
    public string? ParentId { get; set; }

    /// <summary>The compartment to list (default: the instance's compartment with -ManagedInstanceId, else the tenancy).</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmWorkRequestCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the work requests of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = List)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only work requests for this managed instance.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("instance", Command = typeof(GetOsmWorkRequestCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only work requests in these states.</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = ByJob)]
    [Parameter(ParameterSetName = ByParent)]
    [ValidateSet(nameof(WorkRequestStatus.Waiting), nameof(WorkRequestStatus.Accepted), WorkRequestStatuses.InProgressAlias,
        nameof(WorkRequestStatus.InProgress),
        nameof(WorkRequestStatus.Succeeded), nameof(WorkRequestStatus.Failed), WorkRequestStatuses.CancelingAlias, nameof(WorkRequestStatus.Canceling),
        nameof(WorkRequestStatus.Canceled), nameof(WorkRequestStatus.Skipped), IgnoreCase = true)]
    public string[]? Status { get; set; }

    /// <summary>Only work requests of these operations: the module's words (INSTALL, UPDATE, REMOVE, UPDATEALL, REBOOT) or the service's own (INSTALL_PACKAGES...).</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateNotNullOrEmpty]
    public string[]? Operation { get; set; }

    /// <summary>Only work requests accepted at or after this time.</summary>
    [Parameter(ParameterSetName = List)]
    public DateTime? Since { get; set; }

    /// <summary>How many are read at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override int RegionThrottleLimit => ThrottleLimit;

    /// <inheritdoc />
    protected override string? ReadsOneResourceBy => ParameterSetName switch
    {
        ById => "-Id",
        ByJob => "by scheduled job",
        ByParent => "-ParentId",
        _ when ManagedInstanceId is not null => "-ManagedInstanceId",
        _ => null,
    };

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.FindingWorkRequests(Capabilities, ScheduledJobId, ParentId), "OsmNeedsHub", null,
            (object?)ScheduledJobId ?? ParentId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var statuses = (Status ?? Array.Empty<string>()).Select(WorkRequestStatuses.Parse).Distinct().ToList();
        switch (ParameterSetName)
        {
            case ById:
                // Read once the input is complete, so ids given and piped alike are read -ThrottleLimit at a time.
                _ids.AddRange(Id);
                break;
            case ByJob:
                foreach (var job in ScheduledJob)
                {
                    if (FeatureRules.Lacking(Capabilities, ServiceFeature.WorkRequestTrees) is null)
                    {
                        // A job lists only the parents of its runs; every work request its runs started (the children too)
                        // is found by the job as their initiator, as -ScheduledJobId finds them.
                        RunForItem(job.Id, (queue, token) => ListAsync(queue, null, false, statuses, job.Id, token));
                        continue;
                    }
                    RunForItem(job.Id, async (queue, token) =>
                    {
                        await foreach (var request in new FanOut(ThrottleLimit).ReadEach(job.WorkRequestIds, Service.GetWorkRequestAsync,
                            token).ConfigureAwait(false))
                        {
                            if (!request.Succeeded || statuses.Count == 0 || (request.Value.Status.Value is { } status && statuses.Contains(status)))
                            {
                                queue.Write(request, r => new OsmWorkRequest(r));
                            }
                        }
                    });
                }
                break;
            case ByParent:
                RunForItem(ParentId!, async (queue, token) =>
                {
                    var parent = await Service.GetWorkRequestAsync(ParentId!, token).ConfigureAwait(false);
                    await foreach (var child in new FanOut(ThrottleLimit).ReadEach(parent.ChildrenIds, Service.GetWorkRequestAsync,
                        token).ConfigureAwait(false))
                    {
                        if (!child.Succeeded || statuses.Count == 0 || (child.Value.Status.Value is { } status && statuses.Contains(status)))
                        {
                            queue.Write(child, r => new OsmWorkRequest(r));
                        }
                    }
                });
                break;
            default:
                RunForItem((object?)ManagedInstanceId ?? CompartmentId ?? CurrentContext.TenancyId,
                    (queue, token) => ListAsync(queue, CompartmentId, Recurse, statuses, ScheduledJobId, token));
                break;
        }
    }

    // The work requests listed in scope (a compartment, its subtree; by job, the whole subtree unless told otherwise), each read in full.
    private async Task ListAsync(PipelineQueue queue, string? compartmentId, bool recurse, List<WorkRequestStatus> statuses, string? scheduledJobId,
        System.Threading.CancellationToken token)
    {
        // An instance's work requests live in its compartment.
        var rootId = compartmentId
            ?? (ManagedInstanceId is null ? null : (await Service.GetManagedInstanceAsync(ManagedInstanceId, token).ConfigureAwait(false)).CompartmentId)
            ?? CurrentContext.TenancyId;
        var query = new WorkRequestQuery
        {
            ManagedInstanceId = ManagedInstanceId,
            Statuses = statuses,
            Since = Since is null ? null : new DateTimeOffset(Since.Value.ToUniversalTime()),
            InitiatorId = scheduledJobId,
        };
        var fanOut = new FanOut(ThrottleLimit);
        // A job's runs put their children in each instance's compartment: by job, the whole subtree unless told otherwise.
        var compartments = await fanOut.CompartmentsAsync(Service, rootId, recurse || (scheduledJobId is not null && compartmentId is null), token)
            .ConfigureAwait(false);
        // A listed work request is a summary, without its instance, start and finish times or resources: each one that
        // passes the filters is read in full.
        var requests = fanOut.ReadInScope(compartments, (c, t) => Service.ListWorkRequestsAsync(query.In(c), t),
            MatchesOperation, r => r.Id, Service.GetWorkRequestAsync, token);
        await foreach (var request in requests.ConfigureAwait(false))
        {
            queue.Write(request, r => new OsmWorkRequest(r));
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            RunAsync((queue, token) => WorkRequestReporter.WriteCurrentAsync(Service, _ids, ThrottleLimit, queue, token));
        }
    }

    private bool MatchesOperation(WorkRequestRecord request) =>
        Operation is null || Operation.Any(o => string.Equals(o, request.OperationType, StringComparison.OrdinalIgnoreCase)
            || (request.Operation.Value is { } operation && string.Equals(o, operation.ToString(), StringComparison.OrdinalIgnoreCase)));
}

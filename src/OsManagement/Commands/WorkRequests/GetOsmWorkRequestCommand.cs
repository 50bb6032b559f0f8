using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Get-OsmWorkRequest: work requests by id, those a scheduled job's runs created, or a filtered list.</summary>
[Cmdlet(VerbsCommon.Get, "OsmWorkRequest", DefaultParameterSetName = List)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class GetOsmWorkRequestCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByJob = "ByJob";
    private const string List = "List";

    /// <summary>The work request OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("osmsworkrequest")]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Scheduled jobs from Get-OsmScheduledJob: their work requests.</summary>
    [Parameter(ParameterSetName = ByJob, Mandatory = true, ValueFromPipeline = true)]
    public OsmScheduledJob[] ScheduledJob { get; set; } = Array.Empty<OsmScheduledJob>();

    /// <summary>The compartment to list (default: the instance's compartment with -ManagedInstanceId, else the tenancy).</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the work requests of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = List)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only work requests for this managed instance.</summary>
    [Parameter(ParameterSetName = List)]
    [ValidateOcid("instance")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only work requests in these states.</summary>
    [Parameter(ParameterSetName = List)]
    [Parameter(ParameterSetName = ByJob)]
    [ValidateSet("Accepted", "In_Progress", "InProgress", "Succeeded", "Failed", "Cancelling", "Canceled", IgnoreCase = true)]
    public string[]? Status { get; set; }

    /// <summary>Only work requests of these operations (e.g. UPDATEALL, INSTALL).</summary>
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
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case ById:
                foreach (var id in Id)
                {
                    RunForItem(id, async (queue, token) =>
                        queue.WriteObject(new OsmWorkRequest((await Service.GetWorkRequestAsync(id, token).ConfigureAwait(false)).Value)));
                }
                break;
            case ByJob:
                foreach (var job in ScheduledJob)
                {
                    RunForItem(job.Id, async (queue, token) =>
                    {
                        // A listed job carries no work requests: read it in full first.
                        var ids = job.IsDetailed ? job.WorkRequestIds.ToList()
                            : (await Service.GetScheduledJobAsync(job.Id, token).ConfigureAwait(false)).Value.WorkRequests?.Select(w => w.Id!).ToList() ?? new();
                        await WorkRequestReporter.WriteCurrentAsync(Service, ids.AsStream(), ThrottleLimit, queue, token, r => MatchesStatus(r.Status)).ConfigureAwait(false);
                    });
                }
                break;
            default:
                RunForItem((object?)ManagedInstanceId ?? CompartmentId ?? CurrentContext.TenancyId, async (queue, token) =>
                {
                    // An instance's work requests live in its compartment.
                    var compartmentId = CompartmentId
                        ?? (ManagedInstanceId is null ? null : (await Service.GetManagedInstanceAsync(ManagedInstanceId, token).ConfigureAwait(false)).Value.CompartmentId)
                        ?? CurrentContext.TenancyId;
                    var compartments = await CompartmentWalker.ScopeAsync(CurrentContext.Connection.Identity, compartmentId, Recurse, ThrottleLimit, token).ConfigureAwait(false);
                    var listed = compartments.SelectManyStream(c => Service.ListWorkRequestsAsync(c, ManagedInstanceId, token))
                        .Map(summary => new OsmWorkRequest(summary))
                        .Filter(r => MatchesStatus(r.Status) && MatchesOperation(r.OperationType) && (Since is null || r.TimeAccepted >= Since.Value.ToLocalTime()));
                    // A listed work request is a summary, without its instance, start and finish times or resources:
                    // each one that passes the filters is read in full, several at once, and written in the list's order.
                    await WorkRequestReporter.WriteCurrentAsync(Service, listed.Map(r => r.Id), ThrottleLimit, queue, token).ConfigureAwait(false);
                });
                break;
        }
    }

    private bool MatchesStatus(string status) =>
        Status is null || Status.Any(s => string.Equals(s.Replace("InProgress", "In_Progress"), status, StringComparison.OrdinalIgnoreCase));

    private bool MatchesOperation(string operation) =>
        Operation is null || Operation.Any(o => string.Equals(o, operation, StringComparison.OrdinalIgnoreCase));
}

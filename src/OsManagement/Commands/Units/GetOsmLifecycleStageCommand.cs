using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmLifecycleStage: lifecycle stages (OS Management Hub) by id, of an environment (by id or piped, in rank order),
/// or in a compartment; each with the content it holds and its members. Refused before any request on the retired service.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmLifecycleStage", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmLifecycleStage))]
public sealed class GetOsmLifecycleStageCommand : OsmUnitGetCmdlet<LifecycleStageRecord>
{
    private const string ByEnvironment = "ByEnvironment";
    private const string EnvironmentObject = "EnvironmentObject";

    /// <summary>The lifecycle stage OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("LifecycleStageId")]
    [ValidateOcid("lifecyclestage", Command = typeof(GetOsmLifecycleStageCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The lifecycle environments whose stages to get, first to last.</summary>
    [Parameter(ParameterSetName = ByEnvironment, Mandatory = true)]
    [ValidateOcid("lifecycleenvironment", Command = typeof(GetOsmLifecycleStageCommand))]
    public string[] LifecycleEnvironmentId { get; set; } = Array.Empty<string>();

    /// <summary>Environments from Get-OsmLifecycleEnvironment: their stages, first to last (as they were read).</summary>
    [Parameter(ParameterSetName = EnvironmentObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmLifecycleEnvironment[] LifecycleEnvironment { get; set; } = Array.Empty<OsmLifecycleEnvironment>();

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.LifecycleEnvironments;

    /// <inheritdoc />
    protected override IEnumerable<string> IdsGiven => Id;

    /// <inheritdoc />
    protected override IAsyncEnumerable<LifecycleStageRecord> List(IUnitService units, string compartmentId, CancellationToken cancellationToken) =>
        units.ListLifecycleStagesAsync(compartmentId, cancellationToken);

    /// <inheritdoc />
    protected override Task<LifecycleStageRecord> Read(IUnitService units, string id, CancellationToken cancellationToken) =>
        units.GetLifecycleStageAsync(id, cancellationToken);

    /// <inheritdoc />
    protected override (string Id, string Name) Identity(LifecycleStageRecord record) => (record.Id, record.DisplayName);

    /// <inheritdoc />
    protected override object Output(LifecycleStageRecord record) => new OsmLifecycleStage(record);

    /// <inheritdoc />
    /// <remarks>An environment's stages come with it, read once, in rank order.</remarks>
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case EnvironmentObject:
                foreach (var stage in LifecycleEnvironment.SelectMany(e => e.Stages).Where(s => Wanted(s.DisplayName)))
                {
                    WriteObject(stage);
                }
                break;
            case ByEnvironment:
                var units = Service.Units();
                foreach (var id in LifecycleEnvironmentId)
                {
                    RunForItem(id, async (queue, token) =>
                    {
                        var environment = await units.GetLifecycleEnvironmentAsync(id, token).ConfigureAwait(false);
                        foreach (var stage in new OsmLifecycleEnvironment(environment).Stages.Where(s => Wanted(s.DisplayName)))
                        {
                            queue.WriteObject(stage);
                        }
                    });
                }
                break;
            default:
                base.ProcessRecord();
                break;
        }
    }
}

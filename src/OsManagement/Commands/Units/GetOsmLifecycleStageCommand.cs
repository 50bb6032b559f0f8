using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmLifecycleStage: lifecycle stages (OS Management Hub) by id, of an environment (by id or piped, in rank order),
/// or in a compartment; each with the content it holds and its members. Refused before any request on the retired service.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmLifecycleStage", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmLifecycleStage))]
public sealed class GetOsmLifecycleStageCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByEnvironment = "ByEnvironment";
    private const string EnvironmentObject = "EnvironmentObject";
    private const string ByCompartment = "ByCompartment";
    private readonly List<string> _ids = new();

    /// <summary>The lifecycle stage OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
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

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmLifecycleStageCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the stages of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only stages whose name matches (wildcards allowed): dev, test, prod...</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.LifecycleEnvironments), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var units = Service.Units();
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        bool Wanted(OsmLifecycleStage stage) => pattern is null || pattern.IsMatch(stage.DisplayName);
        switch (ParameterSetName)
        {
            case ById:
                _ids.AddRange(Id);
                break;
            case EnvironmentObject:
                foreach (var stage in LifecycleEnvironment.SelectMany(e => e.Stages).Where(Wanted))
                {
                    WriteObject(stage);
                }
                break;
            case ByEnvironment:
                foreach (var id in LifecycleEnvironmentId)
                {
                    RunForItem(id, async (queue, token) =>
                    {
                        var environment = await units.GetLifecycleEnvironmentAsync(id, token).ConfigureAwait(false);
                        foreach (var stage in new OsmLifecycleEnvironment(environment).Stages.Where(Wanted))
                        {
                            queue.WriteObject(stage);
                        }
                    });
                }
                break;
            default:
                var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
                RunForItem(compartmentId, async (queue, token) =>
                {
                    var fanOut = new FanOut(ThrottleLimit);
                    var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
                    var stages = fanOut.ReadInScope(compartments, units.ListLifecycleStagesAsync, s => pattern is null || pattern.IsMatch(s.DisplayName),
                        s => s.Id, units.GetLifecycleStageAsync, token);
                    await foreach (var stage in stages.ConfigureAwait(false))
                    {
                        queue.Write(stage, s => new OsmLifecycleStage(s));
                    }
                });
                break;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            var units = Service.Units();
            RunAsync(async (queue, token) =>
            {
                await foreach (var stage in new FanOut(ThrottleLimit).ReadEach(_ids, units.GetLifecycleStageAsync, token).ConfigureAwait(false))
                {
                    queue.Write(stage, s => new OsmLifecycleStage(s));
                }
            });
        }
    }
}

using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Invoke-OsmLifecyclePromotion: promotes content into lifecycle stages (OS Management Hub): the previous stage's
/// versioned software source, or for the first stage the one given with -SoftwareSourceId. The order is the service's
/// (the first stage needs a source, a later one takes its previous stage's, which must hold one) and is checked before
/// any request. One work request per stage; -Wait waits for them. The stage's members then have the updates it brought
/// available: install them with Install-OsmUpdate -LifecycleStageId or a job on the stage.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "OsmLifecyclePromotion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class InvokeOsmLifecyclePromotionCommand : OsmActionCmdlet
{
    /// <summary>The stage to promote into (pipe in Get-OsmLifecycleStage output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("lifecyclestage", Command = typeof(InvokeOsmLifecyclePromotionCommand))]
    public string LifecycleStageId { get; set; } = "";

    /// <summary>
    /// The versioned software source to promote: required for the first stage; for a later one it must be the previous
    /// stage's (left out, the previous stage's is promoted).
    /// </summary>
    [Parameter]
    [ValidateOcid("softwaresource", Command = typeof(InvokeOsmLifecyclePromotionCommand))]
    public string? SoftwareSourceId { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.LifecycleEnvironments), "OsmNeedsHub", null, LifecycleStageId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(LifecycleStageId, () =>
    {
        var units = Service.Units();
        var stage = Call(token => units.GetLifecycleStageAsync(LifecycleStageId, token));
        var environment = Call(token => units.GetLifecycleEnvironmentAsync(stage.Environment!.Id, token));
        if (UnitRules.Promoting(stage, environment, SoftwareSourceId) is { } problem)
        {
            WriteError(UnitProblemRecords.Record(problem, ServiceDefinition, LifecycleStageId));
            return;
        }
        var previous = environment.Stages.LastOrDefault(s => s.Rank < stage.Rank);
        var what = SoftwareSourceId is not null || previous is null ? $"software source {SoftwareSourceId}"
            : $"the content of stage {previous.DisplayName} ({previous.SoftwareSource})";
        if (ShouldProcess(Targets.Describe(stage.Id, $"{environment.DisplayName}/{stage.DisplayName}", 1), $"Promote {what}"))
        {
            AddWorkRequest(Call(token => units.PromoteAsync(stage.Id, SoftwareSourceId, token)));
        }
    });
}

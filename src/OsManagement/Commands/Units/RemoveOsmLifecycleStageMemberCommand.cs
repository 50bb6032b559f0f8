using System;
using System.Collections.Generic;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Remove-OsmLifecycleStageMember: detaches instances (piped or given) from a lifecycle stage (OS Management Hub); they
/// become stand-alone. One that is not in the stage is an error of its own; the others are detached in one work request
/// (-Wait). Asks first; -Confirm:$false for scripts.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "OsmLifecycleStageMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class RemoveOsmLifecycleStageMemberCommand : OsmActionCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The stage to detach them from.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("lifecyclestage", Command = typeof(RemoveOsmLifecycleStageMemberCommand))]
    public string LifecycleStageId { get; set; } = "";

    /// <summary>The instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(RemoveOsmLifecycleStageMemberCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.LifecycleEnvironments), "OsmNeedsHub", null, LifecycleStageId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => _ids.AddRange(ManagedInstanceId);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        PerItem(LifecycleStageId, () =>
        {
            var stage = Call(token => Service.Units().GetLifecycleStageAsync(LifecycleStageId, token));
            var unit = new ContentUnit(UnitKind.LifecycleStage, new ResourceRef(stage.Id, stage.DisplayName), stage.Environment);
            var leaving = RunAsync((queue, token) => MemberChecks.PassingAsync(Service, _ids, i => UnitRules.Leaving(i, unit), ServiceDefinition, queue, token));
            if (leaving.Count > 0 && ShouldProcess(Targets.Describe(stage.Id, stage.DisplayName, 1), $"Detach {leaving.Count} instance(s): {MemberChecks.Names(leaving)}"))
            {
                AddWorkRequest(Call(token => Service.Units().DetachFromStageAsync(stage.Id, leaving.ConvertAll(i => i.Id), token)));
            }
        });
        base.EndProcessing();
    }
}

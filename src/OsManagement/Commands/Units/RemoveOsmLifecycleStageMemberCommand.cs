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
public sealed class RemoveOsmLifecycleStageMemberCommand : OsmUnitMemberCmdlet
{
    /// <summary>The stage to detach them from.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("lifecyclestage", Command = typeof(RemoveOsmLifecycleStageMemberCommand))]
    public string LifecycleStageId { get; set; } = "";

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.LifecycleEnvironments;

    /// <inheritdoc />
    protected override string UnitId => LifecycleStageId;

    /// <inheritdoc />
    protected override MemberChange Read(string unitId)
    {
        var stage = Call(token => Service.Units().GetLifecycleStageAsync(unitId, token));
        var unit = new ContentUnit(UnitKind.LifecycleStage, new ResourceRef(stage.Id, stage.DisplayName), stage.Environment);
        return new MemberChange(unit.Unit, "Detach", i => UnitRules.Leaving(i, unit),
            (units, id, members, token) => units.DetachFromStageAsync(id, members, token));
    }
}

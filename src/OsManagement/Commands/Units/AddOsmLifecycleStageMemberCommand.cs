using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Add-OsmLifecycleStageMember: attaches instances (piped or given) to a lifecycle stage (OS Management Hub). Each is
/// read and judged before any request (the environment's OS version, architecture and location; in no group or other
/// stage): one that breaks the rules is an error of its own, the others are attached in one work request (-Wait).
/// From then on their content changes through the stage.
/// </summary>
[Cmdlet(VerbsCommon.Add, "OsmLifecycleStageMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class AddOsmLifecycleStageMemberCommand : OsmUnitMemberCmdlet
{
    /// <summary>The stage to attach them to.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("lifecyclestage", Command = typeof(AddOsmLifecycleStageMemberCommand))]
    public string LifecycleStageId { get; set; } = "";

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.LifecycleEnvironments;

    /// <inheritdoc />
    protected override string UnitId => LifecycleStageId;

    /// <inheritdoc />
    protected override MemberChange Read(string unitId)
    {
        var stage = Call(token => Service.Units().GetLifecycleStageAsync(unitId, token));
        return new MemberChange(new ResourceRef(stage.Id, stage.DisplayName), "Attach", i => UnitRules.JoiningStage(i, stage),
            (units, id, members, token) => units.AttachToStageAsync(id, members, token));
    }
}

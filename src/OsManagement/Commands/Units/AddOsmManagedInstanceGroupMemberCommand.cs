using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Add-OsmManagedInstanceGroupMember: attaches instances (piped or given) to a group (OS Management Hub). Each is read
/// and judged by the service's rules before any request (the group's OS version, architecture and location; in no
/// other group or lifecycle stage): one that breaks them is an error of its own, the others are attached in one work
/// request (-Wait waits for it).
/// </summary>
[Cmdlet(VerbsCommon.Add, "OsmManagedInstanceGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class AddOsmManagedInstanceGroupMemberCommand : OsmUnitMemberCmdlet
{
    /// <summary>The group to attach them to.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("managedinstancegroup", Command = typeof(AddOsmManagedInstanceGroupMemberCommand))]
    public string ManagedInstanceGroupId { get; set; } = "";

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.GroupManagement;

    /// <inheritdoc />
    protected override string UnitId => ManagedInstanceGroupId;

    /// <inheritdoc />
    protected override MemberChange Read(string unitId)
    {
        var group = Call(token => Service.GetManagedInstanceGroupAsync(unitId, token));
        return new MemberChange(new ResourceRef(group.Id, group.DisplayName), "Attach", i => UnitRules.JoiningGroup(i, group),
            (units, id, members, token) => units.AttachToGroupAsync(id, members, token));
    }
}

using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Remove-OsmManagedInstanceGroup: deletes groups (OS Management Hub). A group with members is refused before any
/// change, naming how to empty it; with -Force its members are detached first (they keep their software and become
/// stand-alone). Asks first; -Confirm:$false for scripts.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "OsmManagedInstanceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveOsmManagedInstanceGroupCommand : OsmCmdlet
{
    /// <summary>The group OCID (pipe in Get-OsmManagedInstanceGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceGroupId")]
    [ValidateOcid("managedinstancegroup", Command = typeof(RemoveOsmManagedInstanceGroupCommand))]
    public string Id { get; set; } = "";

    /// <summary>Detaches the group's members first, then deletes it.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.GroupManagement), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(Id, () =>
    {
        var group = Call(token => Service.GetManagedInstanceGroupAsync(Id, token));
        if (!Force && UnitRules.Deleting(group) is { } problem)
        {
            WriteError(UnitProblemRecords.Record(problem, ServiceDefinition, Id));
            return;
        }
        var members = group.Members.Count;
        if (!ShouldProcess(Targets.Describe(Id, group.DisplayName, 1), members > 0 ? $"Detach its {members} member(s) and delete the group" : "Delete the group"))
        {
            return;
        }
        if (members > 0)
        {
            Call(token => Service.Units().DetachFromGroupAsync(Id, group.Members.Select(m => m.Id).ToList(), token));
        }
        Call(token => Service.Units().DeleteGroupAsync(Id, null, token));
    });
}

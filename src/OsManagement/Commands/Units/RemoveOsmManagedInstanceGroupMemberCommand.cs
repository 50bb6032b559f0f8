using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Remove-OsmManagedInstanceGroupMember: detaches instances (piped or given) from a group (OS Management Hub). They keep
/// their software and become stand-alone. One that is not in the group is an error of its own; the service detaches at
/// once (no work request). Asks first; -Confirm:$false for scripts.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "OsmManagedInstanceGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(OsmManagedInstanceGroup))]
public sealed class RemoveOsmManagedInstanceGroupMemberCommand : OsmCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The group to detach them from.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("managedinstancegroup", Command = typeof(RemoveOsmManagedInstanceGroupMemberCommand))]
    public string ManagedInstanceGroupId { get; set; } = "";

    /// <summary>The instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(RemoveOsmManagedInstanceGroupMemberCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>Writes the group as it is afterwards.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.GroupManagement), "OsmNeedsHub", null, ManagedInstanceGroupId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => _ids.AddRange(ManagedInstanceId);

    /// <inheritdoc />
    protected override void EndProcessing() => PerItem(ManagedInstanceGroupId, () =>
    {
        var group = Call(token => Service.GetManagedInstanceGroupAsync(ManagedInstanceGroupId, token));
        var unit = new ContentUnit(UnitKind.Group, new ResourceRef(group.Id, group.DisplayName));
        var leaving = RunAsync((queue, token) => MemberChecks.PassingAsync(Service, _ids, i => UnitRules.Leaving(i, unit), ServiceDefinition, queue, token));
        if (leaving.Count > 0 && ShouldProcess(Targets.Describe(group.Id, group.DisplayName, 1), $"Detach {leaving.Count} instance(s): {MemberChecks.Names(leaving)}"))
        {
            Call(token => Service.Units().DetachFromGroupAsync(group.Id, leaving.ConvertAll(i => i.Id), token));
            if (PassThru)
            {
                WriteObject(new OsmManagedInstanceGroup(Call(token => Service.GetManagedInstanceGroupAsync(group.Id, token))));
            }
        }
    });
}

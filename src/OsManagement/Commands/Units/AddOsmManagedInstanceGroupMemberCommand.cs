using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
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
public sealed class AddOsmManagedInstanceGroupMemberCommand : OsmActionCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The group to attach them to.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("managedinstancegroup", Command = typeof(AddOsmManagedInstanceGroupMemberCommand))]
    public string ManagedInstanceGroupId { get; set; } = "";

    /// <summary>The instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(AddOsmManagedInstanceGroupMemberCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.GroupManagement), "OsmNeedsHub", null, ManagedInstanceGroupId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => _ids.AddRange(ManagedInstanceId);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        PerItem(ManagedInstanceGroupId, () =>
        {
            var group = Call(token => Service.GetManagedInstanceGroupAsync(ManagedInstanceGroupId, token));
            var joining = RunAsync((queue, token) =>
                MemberChecks.PassingAsync(Service, _ids, i => UnitRules.JoiningGroup(i, group), ServiceDefinition, queue, token));
            if (joining.Count > 0 && ShouldProcess(Targets.Describe(group.Id, group.DisplayName, 1), $"Attach {joining.Count} instance(s): {MemberChecks.Names(joining)}"))
            {
                AddWorkRequest(Call(token => Service.Units().AttachToGroupAsync(group.Id, joining.ConvertAll(i => i.Id), token)));
            }
        });
        base.EndProcessing();
    }
}

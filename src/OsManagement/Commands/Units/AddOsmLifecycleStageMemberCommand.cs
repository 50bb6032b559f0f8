using System;
using System.Collections.Generic;
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
public sealed class AddOsmLifecycleStageMemberCommand : OsmActionCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The stage to attach them to.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateOcid("lifecyclestage", Command = typeof(AddOsmLifecycleStageMemberCommand))]
    public string LifecycleStageId { get; set; } = "";

    /// <summary>The instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(AddOsmLifecycleStageMemberCommand))]
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
            var joining = RunAsync((queue, token) =>
                MemberChecks.PassingAsync(Service, _ids, i => UnitRules.JoiningStage(i, stage), ServiceDefinition, queue, token));
            if (joining.Count > 0 && ShouldProcess(Targets.Describe(stage.Id, stage.DisplayName, 1), $"Attach {joining.Count} instance(s): {MemberChecks.Names(joining)}"))
            {
                AddWorkRequest(Call(token => Service.Units().AttachToStageAsync(stage.Id, joining.ConvertAll(i => i.Id), token)));
            }
        });
        base.EndProcessing();
    }
}

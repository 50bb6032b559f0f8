using System;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Restart-OsmManagedInstance: reboots now (OS Management Hub) instances, or every member of a group, a lifecycle stage
/// or a dynamic set (one work request each, a child per member); -RebootTimeout is how long the service waits for each
/// to come back; -Wait waits for the work requests. A reboot is no content change: group and stage members can be
/// rebooted one by one. On the retired service it is refused before any request.
/// </summary>
// Piped groups, stages and sets must bind as themselves: PowerShell prefers the default set when a piped object fits it,
// and their Id would fit -ManagedInstanceId. Instances fit none of the object sets, so they still bind by Id.
[Cmdlet(VerbsLifecycle.Restart, "OsmManagedInstance", DefaultParameterSetName = GroupObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class RestartOsmManagedInstanceCommand : OsmActionCmdlet
{
    private const string Instance = "Instance";
    private const string GroupById = "GroupById";
    private const string GroupObject = "GroupObject";
    private const string StageById = "StageById";
    private const string StageObject = "StageObject";
    private const string SetById = "SetById";
    private const string SetObject = "SetObject";

    /// <summary>The instances to reboot (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ParameterSetName = Instance, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(RestartOsmManagedInstanceCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>Instances from Get-OsmManagedInstance: their names show in -WhatIf and -Confirm.</summary>
    [Parameter(ParameterSetName = Instance, ValueFromPipeline = true)]
    public OsmManagedInstance[] ManagedInstance { get; set; } = Array.Empty<OsmManagedInstance>();

    /// <summary>Groups whose members to reboot.</summary>
    [Parameter(ParameterSetName = GroupById, Mandatory = true)]
    [ValidateOcid("managedinstancegroup", Command = typeof(RestartOsmManagedInstanceCommand))]
    public string[] ManagedInstanceGroupId { get; set; } = Array.Empty<string>();

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ParameterSetName = GroupObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>Lifecycle stages whose members to reboot.</summary>
    [Parameter(ParameterSetName = StageById, Mandatory = true)]
    [ValidateOcid("lifecyclestage", Command = typeof(RestartOsmManagedInstanceCommand))]
    public string[] LifecycleStageId { get; set; } = Array.Empty<string>();

    /// <summary>Stages from Get-OsmLifecycleStage.</summary>
    [Parameter(ParameterSetName = StageObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmLifecycleStage[] LifecycleStage { get; set; } = Array.Empty<OsmLifecycleStage>();

    /// <summary>Dynamic sets whose members to reboot (the instances their rule matches when the reboot starts).</summary>
    [Parameter(ParameterSetName = SetById, Mandatory = true)]
    [ValidateOcid("dynamicset", Command = typeof(RestartOsmManagedInstanceCommand))]
    public string[] DynamicSetId { get; set; } = Array.Empty<string>();

    /// <summary>Sets from Get-OsmDynamicSet.</summary>
    [Parameter(ParameterSetName = SetObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmDynamicSet[] DynamicSet { get; set; } = Array.Empty<OsmDynamicSet>();

    /// <summary>Minutes the service waits for each instance to come back before it calls the reboot failed (default: the service's).</summary>
    [Parameter]
    [ValidateRange(ImmediateAction.MinRebootTimeoutMinutes, ImmediateAction.MaxRebootTimeoutMinutes)]
    public int? RebootTimeout { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (ImmediateAction.Restart(KindOf(ParameterSetName), "probe", RebootTimeout).Validate(Capabilities).FirstOrDefault() is { } problem)
        {
            ThrowTerminatingError(JobProblemRecords.Record(problem, Messages.ForNewJob(problem, ServiceDefinition), null));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var kind = KindOf(ParameterSetName);
        var targets = ParameterSetName switch
        {
            Instance => ManagedInstanceId.Select(id => (id, Targets.Describe(id, ManagedInstance.FirstOrDefault(i => i.Id == id)?.DisplayName, ManagedInstanceId.Length))),
            GroupById => ManagedInstanceGroupId.Select(id => (id, $"group {id}")),
            GroupObject => ManagedInstanceGroup.Select(g => (g.Id, $"group {g.DisplayName} ({g.Id})")),
            StageById => LifecycleStageId.Select(id => (id, $"lifecycle stage {id}")),
            StageObject => LifecycleStage.Select(s => (s.Id, $"lifecycle stage {s.LifecycleEnvironmentName}/{s.DisplayName} ({s.Id})")),
            SetById => DynamicSetId.Select(id => (id, $"dynamic set {id}")),
            _ => DynamicSet.Select(s => (s.Id, $"dynamic set {s.DisplayName} ({s.Id})")),
        };
        var what = kind == ActionTargetKind.Instance ? "Reboot" : "Reboot every member";
        foreach (var (id, target) in targets)
        {
            if (ShouldProcess(target, what + (RebootTimeout is { } minutes ? $", waiting up to {minutes} minute(s) for each" : "")))
            {
                StartForItem(id, ImmediateAction.Restart(kind, id, RebootTimeout));
            }
        }
    }

    private static ActionTargetKind KindOf(string parameterSet) => parameterSet switch
    {
        Instance => ActionTargetKind.Instance,
        GroupById or GroupObject => ActionTargetKind.Group,
        StageById or StageObject => ActionTargetKind.LifecycleStage,
        _ => ActionTargetKind.DynamicSet,
    };
}

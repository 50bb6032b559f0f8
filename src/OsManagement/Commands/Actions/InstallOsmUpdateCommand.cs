using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Install-OsmUpdate: installs updates now on instances, groups, lifecycle stages or dynamic sets (OS Management Hub),
/// all of a type, by name, or (-AdvisoryName) the updates of named advisories an instance misses. Each action creates a
/// work request; -Wait waits for them. On OS Management Hub an instance in a group or lifecycle stage is changed through
/// it: each such instance is refused before any change request, naming the group or stage and the command to use.
/// </summary>
// Piped groups must bind as groups: PowerShell prefers the default set when a piped object fits it, and a group
// object's Id would fit -ManagedInstanceId. Instances never fit the group set, so they still bind by Id.
[Cmdlet(VerbsLifecycle.Install, "OsmUpdate", DefaultParameterSetName = GroupObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class InstallOsmUpdateCommand : OsmActionCmdlet
{
    // One set for instances whatever is installed (-UpdateType or -Name, checked when bound): two sets that differed only
    // by -Name left a piped instance without either unbound.
    private const string Instance = "Instance";
    private const string NamedInstance = "NamedInstance";
    private const string GroupById = "GroupById";
    private const string GroupObject = "GroupObject";
    private const string InstanceByAdvisory = "InstanceByAdvisory";
    private const string StageById = "StageById";
    private const string StageObject = "StageObject";
    private const string SetById = "SetById";
    private const string SetObject = "SetObject";

    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ParameterSetName = Instance, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = InstanceByAdvisory, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(InstallOsmUpdateCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The instance's OS family (taken from piped instances; read from the service when absent).</summary>
    [Parameter(ParameterSetName = Instance, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = InstanceByAdvisory, ValueFromPipelineByPropertyName = true)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>Instances from Get-OsmManagedInstance: their names show in -WhatIf and -Confirm, and their OS family needs no request.</summary>
    [Parameter(ParameterSetName = Instance, ValueFromPipeline = true)]
    [Parameter(ParameterSetName = InstanceByAdvisory, ValueFromPipeline = true)]
    public OsmManagedInstance[] ManagedInstance { get; set; } = Array.Empty<OsmManagedInstance>();

    /// <summary>Finds the instances by name (wildcards allowed) in the tenancy and its compartments; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = NamedInstance, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? ManagedInstanceName { get; set; }

    /// <summary>The managed instance groups to update.</summary>
    [Parameter(ParameterSetName = GroupById, Mandatory = true)]
    [ValidateOcid("managedinstancegroup", Command = typeof(InstallOsmUpdateCommand))]
    public string[] ManagedInstanceGroupId { get; set; } = Array.Empty<string>();

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ParameterSetName = GroupObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>Lifecycle stages whose members to update (OS Management Hub runs it as a one-time job on the stage, due now).</summary>
    [Parameter(ParameterSetName = StageById, Mandatory = true)]
    [ValidateOcid("lifecyclestage", Command = typeof(InstallOsmUpdateCommand))]
    public string[] LifecycleStageId { get; set; } = Array.Empty<string>();

    /// <summary>Stages from Get-OsmLifecycleStage.</summary>
    [Parameter(ParameterSetName = StageObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmLifecycleStage[] LifecycleStage { get; set; } = Array.Empty<OsmLifecycleStage>();

    /// <summary>Dynamic sets whose members to update (those of a lifecycle stage are left to their stage).</summary>
    [Parameter(ParameterSetName = SetById, Mandatory = true)]
    [ValidateOcid("dynamicset", Command = typeof(InstallOsmUpdateCommand))]
    public string[] DynamicSetId { get; set; } = Array.Empty<string>();

    /// <summary>Sets from Get-OsmDynamicSet.</summary>
    [Parameter(ParameterSetName = SetObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmDynamicSet[] DynamicSet { get; set; } = Array.Empty<OsmDynamicSet>();

    /// <summary>
    /// Advisories (ELSA-2026-1234...): installs the updates of these an instance misses, and nothing on an instance that
    /// misses none of them. The emergency path for a CVE: pipe in Get-OsmComplianceReport -Cve or Get-OsmManagedInstance output.
    /// </summary>
    [Parameter(ParameterSetName = InstanceByAdvisory, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string[] AdvisoryName { get; set; } = Array.Empty<string>();

    /// <summary>Which updates: All (default), Security, Bugfix, Enhancement, Other or Ksplice.</summary>
    [Parameter(ParameterSetName = Instance)]
    [Parameter(ParameterSetName = NamedInstance)]
    [Parameter(ParameterSetName = GroupById)]
    [Parameter(ParameterSetName = GroupObject)]
    [Parameter(ParameterSetName = StageById)]
    [Parameter(ParameterSetName = StageObject)]
    [Parameter(ParameterSetName = SetById)]
    [Parameter(ParameterSetName = SetObject)]
    [ValidateSet(nameof(UpdateKind.All), nameof(UpdateKind.Security), nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.Ksplice), IgnoreCase = true)]
    public string UpdateType { get; set; } = nameof(UpdateKind.All);

    /// <summary>Specific updates: Linux package names or Windows update names (as Get-OsmAvailableUpdate shows them in Name).</summary>
    [Parameter(ParameterSetName = Instance)]
    [Parameter(ParameterSetName = NamedInstance)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (ByName && MyInvocation.BoundParameters.ContainsKey(nameof(UpdateType)))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmUpdateTypeAndName", Messages.UpdateTypeAndName, Name));
        }
    }

    // Named updates (-Name), rather than all of a type.
    private bool ByName => Name.Length > 0;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case Instance:
            case InstanceByAdvisory:
                foreach (var id in ManagedInstanceId)
                {
                    var piped = ManagedInstance.FirstOrDefault(i => i.Id == id);
                    UpdateInstance(id, piped?.DisplayName, Vocabulary.TryParse<Oci.Engine.OsFamily>(piped?.OsFamily ?? OsFamily), ManagedInstanceId.Length);
                }
                break;
            case NamedInstance:
                PerItem(ManagedInstanceName!, () =>
                {
                    var found = FindInstancesByName(ManagedInstanceName!, destructive: false, force: false) ?? Array.Empty<ManagedInstanceRecord>();
                    foreach (var instance in found)
                    {
                        UpdateInstance(instance.Id, instance.DisplayName, instance.OsFamily.Value, 1);
                    }
                });
                break;
            case GroupById:
                foreach (var id in ManagedInstanceGroupId)
                {
                    UpdateGroup(id, id, null);
                }
                break;
            case GroupObject:
                foreach (var group in ManagedInstanceGroup)
                {
                    UpdateGroup(group.Id, $"group {group.DisplayName} ({group.Id})", Vocabulary.TryParse<Oci.Engine.OsFamily>(group.OsFamily));
                }
                break;
            case StageById:
            case StageObject:
                foreach (var (id, name) in ParameterSetName == StageById ? LifecycleStageId.Select(id => (id, $"lifecycle stage {id}"))
                    : LifecycleStage.Select(s => (s.Id, $"lifecycle stage {s.LifecycleEnvironmentName}/{s.DisplayName} ({s.Id})")))
                {
                    UpdateUnit(ActionTargetKind.LifecycleStage, id, name);
                }
                break;
            default:
                foreach (var (id, name) in ParameterSetName == SetById ? DynamicSetId.Select(id => (id, $"dynamic set {id}"))
                    : DynamicSet.Select(s => (s.Id, $"dynamic set {s.DisplayName} ({s.Id})")))
                {
                    UpdateUnit(ActionTargetKind.DynamicSet, id, name);
                }
                break;
        }
    }

    // The instance is read first where it has to be (its family unknown, advisories to match, or a service that changes a
    // member only through its group or stage), so -WhatIf and -Confirm ask only about what would be sent.
    private void UpdateInstance(string id, string? name, Oci.Engine.OsFamily? knownFamily, int idsBound) => PerItem(id, () =>
    {
        var target = Targets.Describe(id, name, idsBound);
        var family = knownFamily;
        if (family is null || ParameterSetName == InstanceByAdvisory || UnitRules.ChangesGoThroughUnits(Capabilities))
        {
            var instance = Call(token => Service.GetManagedInstanceAsync(id, token));
            if (UnitRules.ChangingDirectly(instance) is { } problem)
            {
                WriteError(UnitProblemRecords.Record(problem, ServiceDefinition, id, "Install-OsmUpdate", "Install-OsmUpdate"));
                return;
            }
            family ??= instance.OsFamily.Value ?? Oci.Engine.OsFamily.Linux;
        }
        var os = family.Value;
        ImmediateAction action;
        string what;
        switch (ParameterSetName)
        {
            case InstanceByAdvisory:
                var available = Call(token => Service.ListAvailableUpdatesAsync(id, os, token).CollectAsync(token));
                if (ImmediateAction.InstallAdvisories(id, os, available, AdvisoryName) is not { } advisories)
                {
                    WriteVerbose(Messages.AdvisoryNotMissing(target, string.Join(", ", AdvisoryName)));
                    return;
                }
                action = advisories;
                what = $"Install {string.Join(", ", action.Names)} (advisories {string.Join(", ", AdvisoryName)})";
                break;
            case Instance or NamedInstance when ByName:
                action = ImmediateAction.UpdateNamed(id, os, Name);
                what = $"Install updates {string.Join(", ", Name)}";
                break;
            default:
                action = ImmediateAction.UpdateAll(id, os, Kind);
                what = $"Install {Kind} updates";
                break;
        }
        if (ShouldProcess(target, what))
        {
            StartForItem(id, action);
        }
    });

    // A stage's or set's members: refused before any request on a service without them.
    private void UpdateUnit(ActionTargetKind kind, string id, string target)
    {
        var action = ImmediateAction.OnUnit(kind, id, JobOperation.UpdateAll, Kind, null);
        if (action.Validate(Capabilities).FirstOrDefault() is { } problem)
        {
            WriteError(JobProblemRecords.Record(problem, Messages.ForNewJob(problem, ServiceDefinition), id));
            return;
        }
        if (ShouldProcess(target, $"Install {Kind} updates on every member"))
        {
            StartForItem(id, action);
        }
    }

    // A piped group's OS family comes with it, so a service that acts by family need not read the group.
    private void UpdateGroup(string id, string target, Oci.Engine.OsFamily? family)
    {
        if (ShouldProcess(target, $"Install {Kind} updates on every member"))
        {
            StartForItem(id, ImmediateAction.UpdateAllOnGroup(id, Kind, family));
        }
    }

    private UpdateKind Kind => Vocabulary.Parse<UpdateKind>(UpdateType);
}

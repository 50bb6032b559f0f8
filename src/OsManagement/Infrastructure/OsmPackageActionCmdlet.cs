using System;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// Install-OsmPackage and Uninstall-OsmPackage: the packages on each instance, a work request per package, or (OS
/// Management Hub) on every member of a lifecycle stage or dynamic set. The instances come by id, piped from
/// Get-OsmManagedInstance, or found by name. On Hub an instance in a group or stage is changed through it: each such
/// instance is refused before any change request, naming the group or stage and the command to use, and the others go on.
/// </summary>
public abstract class OsmPackageActionCmdlet : OsmActionCmdlet
{
    /// <summary>The parameter sets.</summary>
    protected const string ById = "ById";
    protected const string ByName = "ByName";
    protected const string StageById = "StageById";
    protected const string StageObject = "StageObject";
    protected const string SetById = "SetById";
    protected const string SetObject = "SetObject";

    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(OsmPackageActionCmdlet))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Instances from Get-OsmManagedInstance: their names show in -WhatIf and -Confirm, and a Windows instance is refused
    /// before any request.
    /// </summary>
    [Parameter(ParameterSetName = ById, ValueFromPipeline = true)]
    public OsmManagedInstance[] ManagedInstance { get; set; } = Array.Empty<OsmManagedInstance>();

    /// <summary>Finds the instances by name (wildcards allowed) in the tenancy and its compartments; -WhatIf shows what matched.</summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? ManagedInstanceName { get; set; }

    /// <summary>Lifecycle stages whose members to act on (OS Management Hub runs it as a one-time job on the stage, due now).</summary>
    [Parameter(ParameterSetName = StageById, Mandatory = true)]
    [ValidateOcid("lifecyclestage", Command = typeof(OsmPackageActionCmdlet))]
    public string[] LifecycleStageId { get; set; } = Array.Empty<string>();

    /// <summary>Stages from Get-OsmLifecycleStage.</summary>
    [Parameter(ParameterSetName = StageObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmLifecycleStage[] LifecycleStage { get; set; } = Array.Empty<OsmLifecycleStage>();

    /// <summary>Dynamic sets whose members to act on (those of a lifecycle stage are left to their stage).</summary>
    [Parameter(ParameterSetName = SetById, Mandatory = true)]
    [ValidateOcid("dynamicset", Command = typeof(OsmPackageActionCmdlet))]
    public string[] DynamicSetId { get; set; } = Array.Empty<string>();

    /// <summary>Sets from Get-OsmDynamicSet.</summary>
    [Parameter(ParameterSetName = SetObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmDynamicSet[] DynamicSet { get; set; } = Array.Empty<OsmDynamicSet>();

    /// <summary>The package names (e.g. python39, or a full name with version).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = Array.Empty<string>();

    /// <summary>Whether the action destroys, so that a name matching several instances acts on them only when <see cref="Forced"/>.</summary>
    protected virtual bool Destructive => false;

    /// <summary>Whether the user forced the action on every instance a name matches.</summary>
    protected virtual bool Forced => false;

    /// <summary>What the action does, for -WhatIf and -Confirm ("Install package").</summary>
    protected abstract string ActionName { get; }

    /// <summary>The job operation it is (Install, Remove), for the unit actions and the hint to a group's members.</summary>
    protected abstract JobOperation Operation { get; }

    /// <summary>The action on one instance.</summary>
    protected abstract ImmediateAction ActionFor(string managedInstanceId, Oci.Engine.OsFamily? osFamily);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case StageById:
            case StageObject:
                foreach (var (id, name) in ParameterSetName == StageById ? LifecycleStageId.Select(id => (id, $"lifecycle stage {id}"))
                    : LifecycleStage.Select(s => (s.Id, $"lifecycle stage {s.LifecycleEnvironmentName}/{s.DisplayName} ({s.Id})")))
                {
                    OnUnit(ActionTargetKind.LifecycleStage, id, name);
                }
                return;
            case SetById:
            case SetObject:
                foreach (var (id, name) in ParameterSetName == SetById ? DynamicSetId.Select(id => (id, $"dynamic set {id}"))
                    : DynamicSet.Select(s => (s.Id, $"dynamic set {s.DisplayName} ({s.Id})")))
                {
                    OnUnit(ActionTargetKind.DynamicSet, id, name);
                }
                return;
            case ByName:
                PerItem(ManagedInstanceName!, () =>
                {
                    foreach (var instance in FindInstancesByName(ManagedInstanceName!, Destructive, Forced) ?? Array.Empty<ManagedInstanceRecord>())
                    {
                        PerItem(instance.Id, () => OnInstance(instance.Id, instance.DisplayName, instance.OsFamily.Value, 1));
                    }
                });
                return;
        }
        foreach (var id in ManagedInstanceId)
        {
            // A family this module does not know (or none) is not judged here.
            var piped = ManagedInstance.FirstOrDefault(i => i.Id == id);
            PerItem(id, () => OnInstance(id, piped?.DisplayName, Vocabulary.TryParse<Oci.Engine.OsFamily>(piped?.OsFamily), ManagedInstanceId.Length));
        }
    }

    // A family known from the pipe is judged first, before any request; on a service that changes a member only through
    // its group or stage the instance is then read, so -WhatIf and -Confirm ask only about what would be sent.
    private void OnInstance(string id, string? name, Oci.Engine.OsFamily? family, int idsBound)
    {
        var target = Targets.Describe(id, name, idsBound);
        if (Refused(ActionFor(id, family), target, id))
        {
            return;
        }
        if (UnitRules.ChangesGoThroughUnits(Capabilities))
        {
            var instance = Call(token => Service.GetManagedInstanceAsync(id, token));
            if (UnitRules.ChangingDirectly(instance) is { } member)
            {
                WriteError(UnitProblemRecords.Record(member, ServiceDefinition, id,
                    $"New-OsmScheduledJob -Operation {Operation} -PackageName {string.Join(",", Name)} -At (Get-Date).AddMinutes(5) -CompartmentId {instance.CompartmentId}",
                    MyInvocation.MyCommand.Name));
                return;
            }
            if (family is null && Refused(ActionFor(id, instance.OsFamily.Value), target, id))
            {
                return;
            }
        }
        if (ShouldProcess(target, $"{ActionName} {string.Join(", ", Name)}"))
        {
            StartForItem(id, ActionFor(id, family));
        }
    }

    private bool Refused(ImmediateAction action, string target, string id)
    {
        if (action.Validate(Capabilities).FirstOrDefault() is not { } problem)
        {
            return false;
        }
        WriteError(JobProblemRecords.Record(problem, problem.Kind == JobProblemKind.PackagesForWindows
            ? Messages.PackagesOnWindows(target, MyInvocation.MyCommand.Name)
            : Messages.ForNewJob(problem, ServiceDefinition), id));
        return true;
    }

    private void OnUnit(ActionTargetKind kind, string id, string target)
    {
        var action = ImmediateAction.OnUnit(kind, id, Operation, UpdateKind.All, Name);
        if (action.Validate(Capabilities).FirstOrDefault() is { } problem)
        {
            WriteError(JobProblemRecords.Record(problem, Messages.ForNewJob(problem, ServiceDefinition), id));
            return;
        }
        if (ShouldProcess(target, $"{ActionName} {string.Join(", ", Name)} on every member"))
        {
            StartForItem(id, action);
        }
    }
}

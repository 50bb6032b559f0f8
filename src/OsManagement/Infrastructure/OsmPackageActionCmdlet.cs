using System;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// Install-OsmPackage and Uninstall-OsmPackage: the packages on each instance, a work request per package. The instances
/// come by id, piped from Get-OsmManagedInstance, or found by name.
/// </summary>
public abstract class OsmPackageActionCmdlet : OsmActionCmdlet
{
    private const string ById = "ById";
    private const string ByName = "ByName";

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

    /// <summary>The action on one instance.</summary>
    protected abstract ImmediateAction ActionFor(string managedInstanceId, Oci.Engine.OsFamily? osFamily);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByName)
        {
            PerItem(ManagedInstanceName!, () =>
            {
                foreach (var instance in FindInstancesByName(ManagedInstanceName!, Destructive, Forced) ?? Array.Empty<ManagedInstanceRecord>())
                {
                    Act(instance.Id, instance.DisplayName, instance.OsFamily.Value, 1);
                }
            });
            return;
        }
        foreach (var id in ManagedInstanceId)
        {
            // A family this module does not know (or none) is not judged here.
            var piped = ManagedInstance.FirstOrDefault(i => i.Id == id);
            Act(id, piped?.DisplayName, Vocabulary.TryParse<Oci.Engine.OsFamily>(piped?.OsFamily), ManagedInstanceId.Length);
        }
    }

    private void Act(string id, string? name, Oci.Engine.OsFamily? family, int idsBound)
    {
        var target = Targets.Describe(id, name, idsBound);
        var action = ActionFor(id, family);
        if (action.Validate(Capabilities).FirstOrDefault() is { } problem)
        {
            WriteError(JobProblemRecords.Record(problem, problem.Kind == JobProblemKind.PackagesForWindows
                ? Messages.PackagesOnWindows(target, MyInvocation.MyCommand.Name)
                : Messages.ForNewJob(problem, ServiceDefinition), id));
            return;
        }
        if (ShouldProcess(target, $"{ActionName} {string.Join(", ", Name)}"))
        {
            StartForItem(id, action);
        }
    }
}

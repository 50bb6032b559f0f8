using System;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>Install-OsmPackage and Uninstall-OsmPackage: the packages on each instance, a work request per package.</summary>
public abstract class OsmPackageActionCmdlet : OsmActionCmdlet
{
    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(OsmPackageActionCmdlet))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The package names (e.g. python39, or a full name with version).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = Array.Empty<string>();

    /// <summary>The instance's name, shown in -Confirm and -WhatIf (taken from piped instances).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Alias("DisplayName")]
    public string? ManagedInstanceName { get; set; }

    /// <summary>
    /// The instance's OS family, taken from piped instances: a Windows instance is refused before any request.
    /// Not read from the service when absent (the service refuses a Windows instance itself).
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? OsFamily { get; set; }

    /// <summary>What the action does, for -WhatIf and -Confirm ("Install package").</summary>
    protected abstract string ActionName { get; }

    /// <summary>The action on one instance.</summary>
    protected abstract ImmediateAction ActionFor(string managedInstanceId, Oci.Engine.OsFamily? osFamily);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        // A family this module does not know (or none) is not judged here.
        var family = Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily);
        foreach (var id in ManagedInstanceId)
        {
            var target = Targets.Describe(id, ManagedInstanceName, ManagedInstanceId.Length);
            var action = ActionFor(id, family);
            if (action.Validate(Capabilities).FirstOrDefault() is { } problem)
            {
                WriteError(JobProblemRecords.Record(problem, problem.Kind == JobProblemKind.PackagesForWindows
                    ? Messages.PackagesOnWindows(target, MyInvocation.MyCommand.Name)
                    : Messages.ForNewJob(problem, ServiceDefinition), id));
                continue;
            }
            if (ShouldProcess(target, $"{ActionName} {string.Join(", ", Name)}"))
            {
                StartForItem(id, action);
            }
        }
    }
}

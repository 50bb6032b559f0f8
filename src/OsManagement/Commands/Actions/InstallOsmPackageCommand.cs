using System;
using System.Management.Automation;
using OsManagement.Infrastructure;

namespace OsManagement.Commands;

/// <summary>Install-OsmPackage: installs Linux packages on managed instances now (a work request per package; -Wait waits).</summary>
[Cmdlet(VerbsLifecycle.Install, "OsmPackage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class InstallOsmPackageCommand : OsmActionCmdlet
{
    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid]
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

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var id in ManagedInstanceId)
        {
            if (ShouldProcess(Targets.Describe(id, ManagedInstanceName, ManagedInstanceId.Length), $"Install package {string.Join(", ", Name)}"))
            {
                RunForItem(id, async (_, token) =>
                {
                    foreach (var name in Name)
                    {
                        AddWorkRequest(await Service.InstallPackageAsync(id, name, token).ConfigureAwait(false));
                    }
                });
            }
        }
    }
}

using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;

namespace OsManagement;

/// <summary>Install-OsmPackage and Uninstall-OsmPackage: one work request per package on each instance.</summary>
public abstract class OsmPackageActionCmdlet : OsmActionCmdlet
{
    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance")]
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

    /// <summary>Starts the action for one package on one instance; returns the work request id.</summary>
    protected abstract Task<string> StartAsync(string managedInstanceId, string packageName, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var id in ManagedInstanceId)
        {
            if (string.Equals(OsFamily, "WINDOWS", StringComparison.OrdinalIgnoreCase))
            {
                WriteError(ErrorRecords.InvalidArgument("OsmOsFamilyMismatch",
                    $"{Targets.Describe(id, ManagedInstanceName, ManagedInstanceId.Length)} is a Windows instance, and {MyInvocation.MyCommand.Name} acts on Linux packages. " +
                    "For Windows updates use Install-OsmUpdate (-Name with the names Get-OsmAvailableUpdate shows); to act on Linux instances only, filter with Get-OsmManagedInstance -OsFamily Linux.", id));
                continue;
            }
            if (ShouldProcess(Targets.Describe(id, ManagedInstanceName, ManagedInstanceId.Length), $"{ActionName} {string.Join(", ", Name)}"))
            {
                RunForItem(id, async (_, token) =>
                {
                    foreach (var name in Name)
                    {
                        AddWorkRequest(await StartAsync(id, name, token).ConfigureAwait(false));
                    }
                });
            }
        }
    }
}

using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Install-OsmPackage: installs Linux packages on managed instances now (a work request per package; -Wait waits).</summary>
[Cmdlet(VerbsLifecycle.Install, "OsmPackage", DefaultParameterSetName = StageObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class InstallOsmPackageCommand : OsmPackageActionCmdlet
{
    /// <inheritdoc />
    protected override string ActionName => "Install package";

    /// <inheritdoc />
    protected override JobOperation Operation => JobOperation.Install;

    /// <inheritdoc />
    protected override ImmediateAction ActionFor(string managedInstanceId, Oci.Engine.OsFamily? osFamily) =>
        ImmediateAction.InstallPackages(managedInstanceId, osFamily, Name);
}

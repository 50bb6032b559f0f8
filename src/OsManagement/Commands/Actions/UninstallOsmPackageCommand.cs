using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Uninstall-OsmPackage: removes Linux packages from managed instances now (asks first; a work request per package).</summary>
[Cmdlet(VerbsLifecycle.Uninstall, "OsmPackage", DefaultParameterSetName = StageObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class UninstallOsmPackageCommand : OsmPackageActionCmdlet
{
    /// <summary>
    /// With -ManagedInstanceName: removes the packages from every instance that matches, when more than one does (without
    /// it, several matches are an error).
    /// </summary>
    [Parameter(ParameterSetName = "ByName")]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override bool Destructive => true;

    /// <inheritdoc />
    protected override bool Forced => Force;

    /// <inheritdoc />
    protected override string ActionName => "Remove package";

    /// <inheritdoc />
    protected override JobOperation Operation => JobOperation.Remove;

    /// <inheritdoc />
    protected override ImmediateAction ActionFor(string managedInstanceId, Oci.Engine.OsFamily? osFamily) =>
        ImmediateAction.RemovePackages(managedInstanceId, osFamily, Name);
}

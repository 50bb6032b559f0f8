using System;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Set-OsmManagedInstanceGroup: renames or redescribes groups (OS Management Hub), with the etag read just before, so a
/// group changed by someone else in between is reported, never overwritten. Members change with Add- and
/// Remove-OsmManagedInstanceGroupMember.
/// </summary>
[Cmdlet(VerbsCommon.Set, "OsmManagedInstanceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmManagedInstanceGroup))]
public sealed class SetOsmManagedInstanceGroupCommand : OsmCmdlet
{
    /// <summary>The group OCID (pipe in Get-OsmManagedInstanceGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceGroupId")]
    [ValidateOcid("managedinstancegroup", Command = typeof(SetOsmManagedInstanceGroupCommand))]
    public string Id { get; set; } = "";

    /// <summary>Its new name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>Its new description.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>Writes the changed group.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.GroupManagement), "OsmNeedsHub", null, null);
        if (DisplayName is null && Description is null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmNothingToChange", Messages.GroupNothingToChange, null));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => PerItem(Id, () =>
    {
        var group = Call(token => Service.GetManagedInstanceGroupAsync(Id, token));
        if (!ShouldProcess(Targets.Describe(Id, group.DisplayName, 1), "Change group" + (DisplayName is null ? "" : $": rename to {DisplayName}")))
        {
            return;
        }
        var changed = Call(token => Service.Units().UpdateGroupAsync(Id, DisplayName, Description, group.ETag, token));
        if (PassThru)
        {
            WriteObject(new OsmManagedInstanceGroup(Call(token => Service.GetManagedInstanceGroupAsync(changed.Id, token))));
        }
    });
}

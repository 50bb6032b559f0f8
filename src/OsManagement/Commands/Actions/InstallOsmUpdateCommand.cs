using System;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Install-OsmUpdate: installs updates now on instances or groups, all of a type or by name.
/// Each action creates a work request; -Wait waits for them.
/// </summary>
// Piped groups must bind as groups: PowerShell prefers the default set when a piped object fits it, and a group
// object's Id would fit -ManagedInstanceId. Instances never fit the group set, so they still bind by Id.
[Cmdlet(VerbsLifecycle.Install, "OsmUpdate", DefaultParameterSetName = GroupObject, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmWorkRequest))]
public sealed class InstallOsmUpdateCommand : OsmActionCmdlet
{
    private const string InstanceByType = "InstanceByType";
    private const string InstanceByName = "InstanceByName";
    private const string GroupById = "GroupById";
    private const string GroupObject = "GroupObject";

    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ParameterSetName = InstanceByType, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = InstanceByName, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The instance's OS family (taken from piped instances; read from the service when absent).</summary>
    [Parameter(ParameterSetName = InstanceByType, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = InstanceByName, ValueFromPipelineByPropertyName = true)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>The instance's name, shown in -Confirm and -WhatIf (taken from piped instances).</summary>
    [Parameter(ParameterSetName = InstanceByType, ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Parameter(ParameterSetName = InstanceByName, ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Alias("DisplayName")]
    public string? ManagedInstanceName { get; set; }

    /// <summary>The managed instance groups to update.</summary>
    [Parameter(ParameterSetName = GroupById, Mandatory = true)]
    [ValidateOcid("managedinstancegroup")]
    public string[] ManagedInstanceGroupId { get; set; } = Array.Empty<string>();

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ParameterSetName = GroupObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>Which updates: All (default), Security, Bugfix, Enhancement, Other or Ksplice.</summary>
    [Parameter(ParameterSetName = InstanceByType)]
    [Parameter(ParameterSetName = GroupById)]
    [Parameter(ParameterSetName = GroupObject)]
    [ValidateSet(nameof(UpdateKind.All), nameof(UpdateKind.Security), nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.Ksplice), IgnoreCase = true)]
    public string UpdateType { get; set; } = nameof(UpdateKind.All);

    /// <summary>Specific updates: Linux package names or Windows update names (as Get-OsmAvailableUpdate shows them in Name).</summary>
    [Parameter(ParameterSetName = InstanceByName, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case InstanceByType:
            case InstanceByName:
                foreach (var id in ManagedInstanceId)
                {
                    UpdateInstance(id);
                }
                break;
            case GroupById:
                foreach (var id in ManagedInstanceGroupId)
                {
                    UpdateGroup(id, id);
                }
                break;
            case GroupObject:
                foreach (var group in ManagedInstanceGroup)
                {
                    UpdateGroup(group.Id, $"group {group.DisplayName} ({group.Id})");
                }
                break;
        }
    }

    private void UpdateInstance(string id)
    {
        var what = ParameterSetName == InstanceByName ? $"Install updates {string.Join(", ", Name)}" : $"Install {Kind} updates";
        if (!ShouldProcess(Targets.Describe(id, ManagedInstanceName, ManagedInstanceId.Length), what))
        {
            return;
        }
        RunForItem(id, async (_, token) =>
        {
            var family = Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily)
                ?? (await Service.GetManagedInstanceAsync(id, token).ConfigureAwait(false)).OsFamily.Value
                ?? Oci.Engine.OsFamily.Linux;
            var action = ParameterSetName == InstanceByName ? ImmediateAction.UpdateNamed(id, family, Name) : ImmediateAction.UpdateAll(id, family, Kind);
            await foreach (var workRequestId in Service.StartActionAsync(action, token).ConfigureAwait(false))
            {
                AddWorkRequest(workRequestId);
            }
        });
    }

    private void UpdateGroup(string id, string target)
    {
        if (ShouldProcess(target, $"Install {Kind} updates on every member"))
        {
            StartForItem(id, ImmediateAction.UpdateAllOnGroup(id, Kind));
        }
    }

    private UpdateKind Kind => Vocabulary.Parse<UpdateKind>(UpdateType);
}

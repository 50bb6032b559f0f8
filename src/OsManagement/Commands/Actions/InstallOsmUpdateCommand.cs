using System;
using System.Linq;
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
    // One set for instances whatever is installed (-UpdateType or -Name, checked when bound): two sets that differed only
    // by -Name left a piped instance without either unbound.
    private const string Instance = "Instance";
    private const string NamedInstance = "NamedInstance";
    private const string GroupById = "GroupById";
    private const string GroupObject = "GroupObject";

    /// <summary>The managed instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ParameterSetName = Instance, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(InstallOsmUpdateCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The instance's OS family (taken from piped instances; read from the service when absent).</summary>
    [Parameter(ParameterSetName = Instance, ValueFromPipelineByPropertyName = true)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>Instances from Get-OsmManagedInstance: their names show in -WhatIf and -Confirm, and their OS family needs no request.</summary>
    [Parameter(ParameterSetName = Instance, ValueFromPipeline = true)]
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

    /// <summary>Which updates: All (default), Security, Bugfix, Enhancement, Other or Ksplice.</summary>
    [Parameter(ParameterSetName = Instance)]
    [Parameter(ParameterSetName = NamedInstance)]
    [Parameter(ParameterSetName = GroupById)]
    [Parameter(ParameterSetName = GroupObject)]
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
        }
    }

    private void UpdateInstance(string id, string? name, Oci.Engine.OsFamily? knownFamily, int idsBound)
    {
        var what = ByName ? $"Install updates {string.Join(", ", Name)}" : $"Install {Kind} updates";
        if (!ShouldProcess(Targets.Describe(id, name, idsBound), what))
        {
            return;
        }
        RunForItem(id, async (_, token) =>
        {
            var family = knownFamily
                ?? (await Service.GetManagedInstanceAsync(id, token).ConfigureAwait(false)).OsFamily.Value
                ?? Oci.Engine.OsFamily.Linux;
            var action = ByName ? ImmediateAction.UpdateNamed(id, family, Name) : ImmediateAction.UpdateAll(id, family, Kind);
            await foreach (var workRequestId in Service.StartActionAsync(action, token).ConfigureAwait(false))
            {
                AddWorkRequest(workRequestId);
            }
        });
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

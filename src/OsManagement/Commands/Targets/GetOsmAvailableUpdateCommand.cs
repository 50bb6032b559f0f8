using System;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Get-OsmAvailableUpdate: the updates an instance is missing, Linux packages and Windows updates alike.</summary>
[Cmdlet(VerbsCommon.Get, "OsmAvailableUpdate")]
[OutputType(typeof(OsmAvailableUpdate))]
public sealed class GetOsmAvailableUpdateCommand : OsmCmdlet
{
    /// <summary>The managed instance (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string ManagedInstanceId { get; set; } = "";

    /// <summary>The instance's OS family; taken from piped instances so no extra request is needed. Read from the service when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Linux", "Windows", IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>The instance's name, for the output; taken from piped instances.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Alias("DisplayName")]
    public string? ManagedInstanceName { get; set; }

    /// <summary>Only updates of these types: Security, Bug (or Bugfix), Enhancement, Other.</summary>
    [Parameter]
    [ValidateSet("Security", "Bug", "Bugfix", "Enhancement", "Other", IgnoreCase = true)]
    public string[]? UpdateType { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        RunForItem(ManagedInstanceId, async (queue, token) =>
        {
            var family = OsFamily;
            var name = ManagedInstanceName ?? ManagedInstanceId;
            if (family is null)
            {
                var instance = (await Service.GetManagedInstanceAsync(ManagedInstanceId, token).ConfigureAwait(false)).Value;
                family = instance.OsFamily ?? "LINUX";
                name = instance.DisplayName ?? name;
            }
            await foreach (var update in Service.ListAvailableUpdatesAsync(ManagedInstanceId, family, token).ConfigureAwait(false))
            {
                if (UpdateTypeNames.Matches(update.UpdateType, UpdateType))
                {
                    queue.WriteObject(new OsmAvailableUpdate(ManagedInstanceId, name, update));
                }
            }
        });
    }
}

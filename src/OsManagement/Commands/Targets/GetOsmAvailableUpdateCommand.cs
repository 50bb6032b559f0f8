using System;
using System.Collections.Generic;
using System.Linq;
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
    [ValidateOcid("instance", Command = typeof(GetOsmAvailableUpdateCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string ManagedInstanceId { get; set; } = "";

    /// <summary>The instance's OS family; taken from piped instances so no extra request is needed. Read from the service when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>An instance from Get-OsmManagedInstance: its name goes on each update, and its OS family needs no request.</summary>
    [Parameter(ValueFromPipeline = true)]
    public OsmManagedInstance? ManagedInstance { get; set; }

    /// <summary>Only updates of these types: Security, Bug (or Bugfix), Enhancement, Other.</summary>
    [Parameter]
    [ValidateSet(nameof(UpdateKind.Security), UpdateKinds.BugAlias, nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other), IgnoreCase = true)]
    public string[]? UpdateType { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var kinds = new HashSet<UpdateKind>((UpdateType ?? Array.Empty<string>()).Select(UpdateKinds.Parse));
        RunForItem(ManagedInstanceId, async (queue, token) =>
        {
            var piped = ManagedInstance?.Id == ManagedInstanceId ? ManagedInstance : null;
            var family = Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily ?? piped?.OsFamily);
            var name = piped?.DisplayName ?? ManagedInstanceId;
            if (family is null)
            {
                var instance = await Service.GetManagedInstanceAsync(ManagedInstanceId, token).ConfigureAwait(false);
                family = instance.OsFamily.Value ?? Oci.Engine.OsFamily.Linux;
                name = string.IsNullOrEmpty(instance.DisplayName) ? name : instance.DisplayName;
            }
            await foreach (var update in Service.ListAvailableUpdatesAsync(ManagedInstanceId, family.Value, token).ConfigureAwait(false))
            {
                if (kinds.Count == 0 || (update.Kind.Value is { } kind && kinds.Contains(kind)))
                {
                    queue.WriteObject(new OsmAvailableUpdate(ManagedInstanceId, name, update));
                }
            }
        });
    }
}

using System.Management.Automation;
using System.Threading.Tasks;

namespace OsManagement.Commands;

/// <summary>Get-OsmWorkRequestLog: what a work request logged, oldest first.</summary>
[Cmdlet(VerbsCommon.Get, "OsmWorkRequestLog")]
[OutputType(typeof(OsmWorkRequestLogEntry))]
public sealed class GetOsmWorkRequestLogCommand : OsmCmdlet
{
    /// <summary>The work request OCID (pipe in Get-OsmWorkRequest output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("workrequest", Command = typeof(GetOsmWorkRequestLogCommand))]
    public string Id { get; set; } = "";

    /// <inheritdoc />
    protected override void ProcessRecord() =>
        RunForItem(Id, async (queue, token) =>
        {
            await foreach (var entry in Service.ListWorkRequestLogsAsync(Id, token).ConfigureAwait(false))
            {
                queue.WriteObject(new OsmWorkRequestLogEntry(Id, entry));
            }
        });
}

using System.Management.Automation;
using System.Threading.Tasks;

namespace OsManagement.Commands;

/// <summary>Get-OsmWorkRequestError: the errors a work request reported (why it failed).</summary>
[Cmdlet(VerbsCommon.Get, "OsmWorkRequestError")]
[OutputType(typeof(OsmWorkRequestError))]
public sealed class GetOsmWorkRequestErrorCommand : OsmCmdlet
{
    /// <summary>The work request OCID (pipe in Get-OsmWorkRequest output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkRequestId")]
    [ValidateOcid("workrequest", Command = typeof(GetOsmWorkRequestErrorCommand))]
    public string Id { get; set; } = "";

    /// <inheritdoc />
    protected override void ProcessRecord() =>
        RunForItem(Id, async (queue, token) =>
        {
            await foreach (var error in Service.ListWorkRequestErrorsAsync(Id, token).ConfigureAwait(false))
            {
                queue.WriteObject(new OsmWorkRequestError(Id, error));
            }
        });
}

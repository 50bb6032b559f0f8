using System.Management.Automation;

namespace OsManagement.Commands;

/// <summary>Get-OsmContext: the session's current context (nothing when not connected).</summary>
[Cmdlet(VerbsCommon.Get, "OsmContext")]
[OutputType(typeof(OsmContext))]
public sealed class GetOsmContextCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var context = OsmSession.Current;
        if (context is not null)
        {
            WriteObject(context);
        }
    }
}

using System.Management.Automation;

namespace OsManagement.Commands;

/// <summary>Disconnect-Osm: forgets the session's context; the next cmdlet connects again with the defaults.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Osm")]
public sealed class DisconnectOsmCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing() => OsmSession.Set(null);
}

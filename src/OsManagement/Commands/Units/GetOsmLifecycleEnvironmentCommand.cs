using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmLifecycleEnvironment: lifecycle environments (OS Management Hub) by id or in a compartment, each read in full
/// with its stages in order and their members. On the retired service it is refused before any request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmLifecycleEnvironment", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmLifecycleEnvironment))]
public sealed class GetOsmLifecycleEnvironmentCommand : OsmUnitGetCmdlet<LifecycleEnvironmentRecord>
{
    /// <summary>The lifecycle environment OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("LifecycleEnvironmentId")]
    [ValidateOcid("lifecycleenvironment", Command = typeof(GetOsmLifecycleEnvironmentCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.LifecycleEnvironments;

    /// <inheritdoc />
    protected override IEnumerable<string> IdsGiven => Id;

    /// <inheritdoc />
    protected override IAsyncEnumerable<LifecycleEnvironmentRecord> List(IUnitService units, string compartmentId, CancellationToken cancellationToken) =>
        units.ListLifecycleEnvironmentsAsync(compartmentId, cancellationToken);

    /// <inheritdoc />
    protected override Task<LifecycleEnvironmentRecord> Read(IUnitService units, string id, CancellationToken cancellationToken) =>
        units.GetLifecycleEnvironmentAsync(id, cancellationToken);

    /// <inheritdoc />
    protected override (string Id, string Name) Identity(LifecycleEnvironmentRecord record) => (record.Id, record.DisplayName);

    /// <inheritdoc />
    protected override object Output(LifecycleEnvironmentRecord record) => new OsmLifecycleEnvironment(record);
}

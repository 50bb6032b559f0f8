using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmDynamicSet: dynamic sets (OS Management Hub) by id or in a compartment, with their matching rule; -Preview
/// writes the instances each set's rule matches now instead. Refused before any request on the retired service.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmDynamicSet", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmDynamicSet), typeof(OsmManagedInstance))]
public sealed class GetOsmDynamicSetCommand : OsmUnitGetCmdlet<DynamicSetRecord>
{
    /// <summary>The dynamic set OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DynamicSetId")]
    [ValidateOcid("dynamicset", Command = typeof(GetOsmDynamicSetCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Writes the instances each set's rule matches now (OsmManagedInstance objects) instead of the sets.</summary>
    [Parameter]
    public SwitchParameter Preview { get; set; }

    /// <inheritdoc />
    protected override ServiceFeature Feature => ServiceFeature.DynamicSets;

    /// <inheritdoc />
    protected override IEnumerable<string> IdsGiven => Id;

    /// <inheritdoc />
    protected override IAsyncEnumerable<DynamicSetRecord> List(IUnitService units, string compartmentId, CancellationToken cancellationToken) =>
        units.ListDynamicSetsAsync(compartmentId, cancellationToken);

    /// <inheritdoc />
    protected override Task<DynamicSetRecord> Read(IUnitService units, string id, CancellationToken cancellationToken) =>
        units.GetDynamicSetAsync(id, cancellationToken);

    /// <inheritdoc />
    protected override (string Id, string Name) Identity(DynamicSetRecord record) => (record.Id, record.DisplayName);

    /// <inheritdoc />
    protected override object Output(DynamicSetRecord record) => new OsmDynamicSet(record);

    /// <inheritdoc />
    /// <remarks>With -Preview, the set's members now.</remarks>
    protected override async Task WriteAsync(IUnitService units, Fetched<DynamicSetRecord> read, PipelineQueue queue, CancellationToken cancellationToken)
    {
        if (!Preview || !read.Succeeded)
        {
            await base.WriteAsync(units, read, queue, cancellationToken).ConfigureAwait(false);
            return;
        }
        await foreach (var member in units.ListDynamicSetMembersAsync(read.Value.Id, cancellationToken).ConfigureAwait(false))
        {
            queue.WriteObject(new OsmManagedInstance(member));
        }
    }
}

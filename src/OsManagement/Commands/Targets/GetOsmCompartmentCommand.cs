using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmCompartment: the ACTIVE compartments under a compartment (default: the tenancy), or its whole subtree,
/// breadth-first with siblings by name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmCompartment")]
[OutputType(typeof(OsmCompartment))]
public sealed class GetOsmCompartmentCommand : OsmCmdlet
{
    /// <summary>The compartment to list under (default: the tenancy).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmCompartmentCommand))]
    public string? CompartmentId { get; set; }

    /// <summary>Lists the whole subtree, not only the direct children.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only compartments whose name matches (wildcards allowed), as -DisplayName filters every Get-Osm* cmdlet; -Name still works.</summary>
    [Parameter]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many listings run at once when walking below a compartment other than the tenancy.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var parentId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        RunForItem(parentId, async (queue, token) =>
        {
            await foreach (var compartment in Service.ListCompartmentsAsync(parentId, Recurse, ThrottleLimit, token).ConfigureAwait(false))
            {
                if (pattern is null || pattern.IsMatch(compartment.Name))
                {
                    queue.WriteObject(new OsmCompartment(compartment));
                }
            }
        });
    }
}

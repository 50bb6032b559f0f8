using System;
using System.Collections.Generic;
using System.Management.Automation;
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
public sealed class GetOsmDynamicSetCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";
    private readonly List<string> _ids = new();

    /// <summary>The dynamic set OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("DynamicSetId")]
    [ValidateOcid("dynamicset", Command = typeof(GetOsmDynamicSetCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmDynamicSetCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the sets of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only sets whose name matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>Writes the instances each set's rule matches now (OsmManagedInstance objects) instead of the sets.</summary>
    [Parameter]
    public SwitchParameter Preview { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.DynamicSets), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            _ids.AddRange(Id);
            return;
        }
        var units = Service.Units();
        var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        RunForItem(compartmentId, async (queue, token) =>
        {
            var fanOut = new FanOut(ThrottleLimit);
            var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
            var sets = fanOut.ReadInScope(compartments, units.ListDynamicSetsAsync, s => pattern is null || pattern.IsMatch(s.DisplayName), s => s.Id,
                units.GetDynamicSetAsync, token);
            await foreach (var set in sets.ConfigureAwait(false))
            {
                await WriteAsync(units, set, queue, token).ConfigureAwait(false);
            }
        });
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            var units = Service.Units();
            RunAsync(async (queue, token) =>
            {
                await foreach (var set in new FanOut(ThrottleLimit).ReadEach(_ids, units.GetDynamicSetAsync, token).ConfigureAwait(false))
                {
                    await WriteAsync(units, set, queue, token).ConfigureAwait(false);
                }
            });
        }
    }

    // The set, or with -Preview its members now.
    private async Task WriteAsync(IUnitService units, Fetched<DynamicSetRecord> read, PipelineQueue queue, System.Threading.CancellationToken token)
    {
        if (!Preview || !read.Succeeded)
        {
            queue.Write(read, s => new OsmDynamicSet(s));
            return;
        }
        await foreach (var member in units.ListDynamicSetMembersAsync(read.Value.Id, token).ConfigureAwait(false))
        {
            queue.WriteObject(new OsmManagedInstance(member));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Get-OsmManagedInstanceGroup: managed instance groups by id or in a compartment, with their members.</summary>
[Cmdlet(VerbsCommon.Get, "OsmManagedInstanceGroup", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmManagedInstanceGroup))]
public sealed class GetOsmManagedInstanceGroupCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";

    /// <summary>The group OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceGroupId")]
    [ValidateOcid("managedinstancegroup")]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the groups of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only groups whose name matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            foreach (var id in Id)
            {
                RunForItem(id, async (queue, token) =>
                    queue.WriteObject(new OsmManagedInstanceGroup((await Service.GetManagedInstanceGroupAsync(id, token).ConfigureAwait(false)).Value)));
            }
            return;
        }

        var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        var identity = CurrentContext.Connection.Identity;
        RunForItem(compartmentId, async (queue, token) =>
        {
            var compartments = await CompartmentWalker.ScopeAsync(identity, compartmentId, Recurse, ThrottleLimit, token).ConfigureAwait(false);
            // Summaries carry no member list: each group is read in full. -DisplayName is matched here, not by the
            // service, whose displayName filter is exact and case-sensitive.
            var ids = compartments.SelectManyStream(c => Service.ListManagedInstanceGroupsAsync(c, null, token))
                .Filter(g => pattern is null || pattern.IsMatch(g.DisplayName ?? ""))
                .Map(g => g.Id!);
            await Throttled.ForEachAsync(ids, ThrottleLimit, async (id, t) =>
                queue.WriteObject(new OsmManagedInstanceGroup((await Service.GetManagedInstanceGroupAsync(id, t).ConfigureAwait(false)).Value)),
                (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)), token).ConfigureAwait(false);
        });
    }
}

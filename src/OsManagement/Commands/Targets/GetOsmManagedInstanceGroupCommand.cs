using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmManagedInstanceGroup: managed instance groups by id or in a compartment, with their members, each read in full
/// through the <see cref="FanOut"/> (in the ids' order, or scope order).
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmManagedInstanceGroup", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmManagedInstanceGroup))]
public sealed class GetOsmManagedInstanceGroupCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";
    private readonly List<string> _ids = new();
    private readonly List<string> _below = new();

    /// <summary>The group OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceGroupId")]
    [ValidateOcid("managedinstancegroup", Command = typeof(GetOsmManagedInstanceGroupCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmManagedInstanceGroupCommand))]
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
            // Read once the input is complete, so ids given and piped alike are read -ThrottleLimit at a time.
            _ids.AddRange(Id);
            return;
        }

        var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        RunForItem(compartmentId, async (queue, token) =>
        {
            var fanOut = new FanOut(ThrottleLimit);
            var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
            // Listed groups carry no member list: each is read in full. -DisplayName is matched here, not by the
            // service, whose displayName filter is exact and case-sensitive.
            var groups = fanOut.ReadInScope(compartments, Service.ListManagedInstanceGroupsAsync,
                g => pattern is null || pattern.IsMatch(g.DisplayName), g => g.Id, Service.GetManagedInstanceGroupAsync, token);
            var found = 0;
            await foreach (var group in groups.ConfigureAwait(false))
            {
                found += group.Succeeded ? 1 : 0;
                queue.Write(group, g => new OsmManagedInstanceGroup(g));
            }
            if (found == 0 && !Recurse)
            {
                // Nothing here: say so when the compartments below have what was asked for, as the console's list shows them.
                var below = await fanOut.CompartmentsAsync(Service, compartmentId, true, token).ConfigureAwait(false);
                await foreach (var group in fanOut.ListEach(below.Skip(1), Service.ListManagedInstanceGroupsAsync, token).ConfigureAwait(false))
                {
                    if (group.Succeeded && (pattern is null || pattern.IsMatch(group.Value.DisplayName)))
                    {
                        _below.Add(group.Value.DisplayName);
                    }
                }
            }
        });
        if (_below.Count > 0)
        {
            Warnings.Write(this, Messages.GroupsBelow(compartmentId == CurrentContext.TenancyId ? "the tenancy" : $"compartment {compartmentId}", _below));
            _below.Clear();
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            RunAsync(async (queue, token) =>
            {
                await foreach (var group in new FanOut(ThrottleLimit).ReadEach(_ids, Service.GetManagedInstanceGroupAsync, token).ConfigureAwait(false))
                {
                    queue.Write(group, g => new OsmManagedInstanceGroup(g));
                }
            });
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Get-OsmManagedInstance: managed instances by id, in a compartment (or its subtree), or in a group.</summary>
[Cmdlet(VerbsCommon.Get, "OsmManagedInstance", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmManagedInstance))]
public sealed class GetOsmManagedInstanceCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";
    private const string ByCompartmentObject = "ByCompartmentObject";
    private const string ByGroup = "ByGroup";
    private const string ByGroupObject = "ByGroupObject";
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>The managed instance OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceId")]
    [ValidateOcid("instance")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Compartments from Get-OsmCompartment.</summary>
    [Parameter(ParameterSetName = ByCompartmentObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmCompartment[] Compartment { get; set; } = Array.Empty<OsmCompartment>();

    /// <summary>Also lists every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [Parameter(ParameterSetName = ByCompartmentObject)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>The members of this managed instance group.</summary>
    [Parameter(ParameterSetName = ByGroup, Mandatory = true)]
    [ValidateOcid("managedinstancegroup")]
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ParameterSetName = ByGroupObject, Mandatory = true, ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>Only instances whose name matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [Parameter(ParameterSetName = ByCompartmentObject)]
    [Parameter(ParameterSetName = ByGroup)]
    [Parameter(ParameterSetName = ByGroupObject)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>Only Linux or only Windows instances.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [Parameter(ParameterSetName = ByCompartmentObject)]
    [Parameter(ParameterSetName = ByGroup)]
    [Parameter(ParameterSetName = ByGroupObject)]
    [ValidateSet("Linux", "Windows", IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 16;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case ById:
                foreach (var id in Id)
                {
                    RunForItem(id, async (queue, token) =>
                        queue.WriteObject(new OsmManagedInstance((await Service.GetManagedInstanceAsync(id, token).ConfigureAwait(false)).Value)));
                }
                break;
            case ByCompartment:
                ListCompartments(new[] { CompartmentId ?? CurrentContext.TenancyId });
                break;
            case ByCompartmentObject:
                ListCompartments(Compartment.Select(c => c.Id));
                break;
            case ByGroup:
                ListGroups(new[] { ManagedInstanceGroupId! });
                break;
            case ByGroupObject:
                ListGroups(ManagedInstanceGroup.Select(g => g.Id));
                break;
        }
    }

    private void ListCompartments(IEnumerable<string> compartmentIds)
    {
        var identity = CurrentContext.Connection.Identity;
        var family = OsFamily?.ToUpperInvariant();
        foreach (var compartmentId in compartmentIds)
        {
            RunForItem(compartmentId, async (queue, token) =>
            {
                var compartments = await CompartmentWalker.ScopeAsync(identity, compartmentId, Recurse, ThrottleLimit, token).ConfigureAwait(false);
                var ids = compartments
                    // -DisplayName is matched here, not by the service, whose displayName filter is exact and case-sensitive.
                    .SelectManyStream(c => Service.ListManagedInstancesAsync(c, null, family, token))
                    .Filter(s => Matches(s.DisplayName, s.OsFamily))
                    .Map(s => s.Id!);
                await WriteDetailsAsync(ids, queue, token).ConfigureAwait(false);
            });
        }
    }

    private void ListGroups(IEnumerable<string> groupIds)
    {
        foreach (var groupId in groupIds)
        {
            RunForItem(groupId, async (queue, token) =>
            {
                var group = (await Service.GetManagedInstanceGroupAsync(groupId, token).ConfigureAwait(false)).Value;
                var members = (group.ManagedInstances ?? new List<Oci.OsManagement.Models.NamedId>())
                    .Where(m => m.Id is not null && Matches(m.DisplayName, null))
                    .Select(m => m.Id!);
                await WriteDetailsAsync(members.AsStream(), queue, token).ConfigureAwait(false);
            });
        }
    }

    // Lists carry no OS details or per-type counts: each instance is read in full, concurrently, and written as it arrives.
    // An instance reached twice (two groups, or a compartment piped with its parent and -Recurse) is written once.
    private Task WriteDetailsAsync(IAsyncEnumerable<string> ids, PipelineQueue queue, CancellationToken token) =>
        Throttled.ForEachAsync(ids.Filter(FirstSeen), ThrottleLimit, async (id, t) =>
        {
            var instance = (await Service.GetManagedInstanceAsync(id, t).ConfigureAwait(false)).Value;
            if (OsFamily is null || string.Equals(instance.OsFamily, OsFamily, StringComparison.OrdinalIgnoreCase))
            {
                queue.WriteObject(new OsmManagedInstance(instance));
            }
        }, (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)), token);

    private bool FirstSeen(string id)
    {
        lock (_written)
        {
            return _written.Add(id);
        }
    }

    private WildcardPattern? _namePattern;

    private bool Matches(string? name, string? osFamily) =>
        (DisplayName is null || (_namePattern ??= new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase)).IsMatch(name ?? "")) &&
        (OsFamily is null || osFamily is null || string.Equals(osFamily, OsFamily, StringComparison.OrdinalIgnoreCase));
}

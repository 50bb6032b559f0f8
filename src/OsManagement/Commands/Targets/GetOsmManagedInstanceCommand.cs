using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmManagedInstance: managed instances by id, in a compartment (or its subtree), or in a group, each read in full
/// through the <see cref="FanOut"/> (in the ids' order, scope order, or the group's order).
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmManagedInstance", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmManagedInstance))]
public sealed class GetOsmManagedInstanceCommand : OsmRegionalCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";
    private const string ByCompartmentObject = "ByCompartmentObject";
    private const string ByGroup = "ByGroup";
    private const string ByGroupObject = "ByGroupObject";
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly List<string> _ids = new();

    /// <summary>The managed instance OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ManagedInstanceId")]
    [ValidateOcid("instance", Command = typeof(GetOsmManagedInstanceCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmManagedInstanceCommand))]
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
    [ValidateOcid("managedinstancegroup", Command = typeof(GetOsmManagedInstanceCommand))]
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
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 16;

    /// <inheritdoc />
    protected override int RegionThrottleLimit => ThrottleLimit;

    /// <inheritdoc />
    protected override string? ReadsOneResourceBy => ParameterSetName switch
    {
        ById => "-Id",
        ByGroup or ByGroupObject => "by group",
        _ => null,
    };

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case ById:
                // Read once the input is complete, so ids given and piped alike are read -ThrottleLimit at a time.
                _ids.AddRange(Id);
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

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            RunAsync((queue, token) => WriteAsync(new FanOut(ThrottleLimit).ReadEach(_ids, Service.GetManagedInstanceAsync, token), queue, token));
        }
    }

    private void ListCompartments(IEnumerable<string> compartmentIds)
    {
        var family = Family;
        foreach (var compartmentId in compartmentIds)
        {
            RunForItem(compartmentId, async (queue, token) =>
            {
                var fanOut = new FanOut(ThrottleLimit);
                var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
                // -DisplayName is matched here, not by the service, whose displayName filter is exact and case-sensitive.
                var instances = fanOut.ReadInScope(compartments, (c, t) => Service.ListManagedInstancesAsync(c, family, t),
                    s => Matches(s.DisplayName, s.OsFamily) && FirstSeen(s.Id), s => s.Id, Service.GetManagedInstanceAsync, token);
                await WriteAsync(instances, queue, token).ConfigureAwait(false);
            });
        }
    }

    private void ListGroups(IEnumerable<string> groupIds)
    {
        foreach (var groupId in groupIds)
        {
            RunForItem(groupId, async (queue, token) =>
            {
                var group = await Service.GetManagedInstanceGroupAsync(groupId, token).ConfigureAwait(false);
                var members = group.Members.Where(m => Matches(m.DisplayName, default) && FirstSeen(m.Id)).Select(m => m.Id).ToList();
                await WriteAsync(new FanOut(ThrottleLimit).ReadEach(members, Service.GetManagedInstanceAsync, token), queue, token).ConfigureAwait(false);
            });
        }
    }

    // Lists carry no OS details or per-kind counts: each instance was read in full. An instance reached twice (two
    // groups, or a compartment piped with its parent and -Recurse) was kept once, when first seen.
    private async Task WriteAsync(IAsyncEnumerable<Fetched<ManagedInstanceRecord>> instances, PipelineQueue queue, CancellationToken token)
    {
        await foreach (var instance in instances.WithCancellation(token).ConfigureAwait(false))
        {
            if (!instance.Succeeded || Family is null || instance.Value.OsFamily.Is(Family.Value))
            {
                queue.Write(instance, i => new OsmManagedInstance(i));
            }
        }
    }

    private Oci.Engine.OsFamily? Family => Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily);

    private bool FirstSeen(string id)
    {
        lock (_written)
        {
            return _written.Add(id);
        }
    }

    private WildcardPattern? _namePattern;

    // A name (null: not known) and a family (empty: not known) that pass -DisplayName and -OsFamily.
    private bool Matches(string? name, Reported<Oci.Engine.OsFamily> osFamily) =>
        (DisplayName is null || (_namePattern ??= new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase)).IsMatch(name ?? "")) &&
        (Family is null || osFamily.IsEmpty || osFamily.Is(Family.Value));
}

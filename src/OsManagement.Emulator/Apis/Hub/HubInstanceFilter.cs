namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// The managed-instance filters that listManagedInstances and summarizeManagedInstanceAnalytics share, read once so the
/// analytics counts are exactly what the instance list returns for the same filters.
/// </summary>
internal sealed class HubInstanceFilter
{
    private HashSet<string>? _scope;
    private DateTimeOffset _now;
    private List<string> _statuses = new();
    private List<Location> _locations = new();
    private List<Location> _locationsNot = new();
    private List<string> _families = new();
    private List<string> _names = new();
    private string? _nameContains;
    private string? _group;

    /// <param name="http">The request.</param>
    /// <param name="groupParameter">The group filter's name: <c>group</c> (the list) or <c>managedInstanceGroupId</c> (analytics).</param>
    /// <param name="allowSubtree">Whether <c>compartmentIdInSubtree</c> is read (analytics) or not (the list has none).</param>
    public static HubInstanceFilter Read(HttpContext http, string groupParameter, bool allowSubtree) => new()
    {
        CompartmentId = http.Query("compartmentId"),
        Subtree = allowSubtree && (http.BoolQuery("compartmentIdInSubtree") ?? false),
        _statuses = http.ManyOf("status", HubVocabulary.InstanceStatuses),
        _locations = http.ManyOf("location", HubVocabulary.Locations),
        _locationsNot = http.ManyOf("locationNotEqualTo", HubVocabulary.Locations),
        _families = http.ManyOf("osFamily", HubVocabulary.OsFamilies),
        _names = http.Many("displayName"),
        _nameContains = http.Query("displayNameContains"),
        _group = http.Query(groupParameter),
    };

    public string? CompartmentId { get; private init; }
    public bool Subtree { get; private init; }

    /// <summary>Resolves the compartment scope (404 for an unknown compartment) and takes the time statuses are judged at; call under the store's lock.</summary>
    public HubInstanceFilter Resolve(EmulatorStore store, DateTimeOffset now)
    {
        _now = now;
        _scope = HubScope.ListScope(store, CompartmentId, Subtree);
        if (_group is not null)
        {
            HubUnits.Group(store, _group);
        }
        return this;
    }

    public bool Matches(InstanceRecord i) =>
        Platform.Regions.RequestRegion.Sees(i.Region)
        && HubScope.In(_scope, i.CompartmentId)
        && (_statuses.Count == 0 || _statuses.Contains(HubVocabulary.StatusAt(i, _now)))
        && (_locations.Count == 0 || _locations.Contains(i.Location))
        && !_locationsNot.Contains(i.Location)
        && (_families.Count == 0 || _families.Contains("ALL") || _families.Contains(HubVocabulary.Releases[i.Os]))
        && (_names.Count == 0 || _names.Contains(i.DisplayName))
        && (_nameContains is null || i.DisplayName.Contains(_nameContains, StringComparison.OrdinalIgnoreCase))
        && (_group is null || i.ReleaseGroupId == _group);
}

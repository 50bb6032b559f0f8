namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's rules for the units a fleet is patched by, in one place: finding groups, lifecycle environments,
/// stages and dynamic sets; who may join a group or stage (one OS release, architecture and location; one group or stage
/// at a time); that a member's content is changed through its group or stage only; and who a dynamic set holds now.
/// Callers hold the store's lock.
/// </summary>
internal static class HubUnits
{
    // Each unit is found in its region only: another region's endpoint answers 404, as for an instance (Lookups.Instance).

    public static GroupRecord Group(EmulatorStore store, string id) =>
        store.ReleaseGroups.TryGetValue(id, out var group) && store.Serves(group.Region) ? group : throw OciException.NotFound($"Managed instance group {id}");

    public static LifecycleEnvironmentRecord Environment(EmulatorStore store, string id) =>
        Environments(store).FirstOrDefault(e => e.Id == id) ?? throw OciException.NotFound($"Lifecycle environment {id}");

    public static LifecycleStageRecord Stage(EmulatorStore store, string id) =>
        Stages(store).FirstOrDefault(s => s.Id == id) ?? throw OciException.NotFound($"Lifecycle stage {id}");

    public static DynamicSetRecord Set(EmulatorStore store, string id) =>
        Sets(store).FirstOrDefault(s => s.Id == id) ?? throw OciException.NotFound($"Dynamic set {id}");

    /// <summary>The groups of one release the request's region serves.</summary>
    public static IEnumerable<GroupRecord> Groups(EmulatorStore store) => store.Fleet.ReleaseGroups.Where(g => store.Serves(g.Region));

    /// <summary>The lifecycle environments the request's region serves.</summary>
    public static IEnumerable<LifecycleEnvironmentRecord> Environments(EmulatorStore store) => store.Fleet.LifecycleEnvironments.Where(e => store.Serves(e.Region));

    /// <summary>The stages of the environments the request's region serves.</summary>
    public static IEnumerable<LifecycleStageRecord> Stages(EmulatorStore store) => Environments(store).SelectMany(e => e.Stages);

    /// <summary>The dynamic sets the request's region serves.</summary>
    public static IEnumerable<DynamicSetRecord> Sets(EmulatorStore store) => store.Fleet.DynamicSets.Where(s => store.Serves(s.Region));

    public static LifecycleEnvironmentRecord EnvironmentOf(EmulatorStore store, LifecycleStageRecord stage) => Environment(store, stage.EnvironmentId);

    /// <summary>The stage an instance is attached to, if any.</summary>
    public static LifecycleStageRecord? StageOf(EmulatorStore store, InstanceRecord instance) =>
        instance.LifecycleStageId is null ? null : Stages(store).FirstOrDefault(s => s.Id == instance.LifecycleStageId);

    /// <summary>
    /// A reboot's timeout: 20 minutes by default, at least 5 and at most 240 (Rebooting Instances in a Lifecycle
    /// Environment); the same bounds for every reboot (assumption: Oracle states them on that page only). Null is the
    /// service's default.
    /// </summary>
    public static int? RebootTimeout(int? minutes) => minutes is < MinRebootMinutes or > MaxRebootMinutes
        ? throw OciException.Invalid($"rebootTimeoutInMins must be between {MinRebootMinutes} and {MaxRebootMinutes} minutes; got {minutes}.")
        : minutes;

    private const int MinRebootMinutes = 5;
    private const int MaxRebootMinutes = 240;

    public static IReadOnlyList<InstanceRecord> Members(EmulatorStore store, IEnumerable<string> ids) =>
        ids.Select(id => store.Instances.GetValueOrDefault(id)).OfType<InstanceRecord>().ToList();

    /// <summary>
    /// "If an instance is a member of a group or assigned to a lifecycle environment, you can't change its contents
    /// directly" (Updating an Instance; Installing Packages on an Instance): 409 naming the group or stage.
    /// </summary>
    public static void RefuseDirectChange(EmulatorStore store, InstanceRecord instance)
    {
        if (StageOf(store, instance) is { } stage)
        {
            throw new OciException(409, "Conflict",
                $"Managed instance {instance.DisplayName} is attached to lifecycle stage {stage.DisplayName} of {EnvironmentOf(store, stage).DisplayName}; its content is changed through the stage (promote content to it, or run a job on the stage), not directly.");
        }
        if (instance.ReleaseGroupId is { } groupId && store.ReleaseGroups.TryGetValue(groupId, out var group))
        {
            throw new OciException(409, "Conflict",
                $"Managed instance {instance.DisplayName} is a member of group {group.DisplayName}; its content is changed through the group, not directly.");
        }
    }

    /// <summary>
    /// Why an instance cannot join a group or stage of <paramref name="release"/>, <paramref name="architecture"/> and
    /// <paramref name="location"/>: the service lists only instances of the same OS version, architecture and location, and
    /// none already in a group or a lifecycle stage (Understanding Groups; Attaching an Instance to a Lifecycle Environment).
    /// </summary>
    public static void CheckJoin(EmulatorStore store, InstanceRecord instance, OsRelease release, string architecture, Location location, string unit)
    {
        if (instance.Os != release || !string.Equals(instance.Architecture, architecture, StringComparison.OrdinalIgnoreCase) || instance.Location != location)
        {
            throw OciException.Invalid(
                $"Managed instance {instance.DisplayName} ({HubVocabulary.Releases[instance.Os]}, {HubVocabulary.Arch(instance.Architecture)}, {HubVocabulary.Locations[instance.Location]}) cannot join {unit}: its instances run {HubVocabulary.Releases[release]} on {HubVocabulary.Arch(architecture)} at {HubVocabulary.Locations[location]}.");
        }
        if (StageOf(store, instance) is { } stage)
        {
            throw new OciException(409, "Conflict", $"Managed instance {instance.DisplayName} is already attached to lifecycle stage {stage.DisplayName}; detach it first.");
        }
        if (instance.ReleaseGroupId is { } groupId && store.ReleaseGroups.TryGetValue(groupId, out var group))
        {
            throw new OciException(409, "Conflict", $"Managed instance {instance.DisplayName} is already a member of group {group.DisplayName}; detach it first.");
        }
    }

    /// <summary>The instances a dynamic set holds at <paramref name="now"/>: of its compartments, matching its rule.</summary>
    public static IEnumerable<InstanceRecord> Members(EmulatorStore store, DynamicSetRecord set, DateTimeOffset now)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in set.Scopes)
        {
            scope.UnionWith(HubScope.Compartments(store, new[] { target.CompartmentId }, target.IncludesChildren));
        }
        // Of its own region only (assumption: a set is a regional resource, as every OS Management Hub resource with a regional OCID).
        return store.Fleet.Instances.Where(i => store.RegionOf(i.Region) == store.RegionOf(set.Region) && scope.Contains(i.CompartmentId) && Matches(set, i, store, now));
    }

    /// <summary>
    /// Whether an instance meets a set's rule: every criterion it gives (ALL) or one of them (ANY); a rule that gives none
    /// takes every instance of its compartments (assumption: the SDK does not say).
    /// </summary>
    public static bool Matches(DynamicSetRecord set, InstanceRecord i, EmulatorStore store, DateTimeOffset now)
    {
        var rule = set.Rule;
        var status = HubVocabulary.StatusAt(i, now);
        var criteria = new List<bool>();
        void Check<T>(List<T>? wanted, Func<List<T>, bool> matches)
        {
            if (wanted is not null)
            {
                criteria.Add(matches(wanted));
            }
        }
        Check(rule.Releases, r => r.Contains(i.Os));
        Check(rule.Families, f => f.Contains(i.Os.Family));
        Check(rule.Architectures, a => a.Contains(i.Architecture, StringComparer.OrdinalIgnoreCase));
        Check(rule.Statuses, s => s.Any(w => OsManagementWords.InstanceStatuses[w] == status));
        Check(rule.Locations, l => l.Contains(i.Location));
        Check(rule.DisplayNames, n => n.Contains(i.DisplayName));
        Check(rule.InstanceIds, n => n.Contains(i.Id));
        Check(rule.GroupIds, g => i.ReleaseGroupId is not null && g.Contains(i.ReleaseGroupId));
        if (rule.RebootRequired is { } reboot)
        {
            criteria.Add(i.IsRebootRequired == reboot);
        }
        return criteria.Count == 0 || (set.MatchesAll ? criteria.All(c => c) : criteria.Any(c => c));
    }
}

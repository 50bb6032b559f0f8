namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A version of content (in OS Management Hub, a versioned custom software source) that a lifecycle stage holds: every
/// update there is, or the updates of the named advisories and packages. A stage's members have available only the
/// updates their stage's content holds.
/// </summary>
internal sealed class ContentVersion
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Holds every update (a source that mirrors the vendor's).</summary>
    public bool HoldsEverything { get; init; }
    public HashSet<string> Advisories { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Packages { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>A snapshot of the vendor's content: every advisory issued by then, and every update that ships without one.</summary>
    public DateTimeOffset? Snapshot { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }

    /// <summary>Advisories it does not hold whatever else it says (a version made before they were issued).</summary>
    public HashSet<string> Lacks { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this content ships <paramref name="update"/>: all of it, by its snapshot date, its advisory or its package name.</summary>
    public bool Holds(PackageUpdate update) =>
        !(update.Erratum is { } lacking && Lacks.Contains(lacking.Name))
        && (HoldsEverything
            || (Snapshot is { } snapshot && (update.Erratum is null || update.Erratum.Issued <= snapshot))
            || (update.Erratum is { } erratum && Advisories.Contains(erratum.Name))
            || Packages.Contains(update.PackageName));
}

/// <summary>A lifecycle environment: stages by rank that content is promoted through, for instances of one release, architecture and location.</summary>
internal sealed class LifecycleEnvironmentRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; set; }
    public string Description { get; set; } = "";
    public required string CompartmentId { get; init; }
    public required OsRelease Release { get; init; }
    public string Architecture { get; init; } = "x86_64";
    public Location Location { get; init; } = Location.OciCompute;
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset TimeModified { get; set; }
    /// <summary>The region it and its stages live in, as a group's (<see cref="GroupRecord.Region"/>): its stages' members are that region's instances.</summary>
    public string Region { get; set; } = "";
    /// <summary>By rank, first (1) to last.</summary>
    public List<LifecycleStageRecord> Stages { get; } = new();
}

/// <summary>A stage of a lifecycle environment: the content it holds and its members.</summary>
internal sealed class LifecycleStageRecord
{
    public required string Id { get; init; }
    public required string EnvironmentId { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>1 for the first stage.</summary>
    public required int Rank { get; init; }
    public required string CompartmentId { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public DateTimeOffset TimeModified { get; set; }
    /// <summary>The content promoted to it; null before any was.</summary>
    public ContentVersion? Content { get; set; }
    public List<string> InstanceIds { get; } = new();
}

/// <summary>
/// What a stage's content means for its members, in one place: the updates it holds are available, the others are
/// withheld until content that holds them is promoted; an instance that leaves its stage has every update again.
/// </summary>
internal static class StageContent
{
    /// <summary>Sorts an instance's updates into available and withheld by <paramref name="content"/> (null: it holds nothing yet).</summary>
    public static void Apply(InstanceRecord instance, ContentVersion? content)
    {
        var all = instance.PackageUpdates.Concat(instance.WithheldUpdates).ToList();
        instance.PackageUpdates.Clear();
        instance.WithheldUpdates.Clear();
        foreach (var update in all)
        {
            (content is not null && content.Holds(update) ? instance.PackageUpdates : instance.WithheldUpdates).Add(update);
        }
    }

    /// <summary>Every update available again (the instance left its stage and uses its own sources).</summary>
    public static void Release(InstanceRecord instance)
    {
        instance.PackageUpdates.AddRange(instance.WithheldUpdates);
        instance.WithheldUpdates.Clear();
    }
}

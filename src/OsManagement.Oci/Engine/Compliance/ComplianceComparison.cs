using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>What became of one missing advisory on one instance between two reports.</summary>
public enum ComplianceChangeKind
{
    /// <summary>Missing in the later report, not in the earlier one.</summary>
    New,

    /// <summary>Missing in the earlier report, not in the later one (installed, or the instance is no longer in the report).</summary>
    Resolved,

    /// <summary>Missing in both.</summary>
    StillMissing,
}

/// <summary>One instance and advisory in a comparison of two reports.</summary>
public sealed class ComplianceChange
{
    internal ComplianceChange(ComplianceChangeKind kind, SnapshotInstance instance, MissingAdvisory advisory, bool instanceInBoth,
        DateTimeOffset? missingSince, int? daysMissing, int? ageDays)
    {
        Kind = kind;
        Instance = instance;
        Advisory = advisory;
        InstanceInBoth = instanceInBoth;
        MissingSince = missingSince;
        DaysMissing = daysMissing;
        AgeDays = ageDays;
    }

    /// <summary>New, resolved or still missing.</summary>
    public ComplianceChangeKind Kind { get; }

    /// <summary>The instance as the later report has it (as the earlier one has it when the later has no record of it).</summary>
    public SnapshotInstance Instance { get; }

    /// <summary>The advisory as the later report has it (as the earlier one has it when resolved).</summary>
    public MissingAdvisory Advisory { get; }

    /// <summary>Whether both reports have a record of the instance (false: it joined or left the report, or was not vulnerable in one of them).</summary>
    public bool InstanceInBoth { get; }

    /// <summary>Still missing: missing at least since the earlier report was made. Null otherwise.</summary>
    public DateTimeOffset? MissingSince { get; }

    /// <summary>Still missing: whole days from the earlier report to the later one (at least this long). Null otherwise.</summary>
    public int? DaysMissing { get; }

    /// <summary>New or still missing: the advisory's age in whole days when the later report was made; null when its issue date is not known.</summary>
    public int? AgeDays { get; }
}

/// <summary>
/// Two reports compared, per instance and advisory: what is new, resolved and still missing. The earlier report is the
/// reference, the later one the difference. Instances come in the later report's order, then those only the earlier one
/// has; each instance's advisories most severe and oldest first. When either report has no advisories (a file from
/// before they were reported), both are compared update by update.
/// </summary>
public sealed class ComplianceComparison
{
    private ComplianceComparison(ComplianceSnapshot reference, ComplianceSnapshot difference, bool byUpdate, IReadOnlyList<ComplianceChange> changes,
        int newlyVulnerable, int noLongerVulnerable)
    {
        Reference = reference;
        Difference = difference;
        ComparedByUpdate = byUpdate;
        Changes = changes;
        InstancesNewlyVulnerable = newlyVulnerable;
        InstancesNoLongerVulnerable = noLongerVulnerable;
    }

    /// <summary>The earlier report.</summary>
    public ComplianceSnapshot Reference { get; }

    /// <summary>The later report.</summary>
    public ComplianceSnapshot Difference { get; }

    /// <summary>Whether updates, not advisories, were compared (one of the reports had no advisories).</summary>
    public bool ComparedByUpdate { get; }

    /// <summary>Every change, in order.</summary>
    public IReadOnlyList<ComplianceChange> Changes { get; }

    /// <summary>Instances that miss something in the later report and missed nothing (or had no record) in the earlier.</summary>
    public int InstancesNewlyVulnerable { get; }

    /// <summary>Instances that missed something in the earlier report and miss nothing (or have no record) in the later.</summary>
    public int InstancesNoLongerVulnerable { get; }

    /// <summary>How many changes are of <paramref name="kind"/>.</summary>
    public int Count(ComplianceChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>Whether the reports say they cover different scopes (an instance outside one of them shows as new or resolved).</summary>
    public bool ScopesDiffer => Reference.Scope is not null && Difference.Scope is not null && !string.Equals(Reference.Scope, Difference.Scope, StringComparison.Ordinal);

    /// <summary>Whether the reference was made after the difference (the two given the other way round: new and resolved swap).</summary>
    public bool IsReversed => Reference.GeneratedAt is { } r && Difference.GeneratedAt is { } d && r > d;

    /// <summary>Compares an earlier report (<paramref name="reference"/>) with a later one (<paramref name="difference"/>).</summary>
    public static ComplianceComparison Compare(ComplianceSnapshot reference, ComplianceSnapshot difference)
    {
        var byUpdate = reference.Instances.Concat(difference.Instances).Any(i => i.Advisories is null);
        IList<MissingAdvisory> Missing(SnapshotInstance? i) => i is null ? Array.Empty<MissingAdvisory>() : byUpdate ? i.Updates : i.Advisories!;
        var (earlier, earlierOrder) = FirstById(reference);
        var (later, laterOrder) = FirstById(difference);
        var daysBetween = reference.GeneratedAt is { } from && difference.GeneratedAt is { } to ? ComplianceAssessment.AgeInDays(from, to) : (int?)null;
        int? Age(MissingAdvisory a) => a.Issued is { } issued && difference.GeneratedAt is { } at ? ComplianceAssessment.AgeInDays(issued, at) : null;

        var changes = new List<ComplianceChange>();
        var newlyVulnerable = 0;
        var noLongerVulnerable = 0;
        var ids = laterOrder.Concat(earlierOrder.Where(id => !later.ContainsKey(id))).ToList();
        foreach (var id in ids)
        {
            earlier.TryGetValue(id, out var before);
            later.TryGetValue(id, out var after);
            var inBoth = before is not null && after is not null;
            var wasMissing = Missing(before).GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var isMissing = Missing(after).GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            if (wasMissing.Count == 0 && isMissing.Count > 0)
            {
                newlyVulnerable++;
            }
            if (wasMissing.Count > 0 && isMissing.Count == 0)
            {
                noLongerVulnerable++;
            }
            var instance = after ?? before!;
            var advisories = ComplianceAssessment.InReadingOrder(isMissing.Values.Concat(wasMissing.Values.Where(a => !isMissing.ContainsKey(a.Name))));
            foreach (var advisory in advisories)
            {
                var now = isMissing.ContainsKey(advisory.Name);
                var then = wasMissing.ContainsKey(advisory.Name);
                changes.Add(now && then
                    ? new ComplianceChange(ComplianceChangeKind.StillMissing, instance, advisory, inBoth, reference.GeneratedAt, daysBetween, Age(advisory))
                    : now
                        ? new ComplianceChange(ComplianceChangeKind.New, instance, advisory, inBoth, null, null, Age(advisory))
                        : new ComplianceChange(ComplianceChangeKind.Resolved, instance, advisory, inBoth, null, null, null));
            }
        }
        return new ComplianceComparison(reference, difference, byUpdate, changes, newlyVulnerable, noLongerVulnerable);
    }

    // The first record of each instance, in the report's order (a record piped twice counts once).
    private static (Dictionary<string, SnapshotInstance> ById, List<string> Order) FirstById(ComplianceSnapshot snapshot)
    {
        var byId = new Dictionary<string, SnapshotInstance>(StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (var instance in snapshot.Instances)
        {
            if (!byId.ContainsKey(instance.Id))
            {
                byId[instance.Id] = instance;
                ordered.Add(instance.Id);
            }
        }
        return (byId, ordered);
    }
}

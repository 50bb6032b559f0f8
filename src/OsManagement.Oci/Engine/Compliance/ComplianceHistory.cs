using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// When earlier reports first saw each advisory missing on each instance: the date an unrated advisory's SLA counts from
/// (the service gives it no issue date). A report's own first-seen dates (written by Export-OsmComplianceReport) carry
/// forward, so the latest kept report is history enough; an older report without them counts from when it was made.
/// </summary>
public sealed class ComplianceHistory
{
    private readonly Dictionary<string, DateTimeOffset> _firstSeen;

    private ComplianceHistory(Dictionary<string, DateTimeOffset> firstSeen, int reports)
    {
        _firstSeen = firstSeen;
        Reports = reports;
    }

    /// <summary>How many reports it was read from.</summary>
    public int Reports { get; }

    /// <summary>The history of <paramref name="snapshots"/>: per instance and advisory, the earliest moment any of them saw it missing.</summary>
    public static ComplianceHistory From(IEnumerable<ComplianceSnapshot> snapshots)
    {
        var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var reports = 0;
        foreach (var snapshot in snapshots)
        {
            reports++;
            foreach (var instance in snapshot.Instances)
            {
                foreach (var advisory in (instance.Advisories ?? instance.Updates).Where(a => a.Name.Length > 0))
                {
                    if ((advisory.FirstSeen ?? snapshot.GeneratedAt) is not { } seen)
                    {
                        continue;
                    }
                    var key = Key(instance.Id, advisory.Name);
                    if (!firstSeen.TryGetValue(key, out var known) || seen < known)
                    {
                        firstSeen[key] = seen;
                    }
                }
            }
        }
        return new ComplianceHistory(firstSeen, reports);
    }

    /// <summary>When a report first saw <paramref name="advisoryName"/> missing on <paramref name="instanceId"/>; null when none did.</summary>
    public DateTimeOffset? FirstSeen(string instanceId, string advisoryName) =>
        _firstSeen.TryGetValue(Key(instanceId, advisoryName), out var seen) ? seen : null;

    private static string Key(string instanceId, string advisoryName) => instanceId + "\n" + advisoryName;
}

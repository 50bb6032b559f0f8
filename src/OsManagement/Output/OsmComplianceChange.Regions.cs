using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

// A comparison of reports read in several regions: each change says its instance's region, and the counts per region.
public sealed partial class OsmComplianceChange
{
    /// <summary>The region its instance was read in (reports of several regions); empty when the report did not say.</summary>
    public string? Region { get; }
}

public sealed partial class OsmComplianceComparison
{
    /// <summary>Of reports that name several regions: new, resolved and still missing per region (the totals above are theirs together); else empty.</summary>
    public OsmList<OsmComplianceRegionChangeCount> ByRegion { get; }
}

/// <summary>How many changes of each kind one region had between two reports.</summary>
public sealed class OsmComplianceRegionChangeCount
{
    private OsmComplianceRegionChangeCount(string region, IReadOnlyCollection<ComplianceChange> changes)
    {
        Region = region;
        New = changes.Count(c => c.Kind == ComplianceChangeKind.New);
        Resolved = changes.Count(c => c.Kind == ComplianceChangeKind.Resolved);
        StillMissing = changes.Count(c => c.Kind == ComplianceChangeKind.StillMissing);
    }

    /// <summary>Each region the two reports name, by name, when they name more than one.</summary>
    internal static OsmList<OsmComplianceRegionChangeCount> Of(ComplianceComparison comparison)
    {
        var regions = comparison.Changes.GroupBy(c => c.Instance.Region ?? "").Where(g => g.Key.Length > 0).OrderBy(g => g.Key).ToList();
        return regions.Count < 2 ? OsmList<OsmComplianceRegionChangeCount>.Empty
            : OsmList<OsmComplianceRegionChangeCount>.From(regions.Select(g => new OsmComplianceRegionChangeCount(g.Key, g.ToList())));
    }

    /// <summary>The region, e.g. eu-frankfurt-1.</summary>
    public string Region { get; }
    public int New { get; }
    public int Resolved { get; }
    public int StillMissing { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Region}: +{New} -{Resolved} ={StillMissing}";
}

using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

// The summary of a report read in several regions: the tenancy's total, with each region's own summary in ByRegion.
public sealed partial class OsmComplianceSummary
{
    /// <summary>The region summarised; of several regions, their names ("us-ashburn-1, eu-frankfurt-1"), with each one in <see cref="ByRegion"/>.</summary>
    public string? Region { get; internal set; }

    /// <summary>Of several regions: each region's summary, in the order read (empty for one region). The totals above are theirs together.</summary>
    public OsmList<OsmComplianceSummary> ByRegion { get; internal set; } = OsmList<OsmComplianceSummary>.Empty;
}

/// <summary>Builds the summary of several regions: one per region read, and their total.</summary>
internal static class RegionSummaries
{
    /// <summary>
    /// The total over the regions read (a region that failed is not in it, and its error said so), carrying each region's
    /// summary; <paramref name="vulnerable"/> are every region's records, each with its region.
    /// </summary>
    public static OsmComplianceSummary Of(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> types, IReadOnlyList<string> regions,
        IReadOnlyDictionary<string, ComplianceTotals> byRegion, IReadOnlyCollection<OsmComplianceRecord> vulnerable)
    {
        var read = regions.Where(byRegion.ContainsKey).ToList();
        var each = read.Select(region => new OsmComplianceSummary(report, types, byRegion[region], vulnerable.Where(r => r.Region == region).ToList())
        {
            Region = region,
        }).ToList();
        var total = RegionTotals.Combine(read.Select(r => byRegion[r])) ?? new ComplianceTotals(0, 0, 0, new ComplianceTally(), System.DateTimeOffset.UtcNow);
        return new OsmComplianceSummary(report, types, total, vulnerable)
        {
            Region = string.Join(", ", read),
            ByRegion = OsmList<OsmComplianceSummary>.From(each),
        };
    }

    /// <summary>The same from Hub's analytics: each region's counts, and their total.</summary>
    public static OsmComplianceSummary Of(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> types, IReadOnlyList<string> regions,
        IReadOnlyDictionary<string, ComplianceAnalyticsCounts> byRegion)
    {
        var read = regions.Where(byRegion.ContainsKey).ToList();
        var each = read.Select(region => new OsmComplianceSummary(report, types, byRegion[region]) { Region = region }).ToList();
        return new OsmComplianceSummary(report, types, ComplianceAnalyticsCounts.Combine(read.Select(r => byRegion[r])))
        {
            Region = string.Join(", ", read),
            ByRegion = OsmList<OsmComplianceSummary>.From(each),
        };
    }
}

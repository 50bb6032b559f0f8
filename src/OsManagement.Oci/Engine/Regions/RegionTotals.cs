using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>A compliance report read in several regions: each region's totals, and the tenancy's.</summary>
public static class RegionTotals
{
    /// <summary>
    /// The totals of every region together: instances, unscanned instances and unread compartments summed, the counts
    /// merged (<see cref="ComplianceTally.Include"/>), judged as of the earliest region's moment. Null when there are none.
    /// </summary>
    public static ComplianceTotals? Combine(IEnumerable<ComplianceTotals> regions)
    {
        var all = regions.ToList();
        if (all.Count == 0)
        {
            return null;
        }
        var tally = new ComplianceTally();
        foreach (var region in all)
        {
            tally.Include(region.Tally);
        }
        return new ComplianceTotals(all.Sum(r => r.Instances), all.Sum(r => r.UnscannedInstances), all.Sum(r => r.UnreadCompartments), tally,
            all.Min(r => r.AsOf));
    }
}

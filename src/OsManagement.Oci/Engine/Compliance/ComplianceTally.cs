using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The counts of a report's summary, over every instance scanned (reported or not): vulnerable, compliant and stale
/// instances, and per severity the instances whose highest missing severity it is, the advisories missed and the SLA
/// breaches. A stale instance is counted apart, and never as compliant.
/// </summary>
public sealed class ComplianceTally
{
    private readonly Dictionary<AdvisorySeverity, SeverityTally> _bySeverity =
        ((AdvisorySeverity[])Enum.GetValues(typeof(AdvisorySeverity))).ToDictionary(s => s, s => new SeverityTally(s));

    /// <summary>Instances assessed.</summary>
    public int Instances { get; private set; }

    /// <summary>Instances that miss something (stale ones included: what they are known to miss, they miss).</summary>
    public int Vulnerable { get; private set; }

    /// <summary>Instances that miss nothing and are not stale.</summary>
    public int Compliant { get; private set; }

    /// <summary>Stale instances, vulnerable or not.</summary>
    public int Stale { get; private set; }

    /// <summary>Instances whose agent is Inactive (no check-in for 30 minutes, not yet a day): counted as any other, not stale.</summary>
    public int Inactive { get; private set; }

    /// <summary>Stale instances that miss nothing as far as the service knows: neither vulnerable nor compliant.</summary>
    public int StaleWithNothingMissing { get; private set; }

    /// <summary>Instances past the SLA of any severity.</summary>
    public int SlaBreached { get; private set; }

    /// <summary>Vulnerable instances that miss no rated advisory (Windows updates; everything on the retired service).</summary>
    public int VulnerableUnrated { get; private set; }

    /// <summary>Whether severity was known for every instance counted (false when none was counted).</summary>
    public bool SeverityKnown { get; private set; }

    /// <summary>The counts of each severity, most severe first.</summary>
    public IReadOnlyList<SeverityTally> BySeverity => _bySeverity.Values.OrderByDescending(t => t.Severity).ToList();

    /// <summary>Counts one instance.</summary>
    public void Add(ComplianceAssessment assessment, IReadOnlyCollection<MissingAdvisory> missing)
    {
        SeverityKnown = Instances == 0 ? assessment.SeverityKnown : SeverityKnown && assessment.SeverityKnown;
        Instances++;
        if (assessment.IsVulnerable)
        {
            Vulnerable++;
        }
        if (assessment.IsCompliant)
        {
            Compliant++;
        }
        if (assessment.IsStale)
        {
            Stale++;
            if (!assessment.IsVulnerable)
            {
                StaleWithNothingMissing++;
            }
        }
        if (assessment.IsInactive)
        {
            Inactive++;
        }
        if (assessment.IsSlaBreached == true)
        {
            SlaBreached++;
        }
        if (assessment.IsVulnerable && assessment.HighestSeverity is null)
        {
            VulnerableUnrated++;
        }
        if (assessment.HighestSeverity is { } highest)
        {
            _bySeverity[highest].InstancesAtHighest++;
        }
        foreach (var group in missing.Where(a => a.Severity is not null).GroupBy(a => a.Severity!.Value))
        {
            _bySeverity[group.Key].Instances++;
            _bySeverity[group.Key].Advisories += group.Count();
        }
        foreach (var breach in assessment.Breaches)
        {
            _bySeverity[breach.Severity].SlaBreaches++;
        }
    }

    /// <summary>
    /// Adds another scan's counts (another region's): the tenancy's total. A count added to this class is added here too
    /// (RegionTotalsTests compares a merge with one tally of every instance).
    /// </summary>
    public void Include(ComplianceTally other)
    {
        if (other.Instances == 0)
        {
            return;
        }
        SeverityKnown = Instances == 0 ? other.SeverityKnown : SeverityKnown && other.SeverityKnown;
        Instances += other.Instances;
        Vulnerable += other.Vulnerable;
        Compliant += other.Compliant;
        Stale += other.Stale;
        Inactive += other.Inactive;
        StaleWithNothingMissing += other.StaleWithNothingMissing;
        SlaBreached += other.SlaBreached;
        VulnerableUnrated += other.VulnerableUnrated;
        foreach (var theirs in other._bySeverity.Values)
        {
            var mine = _bySeverity[theirs.Severity];
            mine.InstancesAtHighest += theirs.InstancesAtHighest;
            mine.Instances += theirs.Instances;
            mine.Advisories += theirs.Advisories;
            mine.SlaBreaches += theirs.SlaBreaches;
        }
    }
}

/// <summary>The counts of one severity over a report.</summary>
public sealed class SeverityTally
{
    internal SeverityTally(AdvisorySeverity severity) => Severity = severity;

    /// <summary>The severity.</summary>
    public AdvisorySeverity Severity { get; }

    /// <summary>Instances whose most severe missing advisory is of this severity.</summary>
    public int InstancesAtHighest { get; internal set; }

    /// <summary>Instances that miss at least one advisory of this severity.</summary>
    public int Instances { get; internal set; }

    /// <summary>Advisories of this severity missed, summed over instances.</summary>
    public int Advisories { get; internal set; }

    /// <summary>Instances past this severity's SLA.</summary>
    public int SlaBreaches { get; internal set; }
}

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

    /// <summary>Instances the service says must restart for installed updates to take effect, vulnerable or not.</summary>
    public int RebootRequired { get; private set; }

    /// <summary>Instances that miss at least one unrated advisory (whatever else they miss).</summary>
    public int InstancesMissingUnrated { get; private set; }

    /// <summary>Unrated advisories missed, summed over instances.</summary>
    public int UnratedAdvisoriesMissing { get; private set; }

    /// <summary>Instances past the SLA of unrated advisories (only when the policy gives them one).</summary>
    public int InstancesPastUnratedSla { get; private set; }

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
        if (assessment.IsRebootRequired)
        {
            RebootRequired++;
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
            _bySeverity[highest].InstancesByHighestSeverity++;
        }
        foreach (var group in missing.Where(a => a.Severity is not null).GroupBy(a => a.Severity!.Value))
        {
            _bySeverity[group.Key].InstancesMissing++;
            _bySeverity[group.Key].AdvisoriesMissing += group.Count();
        }
        foreach (var breach in assessment.Breaches)
        {
            if (breach.Severity is { } severity)
            {
                _bySeverity[severity].InstancesPastSla++;
            }
            else
            {
                InstancesPastUnratedSla++;
            }
        }
        if (assessment.SeverityKnown && missing.Count(a => a.Severity is null) is var unrated && unrated > 0)
        {
            InstancesMissingUnrated++;
            UnratedAdvisoriesMissing += unrated;
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
        RebootRequired += other.RebootRequired;
        InstancesMissingUnrated += other.InstancesMissingUnrated;
        UnratedAdvisoriesMissing += other.UnratedAdvisoriesMissing;
        InstancesPastUnratedSla += other.InstancesPastUnratedSla;
        foreach (var theirs in other._bySeverity.Values)
        {
            var mine = _bySeverity[theirs.Severity];
            mine.InstancesByHighestSeverity += theirs.InstancesByHighestSeverity;
            mine.InstancesMissing += theirs.InstancesMissing;
            mine.AdvisoriesMissing += theirs.AdvisoriesMissing;
            mine.InstancesPastSla += theirs.InstancesPastSla;
        }
    }
}

/// <summary>
/// The counts of one severity over a report. Two kinds of instance count sit side by side and must not be mixed up: by
/// highest severity (each vulnerable instance once, under its most severe advisory: these add up to the rated vulnerable
/// instances) and missing this severity at all (an instance counts under every severity it misses; the SLA breaches are
/// a part of these).
/// </summary>
public sealed class SeverityTally
{
    internal SeverityTally(AdvisorySeverity severity) => Severity = severity;

    /// <summary>The severity.</summary>
    public AdvisorySeverity Severity { get; }

    /// <summary>Instances whose most severe missing advisory is of this severity.</summary>
    public int InstancesByHighestSeverity { get; internal set; }

    /// <summary>Instances that miss at least one advisory of this severity, whatever else they miss.</summary>
    public int InstancesMissing { get; internal set; }

    /// <summary>Instances past this severity's SLA (a part of <see cref="InstancesMissing"/>, not of <see cref="InstancesByHighestSeverity"/>).</summary>
    public int InstancesPastSla { get; internal set; }

    /// <summary>Advisories of this severity missed, summed over instances.</summary>
    public int AdvisoriesMissing { get; internal set; }
}

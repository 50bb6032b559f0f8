using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// One instance and advisory in a comparison of two compliance reports (Compare-OsmComplianceReport): New (missing now,
/// not before), Resolved (missing before, not now) or StillMissing (in both, with since when).
/// </summary>
public sealed partial class OsmComplianceChange
{
    internal OsmComplianceChange(ComplianceChange change)
    {
        var i = change.Instance;
        var a = change.Advisory;
        Change = change.Kind.ToString();
        DisplayName = i.DisplayName;
        Id = i.Id;
        CompartmentName = i.CompartmentName;
        Advisory = a.Name;
        Title = a.Title;
        IsErratum = a.IsErratum;
        UpdateType = OutputText.Classification(a.Kind);
        Severity = a.Severity is { } s ? OutputText.Upper(s) : null;
        Issued = OsmTime.Local(a.Issued);
        AgeDays = change.AgeDays;
        Cves = OsmList<string>.From(a.Cves);
        Updates = OsmList<string>.From(a.Updates);
        MissingSince = OsmTime.Local(change.MissingSince);
        DaysMissing = change.DaysMissing;
        InstanceInBoth = change.InstanceInBoth;
        IsStale = i.IsStale;
        Region = i.Region;
    }

    /// <summary>New, Resolved or StillMissing.</summary>
    public string Change { get; }

    /// <summary>The instance's display name.</summary>
    public string DisplayName { get; }

    /// <summary>The managed instance OCID.</summary>
    public string Id { get; }

    /// <summary>The compartment it was reported in.</summary>
    public string? CompartmentName { get; }

    /// <summary>The advisory's name (an erratum, or an update that belongs to none; an update's name when a report had no advisories).</summary>
    public string Advisory { get; }

    /// <summary>What people read, when the report gave it (a lone update's title).</summary>
    public string? Title { get; }

    /// <summary>True for an erratum, false for an update that belongs to none (or an update, when a report had no advisories).</summary>
    public bool IsErratum { get; }

    /// <summary>SECURITY, BUG, ENHANCEMENT or OTHER.</summary>
    public string UpdateType { get; }

    /// <summary>CRITICAL, IMPORTANT, MODERATE or LOW; empty when not rated or not known.</summary>
    public string? Severity { get; }

    /// <summary>When the advisory was issued (local time), when known.</summary>
    public DateTime? Issued { get; }

    /// <summary>New and StillMissing: the advisory's age in whole days at the later report, when its issue date is known.</summary>
    public int? AgeDays { get; }

    /// <summary>The CVEs it fixes.</summary>
    public OsmList<string> Cves { get; }

    /// <summary>The missing updates it covers.</summary>
    public OsmList<string> Updates { get; }

    /// <summary>StillMissing: missing at least since the earlier report was made (local time).</summary>
    public DateTime? MissingSince { get; }

    /// <summary>StillMissing: whole days from the earlier report to the later one, at least this long.</summary>
    public int? DaysMissing { get; }

    /// <summary>Whether both reports have a record of the instance. False for a Resolved change means the later report has none: patched, or out of its scope (compare reports made with -IncludeCompliant to tell).</summary>
    public bool InstanceInBoth { get; }

    /// <summary>Whether the instance was stale in the report it is taken from (the later one when it is in both).</summary>
    public bool IsStale { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Change}: {DisplayName} {Advisory}";
}

/// <summary>The totals of a comparison of two compliance reports.</summary>
public sealed partial class OsmComplianceComparison
{
    internal OsmComplianceComparison(ComplianceComparison comparison)
    {
        ReferenceGeneratedAt = OsmTime.Local(comparison.Reference.GeneratedAt);
        DifferenceGeneratedAt = OsmTime.Local(comparison.Difference.GeneratedAt);
        DaysBetween = comparison.Reference.GeneratedAt is { } from && comparison.Difference.GeneratedAt is { } to ? ComplianceAssessment.AgeInDays(from, to) : null;
        ReferenceScope = comparison.Reference.Scope;
        DifferenceScope = comparison.Difference.Scope;
        ReferenceService = comparison.Reference.Service;
        DifferenceService = comparison.Difference.Service;
        ComparedBy = comparison.ComparedByUpdate ? "Update" : "Advisory";
        New = comparison.Count(ComplianceChangeKind.New);
        Resolved = comparison.Count(ComplianceChangeKind.Resolved);
        StillMissing = comparison.Count(ComplianceChangeKind.StillMissing);
        InstancesNewlyVulnerable = comparison.InstancesNewlyVulnerable;
        InstancesNoLongerVulnerable = comparison.InstancesNoLongerVulnerable;
        var severities = ((AdvisorySeverity[])Enum.GetValues(typeof(AdvisorySeverity))).OrderByDescending(s => s).Select(s => (AdvisorySeverity?)s).Append(null);
        BySeverity = OsmList<OsmComplianceChangeCount>.From(severities.Select(s => new OsmComplianceChangeCount(s, comparison.Changes.Where(c => c.Advisory.Severity == s).ToList())));
        ByRegion = OsmComplianceRegionChangeCount.Of(comparison);
    }

    /// <summary>When the earlier report was made (local time).</summary>
    public DateTime? ReferenceGeneratedAt { get; }

    /// <summary>When the later report was made (local time).</summary>
    public DateTime? DifferenceGeneratedAt { get; }

    /// <summary>Whole days between the two.</summary>
    public int? DaysBetween { get; }

    /// <summary>What the earlier report covered.</summary>
    public string? ReferenceScope { get; }

    /// <summary>What the later report covered.</summary>
    public string? DifferenceScope { get; }

    /// <summary>The service that answered the earlier report.</summary>
    public string? ReferenceService { get; }

    /// <summary>The service that answered the later report.</summary>
    public string? DifferenceService { get; }

    /// <summary>Advisory, or Update when one of the reports had no advisories (a file written by an earlier version of the module).</summary>
    public string ComparedBy { get; }

    /// <summary>Instance and advisory pairs missing now and not before.</summary>
    public int New { get; }

    /// <summary>Pairs missing before and not now.</summary>
    public int Resolved { get; }

    /// <summary>Pairs missing in both.</summary>
    public int StillMissing { get; }

    /// <summary>Instances that miss something now and missed nothing (or had no record) before.</summary>
    public int InstancesNewlyVulnerable { get; }

    /// <summary>Instances that missed something before and miss nothing (or have no record) now.</summary>
    public int InstancesNoLongerVulnerable { get; }

    /// <summary>New, resolved and still missing per severity, most severe first, then the advisories no severity rates.</summary>
    public OsmList<OsmComplianceChangeCount> BySeverity { get; }

    /// <summary>The comparison in one sentence.</summary>
    public string Message
    {
        get
        {
            var span = ReferenceGeneratedAt is { } from && DifferenceGeneratedAt is { } to
                ? $"Between {from.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} and {to.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({DaysBetween} day{(DaysBetween == 1 ? "" : "s")})"
                : "Between the two reports";
            var what = ComparedBy == "Update" ? "update" : "advisory";
            return $"{span}: {New} {(New == 1 ? what : what == "update" ? "updates" : "advisories")} {(New == 1 ? "is" : "are")} newly missing, {Resolved} resolved and {StillMissing} still missing; " +
                $"{InstancesNewlyVulnerable} instance{(InstancesNewlyVulnerable == 1 ? "" : "s")} newly vulnerable, {InstancesNoLongerVulnerable} no longer.";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>New, resolved and still missing pairs of one severity in a comparison.</summary>
public sealed class OsmComplianceChangeCount
{
    internal OsmComplianceChangeCount(AdvisorySeverity? severity, IReadOnlyCollection<ComplianceChange> changes)
    {
        Severity = severity is { } s ? OutputText.Upper(s) : "UNRATED";
        New = changes.Count(c => c.Kind == ComplianceChangeKind.New);
        Resolved = changes.Count(c => c.Kind == ComplianceChangeKind.Resolved);
        StillMissing = changes.Count(c => c.Kind == ComplianceChangeKind.StillMissing);
    }

    /// <summary>CRITICAL, IMPORTANT, MODERATE, LOW, or UNRATED for what no severity rates.</summary>
    public string Severity { get; }
    public int New { get; }
    public int Resolved { get; }
    public int StillMissing { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity}: +{New} -{Resolved} ={StillMissing}";
}

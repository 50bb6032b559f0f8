using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// The compliance report's overview: out of how many managed instances how many miss updates, by compartment, by OS
/// and by severity, how many are past their SLA, and how many are stale (counted apart, never as compliant).
/// </summary>
public sealed partial class OsmComplianceSummary
{
    internal OsmComplianceSummary(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> updateKinds, ComplianceTotals totals,
        IReadOnlyCollection<OsmComplianceRecord> vulnerable)
    {
        var tally = totals.Tally;
        var severityKnown = report.SeverityKnown;
        var sla = report.Sla;
        var minimumSeverity = report.MinimumSeverity;
        Scope = report.Scope;
        Service = report.Service;
        UpdateTypes = OsmList<string>.From(updateKinds.Select(OutputText.Classification));
        _securityOnly = updateKinds.Count == 1 && updateKinds.Contains(UpdateKind.Security);
        MinimumSeverity = minimumSeverity is { } minimum ? OutputText.Upper(minimum) : null;
        TotalInstances = totals.Instances;
        VulnerableInstances = vulnerable.Count;
        UnscannedInstances = totals.UnscannedInstances;
        UnreadCompartments = totals.UnreadCompartments;
        CompliantInstances = tally.Compliant;
        StaleInstances = tally.Stale;
        InactiveInstances = tally.Inactive;
        SeverityKnown = severityKnown;
        SlaBreachedInstances = severityKnown ? tally.SlaBreached : null;
        SlaDays = sla.ToString();
        BySeverity = OsmList<OsmComplianceSeverityCount>.From(severityKnown
            ? tally.BySeverity.Select(t => new OsmComplianceSeverityCount(t, sla.DaysFor(t.Severity)))
            : Enumerable.Empty<OsmComplianceSeverityCount>());
        MissingUpdates = vulnerable.Sum(r => r.MissingUpdateCount);
        Cves = OsmList<string>.From(vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal));
        ByCompartment = OsmList<OsmComplianceCount>.From(vulnerable
            .GroupBy(r => string.IsNullOrEmpty(r.CompartmentName) ? r.CompartmentId : r.CompartmentName)
            .Select(g => new OsmComplianceCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Vulnerable).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase));
        ByOs = OsmList<OsmComplianceCount>.From(vulnerable
            .GroupBy(r => string.Join(" ", new[] { r.OsName ?? r.OsFamily, r.OsVersion }.Where(s => !string.IsNullOrEmpty(s))))
            .Select(g => new OsmComplianceCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Vulnerable).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase));
        GeneratedAt = totals.AsOf.LocalDateTime;
    }

    private readonly bool _securityOnly;

    /// <summary>What was scanned: a compartment (and its subtree) or a group.</summary>
    public string Scope { get; }

    /// <summary>The service that answered.</summary>
    public string Service { get; }

    /// <summary>The update types that count as missing.</summary>
    public OsmList<string> UpdateTypes { get; }

    /// <summary>With -MinimumSeverity, the least severe advisories that count (CRITICAL, IMPORTANT, MODERATE or LOW).</summary>
    public string? MinimumSeverity { get; }
    public int TotalInstances { get; }

    /// <summary>Instances that miss updates (stale ones included).</summary>
    public int VulnerableInstances { get; }

    /// <summary>Instances that miss nothing and are not stale.</summary>
    public int CompliantInstances { get; }

    /// <summary>Instances whose agent is unreachable or has not checked in for a day, vulnerable or not: never counted compliant.</summary>
    public int StaleInstances { get; }

    /// <summary>
    /// Instances whose agent is Inactive (OS Management Hub's word: no check-in for 30 minutes, not yet a day, status
    /// WARNING): judged like any other, not stale, though what the service knows of them may be a little behind.
    /// </summary>
    public int InactiveInstances { get; }

    /// <summary>Instances past the SLA of any severity; empty on the retired service.</summary>
    public int? SlaBreachedInstances { get; }

    /// <summary>Whether the service gave advisory severity and issue dates (OS Management Hub does; the retired service does not).</summary>
    public bool SeverityKnown { get; }

    /// <summary>The SLA in days per severity the report judged by.</summary>
    public string SlaDays { get; }

    /// <summary>Per severity, most severe first: instances whose most severe missing advisory it is, instances and advisories missing it, and SLA breaches. Empty on the retired service.</summary>
    public OsmList<OsmComplianceSeverityCount> BySeverity { get; }

    /// <summary>Instances whose updates could not be read (each has an error): counted neither compliant nor vulnerable.</summary>
    public int UnscannedInstances { get; }

    /// <summary>Compartments whose instances could not be listed (each has an error): their instances are not counted at all.</summary>
    public int UnreadCompartments { get; }

    /// <summary>Missing updates over all instances.</summary>
    public int MissingUpdates { get; }

    /// <summary>Every CVE involved, once each.</summary>
    public OsmList<string> Cves { get; }

    /// <summary>Vulnerable instances per compartment.</summary>
    public OsmList<OsmComplianceCount> ByCompartment { get; }

    /// <summary>Vulnerable instances per OS.</summary>
    public OsmList<OsmComplianceCount> ByOs { get; }
    public DateTime GeneratedAt { get; }

    /// <summary>The report in one sentence, as the original script put it.</summary>
    public string Message
    {
        get
        {
            var what = _securityOnly ? "security updates" : $"updates ({UpdateTypes})";
            var count = VulnerableInstances == 0 ? "none" : VulnerableInstances.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var verb = VulnerableInstances == 1 ? "is" : "are";
            if (MinimumSeverity is not null)
            {
                what += $" rated {System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(MinimumSeverity.ToLowerInvariant())} or higher";
            }
            var message = $"Out of {TotalInstances} managed instance{(TotalInstances == 1 ? "" : "s")}, {count} {verb} missing {what}.";
            if (SlaBreachedInstances > 0)
            {
                message += $" {SlaBreachedInstances} {(SlaBreachedInstances == 1 ? "is" : "are")} past the SLA.";
            }
            if (StaleInstances > 0)
            {
                message += $" {StaleInstances} {(StaleInstances == 1 ? "is" : "are")} stale (unreachable, or no check-in for a day): what the service knows of {(StaleInstances == 1 ? "it" : "them")} may be out of date.";
            }
            if (UnscannedInstances > 0)
            {
                message += $" {UnscannedInstances} could not be checked.";
            }
            if (UnreadCompartments > 0)
            {
                message += $" {UnreadCompartments} compartment{(UnreadCompartments == 1 ? "" : "s")} could not be read, so {(UnreadCompartments == 1 ? "its" : "their")} instances are not counted.";
            }
            return UnscannedInstances > 0 || UnreadCompartments > 0 ? message + " The errors say why." : message;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>The counts of one severity in a compliance summary.</summary>
public sealed class OsmComplianceSeverityCount
{
    internal OsmComplianceSeverityCount(SeverityTally tally, int slaDays)
    {
        Severity = OutputText.Upper(tally.Severity);
        Instances = tally.InstancesAtHighest;
        InstancesMissing = tally.Instances;
        Advisories = tally.Advisories;
        SlaDays = slaDays;
        SlaBreaches = tally.SlaBreaches;
    }

    /// <summary>CRITICAL, IMPORTANT, MODERATE or LOW.</summary>
    public string Severity { get; }

    /// <summary>Instances whose most severe missing advisory is of this severity.</summary>
    public int Instances { get; }

    /// <summary>Instances that miss at least one advisory of this severity.</summary>
    public int InstancesMissing { get; }

    /// <summary>Advisories of this severity missed, summed over instances.</summary>
    public int Advisories { get; }

    /// <summary>This severity's SLA in days.</summary>
    public int SlaDays { get; }

    /// <summary>Instances past this severity's SLA.</summary>
    public int SlaBreaches { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity}: {Instances}";
}

/// <summary>A count of vulnerable instances under one name (a compartment or an OS).</summary>
public sealed class OsmComplianceCount
{
    internal OsmComplianceCount(string name, int vulnerable)
    {
        Name = name;
        Vulnerable = vulnerable;
    }

    public string Name { get; }
    public int Vulnerable { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Vulnerable}";
}

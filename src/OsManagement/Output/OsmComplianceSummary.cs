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
    /// <summary>The summary of a full scan: every figure.</summary>
    internal OsmComplianceSummary(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> updateKinds, ComplianceTotals totals,
        IReadOnlyCollection<OsmComplianceRecord> vulnerable)
        : this(report, updateKinds, FullScan)
    {
        var tally = totals.Tally;
        var severityKnown = report.SeverityKnown;
        var sla = report.Sla;
        TotalInstances = totals.Instances;
        VulnerableInstances = vulnerable.Count;
        UnscannedInstances = totals.UnscannedInstances;
        UnreadCompartments = totals.UnreadCompartments;
        CompliantInstances = tally.Compliant;
        StaleInstances = tally.Stale;
        InactiveInstances = tally.Inactive;
        RebootRequiredInstances = tally.RebootRequired;
        UnratedInstances = severityKnown ? tally.VulnerableUnrated : null;
        SeverityKnown = severityKnown;
        SlaBreachedInstances = severityKnown ? tally.SlaBreached : null;
        SlaDays = sla.ToString();
        BySeverity = OsmList<OsmComplianceSeverityCount>.From(severityKnown
            ? tally.BySeverity.Select(t => new OsmComplianceSeverityCount(t, sla.DaysFor(t.Severity)))
                .Append(OsmComplianceSeverityCount.Unrated(tally, sla.UnratedDays))
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

    /// <summary>
    /// The summary OS Management Hub's analytics give: the counts of instances and missing updates, with nothing read
    /// instance by instance. What they cannot count (severity, SLA, CVEs, per compartment and OS, unrated) is left empty
    /// and named in <see cref="NotCounted"/>.
    /// </summary>
    internal OsmComplianceSummary(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> updateKinds, ComplianceAnalyticsCounts counts)
        : this(report, updateKinds, Analytics)
    {
        TotalInstances = (int)counts.Instances;
        VulnerableInstances = (int)counts.Vulnerable;
        CompliantInstances = (int)counts.Compliant;
        StaleInstances = (int)counts.Stale;
        InactiveInstances = (int)counts.Inactive;
        RebootRequiredInstances = (int)counts.RebootRequired;
        MissingUpdates = (int)counts.MissingUpdates;
        SeverityKnown = report.SeverityKnown;
        GeneratedAt = counts.AsOf.LocalDateTime;
        NotCounted = OsmList<string>.From(new[]
        {
            nameof(SlaBreachedInstances), nameof(BySeverity), nameof(UnratedInstances), nameof(Cves), nameof(ByCompartment), nameof(ByOs),
        });
    }

    private OsmComplianceSummary(ComplianceReportInfo report, IReadOnlyCollection<UpdateKind> updateKinds, string countedBy)
    {
        Scope = report.Scope;
        Service = report.Service;
        UpdateTypes = OsmList<string>.From(updateKinds.Select(OutputText.Classification));
        _securityOnly = updateKinds.Count == 1 && updateKinds.Contains(UpdateKind.Security);
        MinimumSeverity = report.MinimumSeverity is { } minimum ? OutputText.Upper(minimum) : null;
        SlaDays = report.Sla.ToString();
        CountedBy = countedBy;
    }

    /// <summary>What <see cref="CountedBy"/> says of a full scan's summary.</summary>
    public const string FullScan = "Full scan";

    /// <summary>What <see cref="CountedBy"/> says of a summary from OS Management Hub's analytics.</summary>
    public const string Analytics = "Hub analytics";

    private readonly bool _securityOnly;

    /// <summary>
    /// Where the figures come from: "Hub analytics" (OS Management Hub's own counts, a few requests whatever the fleet's
    /// size; what they cannot count is in <see cref="NotCounted"/>) or "Full scan" (every instance read: every figure).
    /// </summary>
    public string CountedBy { get; }

    /// <summary>The figures this summary leaves empty because where it counted cannot give them (the full scan, -Summary -Detailed, can).</summary>
    public OsmList<string> NotCounted { get; } = OsmList<string>.From(Array.Empty<string>());

    /// <summary>Whether the figures come from a full scan (false: from Hub's analytics).</summary>
    public bool IsFullScan => CountedBy == FullScan;

    /// <summary>What was scanned: a compartment (and its subtree) or a group.</summary>
    public string Scope { get; }

    /// <summary>The service that answered.</summary>
    public string Service { get; }

    /// <summary>The update types that count as missing.</summary>
    public OsmList<string> UpdateTypes { get; }

    /// <summary>With -MinimumSeverity, the least severe advisories that count (CRITICAL, IMPORTANT, MODERATE or LOW).</summary>
    public string? MinimumSeverity { get; }
    public int TotalInstances { get; private set; }

    /// <summary>Instances that miss updates (stale ones included).</summary>
    public int VulnerableInstances { get; private set; }

    /// <summary>Instances that miss nothing and are not stale.</summary>
    public int CompliantInstances { get; private set; }

    /// <summary>Instances whose agent is unreachable or has not checked in for a day, vulnerable or not: never counted compliant.</summary>
    public int StaleInstances { get; private set; }

    /// <summary>
    /// Instances whose agent is Inactive (OS Management Hub's word: no check-in for 30 minutes, not yet a day, status
    /// WARNING): judged like any other, not stale, though what the service knows of them may be a little behind.
    /// </summary>
    public int InactiveInstances { get; private set; }

    /// <summary>
    /// Instances the service says must restart for updates already installed to take effect (a kernel update is not in
    /// force until then), vulnerable or not.
    /// </summary>
    public int RebootRequiredInstances { get; private set; }

    /// <summary>
    /// Vulnerable instances that miss no rated advisory (Windows updates, which Hub gives no severity or date): no SLA can
    /// judge them unless -SlaDays gives Unrated a number. Empty on the retired service and from analytics.
    /// </summary>
    public int? UnratedInstances { get; private set; }

    /// <summary>Instances past the SLA of any severity; empty on the retired service and from analytics.</summary>
    public int? SlaBreachedInstances { get; private set; }

    /// <summary>Whether the service gave advisory severity and issue dates (OS Management Hub does; the retired service does not).</summary>
    public bool SeverityKnown { get; private set; }

    /// <summary>The SLA in days per severity the report judged by.</summary>
    public string SlaDays { get; }

    /// <summary>
    /// Per severity, most severe first: the instances missing it (and of those, how many are past its SLA), the instances
    /// whose most severe missing advisory it is, and the advisories missed. Empty on the retired service and from analytics.
    /// </summary>
    public OsmList<OsmComplianceSeverityCount> BySeverity { get; } = OsmList<OsmComplianceSeverityCount>.From(Array.Empty<OsmComplianceSeverityCount>());

    /// <summary>Instances whose updates could not be read (each has an error): counted neither compliant nor vulnerable.</summary>
    public int UnscannedInstances { get; private set; }

    /// <summary>Compartments whose instances could not be listed (each has an error): their instances are not counted at all.</summary>
    public int UnreadCompartments { get; private set; }

    /// <summary>Missing updates over all instances.</summary>
    public int MissingUpdates { get; private set; }

    /// <summary>Every CVE involved, once each.</summary>
    public OsmList<string> Cves { get; } = OsmList<string>.From(Array.Empty<string>());

    /// <summary>Vulnerable instances per compartment.</summary>
    public OsmList<OsmComplianceCount> ByCompartment { get; } = OsmList<OsmComplianceCount>.From(Array.Empty<OsmComplianceCount>());

    /// <summary>Vulnerable instances per OS.</summary>
    public OsmList<OsmComplianceCount> ByOs { get; } = OsmList<OsmComplianceCount>.From(Array.Empty<OsmComplianceCount>());
    public DateTime GeneratedAt { get; private set; }

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
            if (RebootRequiredInstances > 0)
            {
                message += $" {RebootRequiredInstances} need{(RebootRequiredInstances == 1 ? "s" : "")} a reboot for installed updates to take effect.";
            }
            if (UnscannedInstances > 0)
            {
                message += $" {UnscannedInstances} could not be checked.";
            }
            if (UnreadCompartments > 0)
            {
                message += $" {UnreadCompartments} compartment{(UnreadCompartments == 1 ? "" : "s")} could not be read, so {(UnreadCompartments == 1 ? "its" : "their")} instances are not counted.";
            }
            if (UnscannedInstances > 0 || UnreadCompartments > 0)
            {
                message += " The errors say why.";
            }
            if (!IsFullScan)
            {
                message += " (Counted by Hub's analytics; severity, SLA and CVEs need the full scan: -Summary -Detailed.)";
            }
            return message;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>
/// The counts of one severity in a compliance summary. Two instance counts sit side by side, named for what they count:
/// <see cref="InstancesMissing"/> (every instance that misses this severity; <see cref="InstancesPastSla"/> is a part of
/// these) and <see cref="InstancesByHighestSeverity"/> (each vulnerable instance once, under its most severe advisory).
/// </summary>
public sealed class OsmComplianceSeverityCount
{
    internal OsmComplianceSeverityCount(SeverityTally tally, int slaDays)
        : this(OutputText.Upper(tally.Severity), tally.InstancesMissing, tally.InstancesPastSla, slaDays, tally.InstancesByHighestSeverity,
            tally.AdvisoriesMissing)
    {
    }

    private OsmComplianceSeverityCount(string severity, int instancesMissing, int instancesPastSla, int? slaDays, int byHighest, int advisoriesMissing)
    {
        Severity = severity;
        InstancesMissing = instancesMissing;
        InstancesPastSla = instancesPastSla;
        SlaDays = slaDays;
        InstancesByHighestSeverity = byHighest;
        AdvisoriesMissing = advisoriesMissing;
    }

    /// <summary>The row of updates no advisory rates (Windows updates on Hub): their SLA only when -SlaDays gives Unrated one.</summary>
    internal static OsmComplianceSeverityCount Unrated(ComplianceTally tally, int? slaDays) =>
        new(OsmComplianceSlaBreach.UnratedWord, tally.InstancesMissingUnrated, tally.InstancesPastUnratedSla, slaDays, tally.VulnerableUnrated,
            tally.UnratedAdvisoriesMissing);

    /// <summary>CRITICAL, IMPORTANT, MODERATE or LOW; UNRATED for updates no advisory rates (last).</summary>
    public string Severity { get; }

    /// <summary>Instances that miss at least one advisory of this severity, whatever else they miss.</summary>
    public int InstancesMissing { get; }

    /// <summary>Of <see cref="InstancesMissing"/>, those past this severity's SLA.</summary>
    public int InstancesPastSla { get; }

    /// <summary>This severity's SLA in days; empty for UNRATED unless -SlaDays gives it one.</summary>
    public int? SlaDays { get; }

    /// <summary>Instances whose most severe missing advisory is of this severity (each vulnerable instance counts under one severity).</summary>
    public int InstancesByHighestSeverity { get; }

    /// <summary>Advisories of this severity missed, summed over instances.</summary>
    public int AdvisoriesMissing { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity}: {InstancesMissing} missing, {InstancesPastSla} past the SLA";
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

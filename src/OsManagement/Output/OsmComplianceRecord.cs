using OsManagement.Infrastructure;
using System;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>What every record of one report shares: what it covered, which service answered, and what it judged by.</summary>
internal sealed class ComplianceReportInfo
{
    public ComplianceReportInfo(string scope, string service, bool severityKnown, SlaPolicy sla, AdvisorySeverity? minimumSeverity)
    {
        Scope = scope;
        Service = service;
        SeverityKnown = severityKnown;
        Sla = sla;
        MinimumSeverity = minimumSeverity;
    }

    public string Scope { get; }
    public string Service { get; }
    public bool SeverityKnown { get; }
    public SlaPolicy Sla { get; }
    public AdvisorySeverity? MinimumSeverity { get; }

    /// <summary>Whether the report counts security updates only (the default), so what it calls missing are security updates.</summary>
    public bool SecurityOnly { get; set; } = true;
}

/// <summary>
/// One managed instance in a compliance report: who it is, its OS and state, the updates and advisories it misses with
/// their CVEs, how severe and how old they are, the SLAs it is past, and whether what the service knows of it is stale.
/// Flat, CSV-friendly columns (counts, names and CVEs as text) sit beside the structured lists. Severity, age and SLA are
/// empty on the retired OS Management service, which does not give them.
/// </summary>
public sealed class OsmComplianceRecord : IRegional
{
    internal OsmComplianceRecord(ComplianceFinding finding, ComplianceReportInfo report)
    {
        var m = finding.Instance;
        DisplayName = m.DisplayName;
        Id = m.Id;
        CompartmentId = m.CompartmentId;
        CompartmentName = finding.CompartmentName ?? "";
        OsFamily = OutputText.Of(m.OsFamily);
        OsName = m.OsName;
        OsVersion = m.OsVersion;
        OsKernelVersion = m.OsKernelVersion;
        Status = m.Status;
        LastCheckin = OsmTime.Local(m.LastCheckin);
        LastBoot = OsmTime.Local(m.LastBoot);
        IsRebootRequired = m.IsRebootRequired ?? false;
        ManagedInstanceGroups = OsmList<string>.From(m.Groups.Select(g => g.NameOrId));
        LifecycleStage = m.LifecycleStage?.NameOrId;
        UpdatesAvailable = m.UpdatesAvailable ?? 0;
        Updates = OsmList<OsmComplianceUpdate>.From(finding.Missing.Select(u => new OsmComplianceUpdate(u)));
        SecurityUpdates = OsmList<OsmComplianceUpdate>.From(finding.Missing.Where(u => u.Kind.Is(UpdateKind.Security)).Select(u => new OsmComplianceUpdate(u)));
        SecurityUpdatesAvailable = SecurityUpdates.Count;
        MissingUpdateCount = Updates.Count;
        UpdateNames = OsmList<string>.From(Updates.Select(u => u.DisplayName));
        Cves = OsmList<string>.From(finding.Missing.SelectMany(u => u.Cves).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal));
        CveCount = Cves.Count;
        MatchingCves = OsmList<string>.From(finding.MatchingCves);

        var assessment = finding.Assessment;
        Advisories = OsmList<OsmComplianceAdvisory>.From(finding.Advisories.Select(a => new OsmComplianceAdvisory(a, finding.AsOf,
            assessment.UnratedFirstSeen.TryGetValue(a.Name, out var seen) ? seen : null)));
        AdvisoryNames = OsmList<string>.From(Advisories.Select(a => a.Name));
        AdvisoryCount = Advisories.Count;
        HighestSeverity = assessment.HighestSeverity is { } highest ? OutputText.Upper(highest) : null;
        CriticalCount = assessment.CountBySeverity?[AdvisorySeverity.Critical];
        ImportantCount = assessment.CountBySeverity?[AdvisorySeverity.Important];
        ModerateCount = assessment.CountBySeverity?[AdvisorySeverity.Moderate];
        LowCount = assessment.CountBySeverity?[AdvisorySeverity.Low];
        OldestAdvisoryIssued = OsmTime.Local(assessment.OldestIssued);
        OldestAdvisoryAgeDays = assessment.OldestAgeDays;
        SlaBreached = assessment.IsSlaBreached;
        SlaBreaches = OsmList<OsmComplianceSlaBreach>.From(assessment.Breaches.Select(b => new OsmComplianceSlaBreach(b)));
        SlaBreachedSeverities = OsmList<string>.From(SlaBreaches.Select(b => b.Severity));
        SlaDueDate = OsmTime.Local(assessment.NextDue);
        IsStale = assessment.IsStale;
        StaleReason = assessment.Stale switch
        {
            Oci.Engine.StaleReason.Unreachable when m.LastCheckin is { } checkin => $"The agent is unreachable (no check-in since {Minutes(checkin)})",
            Oci.Engine.StaleReason.Unreachable => "The agent is unreachable",
            Oci.Engine.StaleReason.NoRecentCheckin => $"No check-in since {Minutes(m.LastCheckin!.Value)}",
            _ => null,
        };
        Activity = assessment.Activity?.Words();
        InactiveReason = assessment.IsInactive
            ? m.LastCheckin is { } last
                ? $"Inactive: no check-in since {Minutes(last)} (30 minutes or more)"
                : "Inactive: the service says its agent is not checking in"
            : null;
        IsCompliant = assessment.IsCompliant;
        GeneratedAt = finding.AsOf.LocalDateTime;
        Scope = report.Scope;
        Service = report.Service;
        Report = report;
    }

    private static string Minutes(DateTimeOffset time) => time.LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // What the report judged by, for Export-OsmComplianceReport (not a property users see).
    internal ComplianceReportInfo Report { get; }

    public string DisplayName { get; }

    /// <summary>The managed instance OCID.</summary>
    public string Id { get; }
    public string CompartmentId { get; }
    public string CompartmentName { get; }
    public string OsFamily { get; }
    public string? OsName { get; }
    public string? OsVersion { get; }
    public string? OsKernelVersion { get; }
    public string Status { get; }

    /// <summary>Last agent check-in (local time).</summary>
    public DateTime? LastCheckin { get; }

    /// <summary>Last boot (local time).</summary>
    public DateTime? LastBoot { get; }
    public bool IsRebootRequired { get; }

    /// <summary>Names of the groups the instance belongs to.</summary>
    public OsmList<string> ManagedInstanceGroups { get; }

    /// <summary>
    /// The lifecycle stage the instance belongs to (OS Management Hub), or null. Like a group's member, a stage's member
    /// has its packages changed through its stage, not one by one.
    /// </summary>
    public string? LifecycleStage { get; }

    /// <summary>All updates available, of any type.</summary>
    public int UpdatesAvailable { get; }

    /// <summary>Security updates available.</summary>
    public int SecurityUpdatesAvailable { get; }

    /// <summary>The security updates, each with its CVEs.</summary>
    public OsmList<OsmComplianceUpdate> SecurityUpdates { get; }

    /// <summary>The updates of the report's types (security by default; -UpdateType widens it), each with its CVEs.</summary>
    public OsmList<OsmComplianceUpdate> Updates { get; }

    /// <summary>How many updates of the report's types are missing.</summary>
    public int MissingUpdateCount { get; }

    /// <summary>Their names.</summary>
    public OsmList<string> UpdateNames { get; }

    /// <summary>Every CVE they fix, once each, sorted.</summary>
    public OsmList<string> Cves { get; }
    public int CveCount { get; }

    /// <summary>The advisories it misses (errata, and updates that belong to none), the most severe and oldest first.</summary>
    public OsmList<OsmComplianceAdvisory> Advisories { get; }

    /// <summary>Their names.</summary>
    public OsmList<string> AdvisoryNames { get; }

    /// <summary>How many advisories it misses.</summary>
    public int AdvisoryCount { get; }

    /// <summary>The most severe advisory missed: CRITICAL, IMPORTANT, MODERATE or LOW; empty when none is rated, or on the retired service.</summary>
    public string? HighestSeverity { get; }

    /// <summary>Critical advisories missed (empty on the retired service).</summary>
    public int? CriticalCount { get; }

    /// <summary>Important advisories missed (empty on the retired service).</summary>
    public int? ImportantCount { get; }

    /// <summary>Moderate advisories missed (empty on the retired service).</summary>
    public int? ModerateCount { get; }

    /// <summary>Low advisories missed (empty on the retired service).</summary>
    public int? LowCount { get; }

    /// <summary>When the oldest missing advisory was issued (local time).</summary>
    public DateTime? OldestAdvisoryIssued { get; }

    /// <summary>Its age in whole days at the report.</summary>
    public int? OldestAdvisoryAgeDays { get; }

    /// <summary>Whether the oldest missing advisory of any severity is past that severity's SLA; empty on the retired service.</summary>
    public bool? SlaBreached { get; }

    /// <summary>Each severity whose SLA is breached: its oldest advisory, due date and days overdue.</summary>
    public OsmList<OsmComplianceSlaBreach> SlaBreaches { get; }

    /// <summary>The severities whose SLA is breached.</summary>
    public OsmList<string> SlaBreachedSeverities { get; }

    /// <summary>The earliest SLA due date over the severities missed (in the past when breached), local time.</summary>
    public DateTime? SlaDueDate { get; }

    /// <summary>Whether what the service knows of the instance may be old: its agent is unreachable, or has not checked in for a day.</summary>
    public bool IsStale { get; }

    /// <summary>Why it is stale.</summary>
    public string? StaleReason { get; }

    /// <summary>
    /// How its agent is checking in, in OS Management Hub's console words: Active, Inactive (no check-in for 30 minutes:
    /// judged as any other instance, though what the service knows may be a little behind), Offline (none for 24 hours:
    /// stale), Rebooting, Registering, Registration failed, Unregistering or Error.
    /// </summary>
    public string? Activity { get; }

    /// <summary>For an Inactive instance, since when it has been silent; empty otherwise.</summary>
    public string? InactiveReason { get; }

    /// <summary>True when nothing of the report's types is missing and the instance is not stale.</summary>
    public bool IsCompliant { get; }

    /// <summary>When the report was made (the moment ages and SLAs are judged at; local time), the same for every record of a report.</summary>
    public DateTime GeneratedAt { get; }

    /// <summary>What the report covered: a compartment (and its subtree) or a group.</summary>
    public string Scope { get; }

    /// <summary>The service that answered.</summary>
    public string Service { get; }

    /// <summary>With -Cve: the CVEs asked about that it misses a fix for (Cves lists every CVE its missing updates fix).</summary>
    public OsmList<string> MatchingCves { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;

    /// <summary>The region it was read in (OS Management Hub is regional), e.g. us-ashburn-1.</summary>
    public string? Region { get; internal set; }

    string? IRegional.Region { get => Region; set => Region = value; }
}

/// <summary>An update a compliance record lists: its name, type and the CVEs it fixes.</summary>
public sealed class OsmComplianceUpdate
{
    internal OsmComplianceUpdate(AvailableUpdate u)
    {
        Name = u.Name;
        DisplayName = u.DisplayName;
        UpdateType = OutputText.Classification(u.Kind);
        AvailableVersion = u.AvailableVersion;
        Cves = OsmList<string>.From(u.Cves);
        Errata = OsmList<string>.From(u.Errata);
    }

    public string Name { get; }
    public string DisplayName { get; }
    public string UpdateType { get; }
    public string? AvailableVersion { get; }
    public OsmList<string> Cves { get; }
    public OsmList<string> Errata { get; }

    /// <inheritdoc />
    public override string ToString() => Cves.Count > 0 ? $"{DisplayName} ({Cves})" : DisplayName;
}

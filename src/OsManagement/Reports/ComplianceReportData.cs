using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.Engine;

using OsManagement.Infrastructure;

namespace OsManagement.Reports;

/// <summary>
/// The figures a written report shows, from the records (and a summary when one came along; its counts cover the
/// instances that have no record too). Every format reads the same figures, so the page, Markdown and JSON agree.
/// </summary>
internal sealed class ComplianceReportData
{
    /// <summary>The severities, most severe first, as the output spells them.</summary>
    public static readonly string[] Severities = ((AdvisorySeverity[])Enum.GetValues(typeof(AdvisorySeverity)))
        .OrderByDescending(s => s).Select(s => OutputText.Upper(s))
        .Append(OsmComplianceSlaBreach.UnratedWord).ToArray();

    public ComplianceReportData(IReadOnlyList<OsmComplianceRecord> records, OsmComplianceSummary? summary)
    {
        InReportOrder = records.ToList();
        // SLA breaches first (most overdue first), then by severity, then the most missing; stale and compliant instances last.
        Records = records
            .OrderByDescending(r => r.MissingUpdateCount > 0)
            .ThenByDescending(r => r.SlaBreached == true)
            .ThenByDescending(ReportColumn.DaysOverdue)
            .ThenBy(r => SeverityRank(r.HighestSeverity))
            .ThenByDescending(r => r.MissingUpdateCount)
            .ThenByDescending(r => r.IsStale)
            .ThenBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Vulnerable = Records.Where(r => r.MissingUpdateCount > 0).ToList();
        // The total is known when the summary came along, or when the records include the instances that miss nothing.
        TotalInstances = summary?.TotalInstances ?? (Records.Any(r => r.MissingUpdateCount == 0) ? Records.Count : (int?)null);
        var info = records.Select(r => r.Report).FirstOrDefault();
        Scope = summary?.Scope ?? Joined(Records.Select(r => r.Scope));
        Service = summary?.Service ?? Joined(Records.Select(r => r.Service));
        GeneratedAt = summary?.GeneratedAt ?? (Records.Count > 0 ? Records.Min(r => r.GeneratedAt) : DateTime.Now);
        // A summary from Hub's analytics has no severity figures: the page then shows none, unless records came with it.
        SeverityKnown = summary is { IsFullScan: false } && records.Count == 0 ? false
            : summary?.SeverityKnown ?? (Records.Count > 0 && Records.All(r => r.Report.SeverityKnown));
        SlaDays = summary?.SlaDays ?? info?.Sla.ToString();
        SecurityOnly = summary is not null ? summary.UpdateTypes.Count == 1 && summary.UpdateTypes[0] == OutputText.Upper(UpdateKind.Security)
            : info?.SecurityOnly ?? true;
        Stale = summary?.StaleInstances ?? Records.Count(r => r.IsStale);
        Inactive = summary?.InactiveInstances ?? Records.Count(r => r.InactiveReason is not null);
        SlaBreachedInstances = summary?.SlaBreachedInstances ?? (SeverityKnown ? Records.Count(r => r.SlaBreached == true) : (int?)null);
        ByCompartment = Vulnerable.GroupBy(r => string.IsNullOrEmpty(r.CompartmentName) ? r.CompartmentId : r.CompartmentName)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Cves = Vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        BySeverity = Severities.Select(s =>
        {
            var fromSummary = summary?.BySeverity.FirstOrDefault(c => c.Severity == s);
            return new SeverityFigures(s,
                fromSummary?.InstancesMissing ?? Vulnerable.Count(r => (CountOf(r, s) ?? 0) > 0),
                fromSummary?.InstancesPastSla ?? Vulnerable.Count(r => r.SlaBreachedSeverities.Contains(s)),
                fromSummary is not null ? fromSummary.SlaDays
                    : Vocabulary.TryParse<AdvisorySeverity>(s) is { } rated ? info?.Sla.DaysFor(rated) : info?.Sla.UnratedDays,
                fromSummary?.InstancesByHighestSeverity ?? Vulnerable.Count(r => r.HighestSeverity == s),
                fromSummary?.AdvisoriesMissing ?? Vulnerable.Sum(r => CountOf(r, s) ?? 0));
        }).ToList();
        Unrated = summary?.UnratedInstances ?? Vulnerable.Count(r => r.HighestSeverity is null);
        RebootRequired = summary?.RebootRequiredInstances ?? Records.Count(r => r.IsRebootRequired);
        CountedBy = summary?.CountedBy;
        Breaches = Vulnerable.SelectMany(r => r.SlaBreaches.Select(b => (Record: r, Breach: b)))
            .OrderBy(p => SeverityRank(p.Breach.Severity)).ThenByDescending(p => p.Breach.DaysOverdue).ThenBy(p => p.Record.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The records as a reader wants them: SLA breaches first, then the most severe, then the most missing.</summary>
    public List<OsmComplianceRecord> Records { get; }

    /// <summary>The records in the order they came (the report's scope order), as data keeps them.</summary>
    public List<OsmComplianceRecord> InReportOrder { get; }
    public List<OsmComplianceRecord> Vulnerable { get; }
    public int? TotalInstances { get; }
    public string? Scope { get; }
    public string? Service { get; }
    public DateTime GeneratedAt { get; }
    public bool SeverityKnown { get; }
    public string? SlaDays { get; }

    /// <summary>Whether the report counts security updates only, so the page says "security updates" where it means them.</summary>
    public bool SecurityOnly { get; }

    /// <summary>What the report counts as missing: "security updates", or "updates".</summary>
    public string Missing => SecurityOnly ? "security updates" : "updates";
    public int Stale { get; }
    public int? SlaBreachedInstances { get; }
    public List<(string Name, int Count)> ByCompartment { get; }
    public int Cves { get; }
    public List<SeverityFigures> BySeverity { get; }

    /// <summary>Vulnerable instances that miss no rated advisory.</summary>
    public int? Unrated { get; }

    /// <summary>Instances that must restart for installed updates to take effect (of those with a record, without a summary).</summary>
    public int RebootRequired { get; }

    /// <summary>Where a summary's figures came from ("Hub analytics", "Full scan"); null without a summary.</summary>
    public string? CountedBy { get; }

    public string? RebootLine => RebootRequired == 0 ? null
        : $"{RebootRequired} instance{(RebootRequired == 1 ? " needs" : "s need")} a reboot: " +
          "updates already installed (a new kernel, for one) are not in force until then.";

    /// <summary>Instances missing updates no advisory rates, and the SLA they have (null: none).</summary>
    public SeverityFigures? UnratedFigures => BySeverity.FirstOrDefault(f => f.Severity == OsmComplianceSlaBreach.UnratedWord);

    public string? UnratedLine => !SeverityKnown || UnratedFigures is not { InstancesMissing: > 0 } u ? null
        : $"{u.InstancesMissing} instance{(u.InstancesMissing == 1 ? " misses" : "s miss")} updates no advisory rates " +
          "(OS Management Hub gives Windows updates no severity " +
          $"or date; {Unrated} miss{(Unrated == 1 ? "es" : "")} nothing else)" + (u.SlaDays is { } days
            ? $": their SLA of {days} days counts from when a report first saw each (the reports given to -History; this one for what none of them saw), " +
              $"and {u.InstancesPastSla} {(u.InstancesPastSla == 1 ? "is" : "are")} past it."
            : ": no severity's SLA tracks them. Get-OsmComplianceReport -SlaDays @{ Unrated = 30 } gives them one, counted from when a report first saw each.");

    public string? AnalyticsNote => CountedBy is null || CountedBy == OsmComplianceSummary.FullScan ? null
        : $"The summary's counts come from OS Management Hub's analytics ({CountedBy}); severity, SLA and CVE figures need the full scan " +
          "(Get-OsmComplianceReport -Summary -Detailed).";
    public List<(OsmComplianceRecord Record, OsmComplianceSlaBreach Breach)> Breaches { get; }

    public string Headline => TotalInstances is { } total
        ? $"Out of {total} managed instance{(total == 1 ? "" : "s")}, " +
          $"{(Vulnerable.Count == 0 ? "none" : Vulnerable.Count.ToString(CultureInfo.InvariantCulture))} {(Vulnerable.Count == 1 ? "is" : "are")} missing {Missing}."
        : $"{Vulnerable.Count} managed instance{(Vulnerable.Count == 1 ? " is" : "s are")} missing {Missing}.";

    public string? StaleLine => Stale == 0 ? null
        : $"{Stale} instance{(Stale == 1 ? " is" : "s are")} stale (unreachable, or no check-in for a day): what the service knows of {(Stale == 1 ? "it" : "them")} may be out of date, so {(Stale == 1 ? "it is" : "they are")} never counted as compliant.";

    /// <summary>Instances whose agent is Inactive (no check-in for 30 minutes, not yet a day).</summary>
    public int Inactive { get; }

    public string? InactiveLine => Inactive == 0 ? null
        : $"{Inactive} instance{(Inactive == 1 ? " is" : "s are")} inactive " +
          "(no check-in for 30 minutes or more, as OS Management Hub says it; offline, and stale, after 24 hours): " +
          $"{(Inactive == 1 ? "it is" : "they are")} judged as any other, though what the service knows may be a little behind.";

    public string? SeverityNote => SeverityKnown ? null
        : $"Severity, advisory age and SLA are not shown: {Service ?? "the service"} gives no advisory severity or issue dates ({Messages.AdvisoryDetailsOffering} does).";

    /// <summary>0 for CRITICAL ... 3 for LOW, 4 for none: the order the page reads in.</summary>
    public static int SeverityRank(string? severity)
    {
        var index = severity is null ? -1 : Array.IndexOf(Severities, severity);
        return index < 0 ? Severities.Length : index;
    }

    /// <summary>Title case for people: CRITICAL reads Critical.</summary>
    public static string Title(string word) => word.Length == 0 ? word : word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();

    public static int? CountOf(OsmComplianceRecord r, string severity) => severity switch
    {
        "CRITICAL" => r.CriticalCount,
        "IMPORTANT" => r.ImportantCount,
        "MODERATE" => r.ModerateCount,
        "LOW" => r.LowCount,
        _ => r.Report.SeverityKnown ? r.Advisories.Count(a => a.Severity is null) : null,
    };

    private static string? Joined(IEnumerable<string> values)
    {
        var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }
}

/// <summary>
/// One severity's figures. Instances missing the severity (of which some are past its SLA) and instances whose highest
/// severity it is are different counts; each is named for what it counts wherever it is shown (<see cref="SeverityColumn"/>).
/// </summary>
internal sealed class SeverityFigures
{
    public SeverityFigures(string severity, int instancesMissing, int instancesPastSla, int? slaDays, int instancesByHighestSeverity, int advisoriesMissing)
    {
        Severity = severity;
        InstancesMissing = instancesMissing;
        InstancesPastSla = instancesPastSla;
        SlaDays = slaDays;
        InstancesByHighestSeverity = instancesByHighestSeverity;
        AdvisoriesMissing = advisoriesMissing;
    }

    public string Severity { get; }
    public int InstancesMissing { get; }
    public int InstancesPastSla { get; }
    public int? SlaDays { get; }
    public int InstancesByHighestSeverity { get; }
    public int AdvisoriesMissing { get; }
}

/// <summary>
/// The columns of the per-severity table, once for the summary object (its property names), the table view, the page,
/// Markdown and JSON: a header is its property's words, so a reader of one finds the same figure under the same name in another.
/// </summary>
internal sealed class SeverityColumn
{
    private SeverityColumn(string property, string header, Func<SeverityFigures, int?> value)
    {
        Property = property;
        Header = header;
        Value = value;
    }

    /// <summary>The property of <see cref="OsmComplianceSeverityCount"/> it is.</summary>
    public string Property { get; }

    /// <summary>The header people read: the property's words.</summary>
    public string Header { get; }

    public Func<SeverityFigures, int?> Value { get; }

    /// <summary>The JSON field: the property in camelCase.</summary>
    public string JsonName => char.ToLowerInvariant(Property[0]) + Property.Substring(1);

    public static readonly IReadOnlyList<SeverityColumn> All = new[]
    {
        new SeverityColumn(nameof(OsmComplianceSeverityCount.InstancesMissing), "Instances missing", f => f.InstancesMissing),
        new SeverityColumn(nameof(OsmComplianceSeverityCount.InstancesPastSla), "Instances past SLA", f => f.InstancesPastSla),
        new SeverityColumn(nameof(OsmComplianceSeverityCount.SlaDays), "SLA days", f => f.SlaDays),
        new SeverityColumn(nameof(OsmComplianceSeverityCount.InstancesByHighestSeverity), "Instances by highest severity", f => f.InstancesByHighestSeverity),
        new SeverityColumn(nameof(OsmComplianceSeverityCount.AdvisoriesMissing), "Advisories missing", f => f.AdvisoriesMissing),
    };
}

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
    public static readonly string[] Severities = ((AdvisorySeverity[])Enum.GetValues(typeof(AdvisorySeverity))).OrderByDescending(s => s).Select(s => OutputText.Upper(s)).ToArray();

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
        SeverityKnown = summary?.SeverityKnown ?? (Records.Count > 0 && Records.All(r => r.Report.SeverityKnown));
        SlaDays = summary?.SlaDays ?? info?.Sla.ToString();
        SecurityOnly = summary is not null ? summary.UpdateTypes.Count == 1 && summary.UpdateTypes[0] == OutputText.Upper(UpdateKind.Security)
            : info?.SecurityOnly ?? true;
        Stale = summary?.StaleInstances ?? Records.Count(r => r.IsStale);
        SlaBreachedInstances = summary?.SlaBreachedInstances ?? (SeverityKnown ? Records.Count(r => r.SlaBreached == true) : (int?)null);
        ByCompartment = Vulnerable.GroupBy(r => string.IsNullOrEmpty(r.CompartmentName) ? r.CompartmentId : r.CompartmentName)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Cves = Vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        BySeverity = Severities.Select(s =>
        {
            var fromSummary = summary?.BySeverity.FirstOrDefault(c => c.Severity == s);
            return new SeverityFigures(s,
                fromSummary?.Instances ?? Vulnerable.Count(r => r.HighestSeverity == s),
                fromSummary?.Advisories ?? Vulnerable.Sum(r => CountOf(r, s) ?? 0),
                fromSummary?.SlaBreaches ?? Vulnerable.Count(r => r.SlaBreachedSeverities.Contains(s)),
                fromSummary?.SlaDays ?? info?.Sla.DaysFor(Vocabulary.Parse<AdvisorySeverity>(s)));
        }).ToList();
        Unrated = Vulnerable.Count(r => r.HighestSeverity is null);
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
    public int Unrated { get; }
    public List<(OsmComplianceRecord Record, OsmComplianceSlaBreach Breach)> Breaches { get; }

    public string Headline => TotalInstances is { } total
        ? $"Out of {total} managed instance{(total == 1 ? "" : "s")}, " +
          $"{(Vulnerable.Count == 0 ? "none" : Vulnerable.Count.ToString(CultureInfo.InvariantCulture))} {(Vulnerable.Count == 1 ? "is" : "are")} missing {Missing}."
        : $"{Vulnerable.Count} managed instance{(Vulnerable.Count == 1 ? " is" : "s are")} missing {Missing}.";

    public string? StaleLine => Stale == 0 ? null
        : $"{Stale} instance{(Stale == 1 ? " is" : "s are")} stale (unreachable, or no check-in for a day): what the service knows of {(Stale == 1 ? "it" : "them")} may be out of date, so {(Stale == 1 ? "it is" : "they are")} never counted as compliant.";

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
        _ => r.LowCount,
    };

    private static string? Joined(IEnumerable<string> values)
    {
        var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }
}

/// <summary>One severity's figures: instances whose most severe missing advisory it is, advisories missed, SLA breaches and the SLA's days.</summary>
internal sealed class SeverityFigures
{
    public SeverityFigures(string severity, int instances, int advisories, int slaBreaches, int? slaDays)
    {
        Severity = severity;
        Instances = instances;
        Advisories = advisories;
        SlaBreaches = slaBreaches;
        SlaDays = slaDays;
    }

    public string Severity { get; }
    public int Instances { get; }
    public int Advisories { get; }
    public int SlaBreaches { get; }
    public int? SlaDays { get; }
}

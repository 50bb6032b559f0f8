using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Reports;

/// <summary>
/// The columns of a report's instance table, once for the page and Markdown, each with the record properties that carry
/// it in CSV (Export-Csv of the records). Severity, Oldest and SLA are left out where the service gives no severity.
/// </summary>
internal sealed class ReportColumn
{
    private ReportColumn(string header, int weight, bool needsSeverity, bool markdownOnly, Func<OsmComplianceRecord, string> text, params string[] csvProperties)
    {
        Header = header;
        Weight = weight;
        NeedsSeverity = needsSeverity;
        MarkdownOnly = markdownOnly;
        Text = text;
        CsvProperties = csvProperties;
    }

    /// <summary>The header both formats show.</summary>
    public string Header { get; }

    /// <summary>Its share of the page's width, against the other columns shown.</summary>
    public int Weight { get; }

    /// <summary>Shown only when the service gives advisory severity.</summary>
    public bool NeedsSeverity { get; }

    /// <summary>Markdown only: the page shows it inside the column before (the OCID under the instance's name).</summary>
    public bool MarkdownOnly { get; }

    /// <summary>The cell as plain text (Markdown).</summary>
    public Func<OsmComplianceRecord, string> Text { get; }

    /// <summary>The record properties an Export-Csv file carries it in.</summary>
    public IReadOnlyList<string> CsvProperties { get; }

    public static readonly IReadOnlyList<ReportColumn> All = new[]
    {
        new ReportColumn("Instance", 27, false, false, r => r.DisplayName, nameof(OsmComplianceRecord.DisplayName)),
        new ReportColumn("OCID", 0, false, true, r => r.Id, nameof(OsmComplianceRecord.Id)),
        new ReportColumn("Compartment", 20, false, false, r => r.CompartmentName, nameof(OsmComplianceRecord.CompartmentName)),
        new ReportColumn("OS", 18, false, false, Os, nameof(OsmComplianceRecord.OsName), nameof(OsmComplianceRecord.OsVersion), nameof(OsmComplianceRecord.OsKernelVersion)),
        new ReportColumn("Status", 19, false, false,
            r => (r.IsStale ? $"{r.Status} (stale)" : r.InactiveReason is not null ? $"{r.Status} (inactive)" : r.Status)
                + (r.IsRebootRequired ? ", reboot needed" : ""),
            nameof(OsmComplianceRecord.Status), nameof(OsmComplianceRecord.IsStale), nameof(OsmComplianceRecord.Activity),
            nameof(OsmComplianceRecord.IsRebootRequired)),
        new ReportColumn("Severity", 15, true, false, r => r.HighestSeverity is { } s ? ComplianceReportData.Title(s) : "", nameof(OsmComplianceRecord.HighestSeverity)),
        new ReportColumn("Missing", 13, false, false, r => r.MissingUpdateCount.ToString(CultureInfo.InvariantCulture), nameof(OsmComplianceRecord.MissingUpdateCount)),
        new ReportColumn("Oldest (days)", 12, true, false, r => r.OldestAdvisoryAgeDays?.ToString(CultureInfo.InvariantCulture) ?? "", nameof(OsmComplianceRecord.OldestAdvisoryAgeDays)),
        new ReportColumn("SLA", 18, true, false, Sla, nameof(OsmComplianceRecord.SlaBreached), nameof(OsmComplianceRecord.SlaDueDate)),
        new ReportColumn("Last check-in", 16, false, false, r => Time(r.LastCheckin), nameof(OsmComplianceRecord.LastCheckin)),
        new ReportColumn("Advisories and CVEs", 42, false, false, Advisories, nameof(OsmComplianceRecord.AdvisoryNames), nameof(OsmComplianceRecord.Cves)),
    };

    /// <summary>The columns a report shows, Markdown's or the page's.</summary>
    public static IReadOnlyList<ReportColumn> For(bool severityKnown, bool markdown) =>
        All.Where(c => (severityKnown || !c.NeedsSeverity) && (markdown || !c.MarkdownOnly)).ToList();

    public static string Os(OsmComplianceRecord r) => $"{r.OsName ?? r.OsFamily} {r.OsVersion}".Trim();

    public static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Day(DateTime? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>"184 d past due (2026-05-31; Critical, Important)", "due 2026-12-14", or nothing.</summary>
    public static string Sla(OsmComplianceRecord r)
    {
        if (r.SlaBreached == true)
        {
            return $"{PastDue(r)} ({Day(r.SlaDueDate)}; {BreachedSeverities(r)})";
        }
        return r.SlaDueDate is { } due ? $"due {Day(due)}" : "";
    }

    /// <summary>"3 d past due", or "past due today" on the due date itself.</summary>
    public static string PastDue(OsmComplianceRecord r) => DaysOverdue(r) is var days && days > 0 ? $"{days} d past due" : "past due today";

    /// <summary>The most days any breached severity is overdue.</summary>
    public static int DaysOverdue(OsmComplianceRecord r) => r.SlaBreaches.Select(b => b.DaysOverdue).DefaultIfEmpty(0).Max();

    /// <summary>"Critical, Important": the severities past their SLA, most severe first.</summary>
    public static string BreachedSeverities(OsmComplianceRecord r) =>
        string.Join(", ", r.SlaBreaches.OrderBy(b => ComplianceReportData.SeverityRank(b.Severity)).Select(b => ComplianceReportData.Title(b.Severity)));

    private static string Advisories(OsmComplianceRecord r) => string.Join("; ", r.Advisories.Select(a =>
    {
        var name = a.IsErratum ? a.Name : a.Title ?? a.Name;
        var severity = a.Severity is { } s ? $" ({ComplianceReportData.Title(s)})" : "";
        return a.Cves.Count > 0 ? $"{name}{severity}: {string.Join(", ", a.Cves)}" : name + severity;
    }));
}

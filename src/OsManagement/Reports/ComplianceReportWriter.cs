using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OsManagement.Reports;

/// <summary>The figures a written report shows, from the records (and a summary when one came along).</summary>
internal sealed class ComplianceReportData
{
    public ComplianceReportData(IReadOnlyList<OsmComplianceRecord> records, OsmComplianceSummary? summary)
    {
        Records = records.OrderBy(r => r.IsCompliant).ThenByDescending(r => r.MissingUpdateCount).ThenBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
        Vulnerable = Records.Where(r => !r.IsCompliant).ToList();
        // The total is known when the summary came along, or when the records include the compliant instances.
        TotalInstances = summary?.TotalInstances ?? (Records.Any(r => r.IsCompliant) ? Records.Count : (int?)null);
        Scope = summary?.Scope;
        GeneratedAt = summary?.GeneratedAt ?? DateTime.Now;
        ByCompartment = Vulnerable.GroupBy(r => string.IsNullOrEmpty(r.CompartmentName) ? r.CompartmentId : r.CompartmentName)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Cves = Vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    public List<OsmComplianceRecord> Records { get; }
    public List<OsmComplianceRecord> Vulnerable { get; }
    public int? TotalInstances { get; }
    public string? Scope { get; }
    public DateTime GeneratedAt { get; }
    public List<(string Name, int Count)> ByCompartment { get; }
    public int Cves { get; }

    public string Headline => TotalInstances is { } total
        ? $"Out of {total} managed instance{(total == 1 ? "" : "s")}, {(Vulnerable.Count == 0 ? "none" : Vulnerable.Count.ToString(CultureInfo.InvariantCulture))} {(Vulnerable.Count == 1 ? "is" : "are")} missing updates."
        : $"{Vulnerable.Count} managed instance{(Vulnerable.Count == 1 ? " is" : "s are")} missing updates.";
}

/// <summary>Writes a compliance report as a self-contained HTML page, Markdown or JSON.</summary>
internal static class ComplianceReportWriter
{
    public static string Html(ComplianceReportData data)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Patch compliance report</title>\n<style>\n")
         .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem;color:#1d2733}h1{margin-bottom:.2rem}")
         .Append(".meta{color:#5b6b7b}.cards{display:flex;gap:1rem;margin:1.5rem 0}.card{border:1px solid #d5dde5;border-radius:8px;padding:1rem 1.5rem}")
         .Append(".card b{display:block;font-size:2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e3e8ee;padding:.4rem;text-align:left;vertical-align:top}")
         .Append("th{background:#f4f6f8}.ok{color:#2e7d32}.bad{color:#c62828}.cves{font-family:monospace;font-size:.75rem;color:#5b6b7b;word-break:break-all}td.updates{min-width:24rem}td.instance{max-width:16rem}svg text{font-size:12px;fill:#1d2733}\n</style></head><body>\n");
        h.Append("<h1>Patch compliance report</h1>\n<p class=\"meta\">Generated ").Append(E(data.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        if (data.Scope is not null)
        {
            h.Append(" for ").Append(E(data.Scope));
        }
        h.Append("</p>\n<p id=\"headline\">").Append(E(data.Headline)).Append("</p>\n<div class=\"cards\">\n");
        Card(h, "total", "Managed instances", data.TotalInstances?.ToString(CultureInfo.InvariantCulture) ?? "n/a");
        Card(h, "vulnerable", "Instances missing updates", data.Vulnerable.Count.ToString(CultureInfo.InvariantCulture));
        Card(h, "updates", "Missing updates in all", data.Vulnerable.Sum(r => r.MissingUpdateCount).ToString(CultureInfo.InvariantCulture));
        Card(h, "cves", "Distinct CVEs", data.Cves.ToString(CultureInfo.InvariantCulture));
        h.Append("</div>\n<h2>Vulnerable instances by compartment</h2>\n");
        Chart(h, data.ByCompartment);
        h.Append("<h2>Instances</h2>\n<table id=\"instances\"><thead><tr><th>Instance</th><th>Compartment</th><th>OS</th><th>Kernel</th><th>Status</th><th>Last check-in</th><th>Reboot</th><th>Missing</th><th>Updates and CVEs</th></tr></thead><tbody>\n");
        foreach (var r in data.Records)
        {
            h.Append("<tr data-missing=\"").Append(r.MissingUpdateCount).Append("\"><td class=\"instance\"><b>").Append(E(r.DisplayName)).Append("</b><br><span class=\"cves\">").Append(E(r.Id)).Append("</span></td><td>")
             .Append(E(r.CompartmentName)).Append("</td><td>").Append(E($"{r.OsName ?? r.OsFamily} {r.OsVersion}".Trim())).Append("</td><td>").Append(E(r.OsKernelVersion ?? ""))
             .Append("</td><td>").Append(E(r.Status)).Append("</td><td>").Append(E(r.LastCheckin?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""))
             .Append("</td><td>").Append(r.IsRebootRequired ? "yes" : "no").Append("</td><td class=\"").Append(r.IsCompliant ? "ok" : "bad").Append("\">").Append(r.MissingUpdateCount).Append("</td><td class=\"updates\">");
            foreach (var u in r.Updates)
            {
                h.Append(E(u.DisplayName));
                if (u.Cves.Count > 0)
                {
                    h.Append(" <span class=\"cves\">").Append(E(u.Cves.ToString())).Append("</span>");
                }
                h.Append("<br>");
            }
            h.Append("</td></tr>\n");
        }
        h.Append("</tbody></table>\n</body></html>\n");
        return h.ToString();
    }

    public static string Markdown(ComplianceReportData data)
    {
        var m = new StringBuilder();
        m.Append("# Patch compliance report\n\n").Append(data.Headline).Append("\n\n");
        m.Append("| Compartment | Vulnerable instances |\n|---|---|\n");
        foreach (var (name, count) in data.ByCompartment)
        {
            m.Append("| ").Append(Md(name)).Append(" | ").Append(count).Append(" |\n");
        }
        m.Append("\n## Instances\n\n| Instance | Compartment | OS | Missing | Updates | CVEs |\n|---|---|---|---|---|---|\n");
        foreach (var r in data.Records)
        {
            m.Append("| ").Append(Md(r.DisplayName)).Append(" | ").Append(Md(r.CompartmentName)).Append(" | ").Append(Md($"{r.OsName ?? r.OsFamily} {r.OsVersion}".Trim()))
             .Append(" | ").Append(r.MissingUpdateCount).Append(" | ").Append(Md(r.UpdateNames.ToString())).Append(" | ").Append(Md(r.Cves.ToString())).Append(" |\n");
        }
        return m.ToString();
    }

    public static string Json(ComplianceReportData data)
    {
        var report = new
        {
            generatedAt = data.GeneratedAt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
            scope = data.Scope,
            totalInstances = data.TotalInstances,
            vulnerableInstances = data.Vulnerable.Count,
            byCompartment = data.ByCompartment.Select(c => new { compartment = c.Name, vulnerable = c.Count }),
            instances = data.Records.Select(r => new
            {
                displayName = r.DisplayName, id = r.Id, compartmentId = r.CompartmentId, compartmentName = r.CompartmentName,
                osFamily = r.OsFamily, osName = r.OsName, osVersion = r.OsVersion, osKernelVersion = r.OsKernelVersion,
                status = r.Status, lastCheckin = r.LastCheckin?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
                lastBoot = r.LastBoot?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture), isRebootRequired = r.IsRebootRequired,
                managedInstanceGroups = r.ManagedInstanceGroups, updatesAvailable = r.UpdatesAvailable,
                securityUpdatesAvailable = r.SecurityUpdatesAvailable, missingUpdateCount = r.MissingUpdateCount,
                updates = r.Updates.Select(u => new { name = u.Name, displayName = u.DisplayName, updateType = u.UpdateType, cves = u.Cves }),
                cves = r.Cves,
            }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
    }

    private static void Card(StringBuilder h, string id, string label, string value) =>
        h.Append("<div class=\"card\" id=\"card-").Append(id).Append("\"><b>").Append(E(value)).Append("</b>").Append(E(label)).Append("</div>\n");

    // A horizontal bar chart as inline SVG: no scripts, no fonts, opens offline.
    private static void Chart(StringBuilder h, List<(string Name, int Count)> bars)
    {
        if (bars.Count == 0)
        {
            h.Append("<p class=\"ok\">No vulnerable instances.</p>\n");
            return;
        }
        const int rowHeight = 24, labelWidth = 260, barWidth = 420;
        var max = bars.Max(b => b.Count);
        h.Append("<svg id=\"chart\" role=\"img\" aria-label=\"Vulnerable instances by compartment\" width=\"").Append(labelWidth + barWidth + 60)
         .Append("\" height=\"").Append(bars.Count * rowHeight + 8).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (name, count) = bars[i];
            var y = i * rowHeight + 4;
            var width = Math.Max(2, barWidth * count / max);
            h.Append("<g class=\"bar\" data-compartment=\"").Append(E(name)).Append("\" data-count=\"").Append(count).Append("\">")
             .Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">").Append(E(Shorten(name, 36))).Append("</text>")
             .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(width).Append("\" height=\"").Append(rowHeight - 6).Append("\" fill=\"#c62828\"/>")
             .Append("<text x=\"").Append(labelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(count).Append("</text></g>\n");
        }
        h.Append("</svg>\n");
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Md(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace OsManagement.Reports;

/// <summary>
/// Writes a compliance report as a self-contained HTML page (no scripts, no fonts, inline SVG charts: it opens offline)
/// or as Markdown with the same instance columns. The page reads at 1280 px without a horizontal scrollbar: the instance
/// table has a fixed layout with widths in percent, and an OCID takes one line, cut short on screen but whole in the text.
/// </summary>
internal static class ComplianceReportWriter
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5rem;color:#1d2733;font-size:15px}h1{margin-bottom:.2rem}h2{margin-top:2rem}" +
        ".meta{color:#5b6b7b}.warn{color:#8a4b00;background:#fff4e0;border-left:4px solid #ef6c00;padding:.4rem .8rem}.note{color:#5b6b7b;font-style:italic}" +
        ".cards{display:flex;flex-wrap:wrap;gap:.7rem;margin:1rem 0}.card{border:1px solid #d5dde5;border-radius:8px;padding:.5rem 1rem;min-width:7.5rem;font-size:.9rem}" +
        ".card b{display:block;font-size:1.7rem}.card small{display:block;color:#5b6b7b}.card.sev{border-top:6px solid #9aa5b1;min-width:11rem}" +
        "table{border-collapse:collapse;width:100%;font-size:.85rem;table-layout:fixed}th,td{border-bottom:1px solid #e3e8ee;padding:.35rem .4rem;text-align:left;vertical-align:top}td{overflow-wrap:anywhere}" +
        "th{background:#f4f6f8}.ok{color:#2e7d32}.bad{color:#c62828}.unknown{color:#5b6b7b}.word{overflow-wrap:normal;white-space:nowrap}" +
        ".num{text-align:right}" +
        ".ocid,.line{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.ocid{font-family:ui-monospace,monospace;font-size:.72rem;line-height:1.3;color:#5b6b7b;direction:rtl;text-align:left}" +
        ".cves{font-family:ui-monospace,monospace;font-size:.72rem;color:#5b6b7b}.small{display:block;font-size:.75rem;color:#5b6b7b}" +
        ".card.sev-CRITICAL{border-top-color:#7b1fa2}.card.sev-IMPORTANT{border-top-color:#c62828}.card.sev-MODERATE{border-top-color:#ef6c00}.card.sev-LOW{border-top-color:#f9a825}" +
        ".adv{display:inline-block;vertical-align:top;margin:0 .9rem .3rem 0}" +
        ".badge{display:inline-block;border-radius:4px;padding:0 .3rem;font-size:.72rem;font-weight:600;color:#fff;background:#9aa5b1}" +
        ".badge.sev-CRITICAL{background:#7b1fa2}.badge.sev-IMPORTANT{background:#c62828}.badge.sev-MODERATE{background:#ef6c00}.badge.sev-LOW{background:#b28704}" +
        ".badge.stale{background:#5b6b7b}.badge.inactive{background:#8a6d1f}.past{color:#c62828;font-weight:600}svg text{font-size:12px;fill:#1d2733}";

    private static readonly Dictionary<string, string> SeverityColours = new()
    {
        ["CRITICAL"] = "#7b1fa2", ["IMPORTANT"] = "#c62828", ["MODERATE"] = "#ef6c00", ["LOW"] = "#f9a825", ["UNRATED"] = "#9aa5b1",
    };

    public static string Html(ComplianceReportData data)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Patch compliance report</title>\n<style>\n")
         .Append(Style).Append("\n</style></head><body>\n");
        h.Append("<h1>Patch compliance report</h1>\n<p class=\"meta\">Generated ").Append(E(data.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        if (data.Scope is not null)
        {
            h.Append(" for ").Append(E(data.Scope));
        }
        if (data.Service is not null)
        {
            h.Append(" &middot; ").Append(E(data.Service));
        }
        if (data.SeverityKnown && data.SlaDays is not null)
        {
            h.Append(" &middot; SLA in days: ").Append(E(data.SlaDays));
        }
        h.Append("</p>\n<p id=\"headline\">").Append(E(data.Headline)).Append("</p>\n");
        Note(h, "stale-note", "warn", data.StaleLine);
        Note(h, "inactive-note", "note", data.InactiveLine);
        Note(h, "severity-note", "note", data.SeverityNote);
        Note(h, "unrated-note", "warn", data.UnratedLine);
        Note(h, "reboot-note", "note", data.RebootLine);
        Note(h, "analytics-note", "note", data.AnalyticsNote);
        h.Append("<div class=\"cards\">\n");
        Card(h, "total", "Managed instances", data.TotalInstances?.ToString(CultureInfo.InvariantCulture) ?? "n/a");
        Card(h, "vulnerable", $"Instances missing {data.Missing}", N(data.Vulnerable.Count));
        Card(h, "updates", $"Missing {data.Missing} in all", N(data.Vulnerable.Sum(r => r.MissingUpdateCount)));
        Card(h, "cves", "Distinct CVEs", N(data.Cves));
        Card(h, "stale", "Stale instances", N(data.Stale));
        if (data.SlaBreachedInstances is { } breached)
        {
            Card(h, "sla", "Instances past their SLA", N(breached));
        }
        Card(h, "reboot", "Instances needing a reboot", N(data.RebootRequired));
        h.Append("</div>\n");

        if (data.SeverityKnown)
        {
            h.Append("<h2>By severity</h2>\n<div class=\"cards\" id=\"severity-cards\">\n");
            foreach (var s in data.BySeverity)
            {
                // The big number and "past the SLA" count the same instances: those missing this severity at all.
                h.Append("<div class=\"card sev sev-").Append(s.Severity).Append("\" id=\"card-").Append(s.Severity.ToLowerInvariant()).Append('"');
                foreach (var c in SeverityColumn.All)
                {
                    h.Append(" data-").Append(Kebab(c.Property)).Append("=\"").Append(c.Value(s)?.ToString(CultureInfo.InvariantCulture) ?? "").Append('"');
                }
                h.Append("><b>").Append(s.InstancesMissing).Append("</b>").Append(ComplianceReportData.Title(s.Severity))
                 .Append(": instance").Append(s.InstancesMissing == 1 ? "" : "s")
                 .Append(" missing").Append("<small").Append(s.InstancesPastSla > 0 ? " class=\"past\"" : "").Append('>');
                if (s.SlaDays is { } days)
                {
                    h.Append("of them ").Append(s.InstancesPastSla).Append(" past the SLA of ").Append(days).Append(" days");
                }
                else
                {
                    h.Append("no SLA (-SlaDays Unrated gives one)");
                }
                h.Append("</small><small>").Append(s.InstancesByHighestSeverity).Append(" with it as their highest severity</small><small>")
                 .Append(s.AdvisoriesMissing)
                 .Append(" missing advisor").Append(s.AdvisoriesMissing == 1 ? "y" : "ies").Append(" in all</small></div>\n");
            }
            h.Append("</div>\n");
            SeverityTable(h, data);
            h.Append("<h2>Vulnerable instances by highest severity</h2>\n");
            SeverityChart(h, data);
            Breaches(h, data);
        }

        ComplianceReportRegions.Html(h, data);
        h.Append("<h2>Vulnerable instances by compartment</h2>\n");
        Chart(h, data.ByCompartment);
        InstanceTable(h, data);
        h.Append("</body></html>\n");
        return h.ToString();
    }

    // The per-severity figures as a table with the summary's names, the same as Markdown's.
    private static void SeverityTable(StringBuilder h, ComplianceReportData data)
    {
        h.Append("<table id=\"severity-table\"><thead><tr><th>Severity</th>");
        foreach (var c in SeverityColumn.All)
        {
            h.Append("<th class=\"num\">").Append(E(c.Header)).Append("</th>");
        }
        h.Append("</tr></thead><tbody>\n");
        foreach (var s in data.BySeverity)
        {
            h.Append("<tr data-severity=\"").Append(s.Severity).Append("\"><td>").Append(Badge(s.Severity)).Append("</td>");
            foreach (var c in SeverityColumn.All)
            {
                h.Append("<td class=\"num\">").Append(c.Value(s)?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody></table>\n");
    }

    private static void Breaches(StringBuilder h, ComplianceReportData data)
    {
        h.Append("<h2 id=\"sla\">SLA breaches</h2>\n");
        if (data.Breaches.Count == 0)
        {
            h.Append("<p class=\"ok\" id=\"no-breaches\">No instance is past its SLA.</p>\n");
            return;
        }
        h.Append("<table id=\"breaches\"><colgroup><col style=\"width:26%\"><col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:18%\"><col style=\"width:12%\"><col style=\"width:12%\"><col style=\"width:12%\"></colgroup>")
         .Append("<thead><tr><th>Instance</th><th>Severity</th><th>SLA (days)</th><th>Oldest advisory</th><th>Issued</th><th>Due</th><th class=\"num\">Days overdue</th></tr></thead><tbody>\n");
        foreach (var (r, b) in data.Breaches)
        {
            h.Append("<tr class=\"breach\" data-severity=\"").Append(b.Severity).Append("\"><td>");
            InstanceCell(h, r);
            h.Append("</td><td>").Append(Badge(b.Severity)).Append("</td><td>").Append(b.SlaDays).Append("</td><td>").Append(E(b.Advisory))
             .Append("</td><td>").Append(ReportColumn.Day(b.Issued)).Append("</td><td class=\"past\">").Append(ReportColumn.Day(b.DueDate))
             .Append("</td><td class=\"num past\">").Append(b.DaysOverdue).Append("</td></tr>\n");
        }
        h.Append("</tbody></table>\n");
    }

    private static void InstanceTable(StringBuilder h, ComplianceReportData data)
    {
        var columns = ReportColumn.For(data.SeverityKnown, markdown: false);
        var total = columns.Sum(c => c.Weight);
        h.Append("<h2>Instances</h2>\n<table id=\"instances\"><colgroup>");
        foreach (var c in columns)
        {
            h.Append("<col style=\"width:").Append((100.0 * c.Weight / total).ToString("0.#", CultureInfo.InvariantCulture)).Append("%\">");
        }
        h.Append("</colgroup><thead><tr>");
        foreach (var c in columns)
        {
            h.Append("<th>").Append(E(c.Header)).Append("</th>");
        }
        h.Append("</tr></thead><tbody>\n");
        foreach (var r in data.Records)
        {
            h.Append("<tr data-missing=\"").Append(r.MissingUpdateCount).Append("\" data-id=\"").Append(E(r.Id)).Append('"');
            if (r.IsStale)
            {
                h.Append(" data-stale=\"true\"");
            }
            if (r.SlaBreached == true)
            {
                h.Append(" data-sla-breached=\"true\"");
            }
            h.Append('>');
            foreach (var c in columns)
            {
                h.Append("<td>");
                Cell(h, c.Header, r);
                h.Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody></table>\n");
    }

    private static void Cell(StringBuilder h, string column, OsmComplianceRecord r)
    {
        switch (column)
        {
            case "Instance":
                InstanceCell(h, r);
                break;
            case "OS":
                h.Append(E(ReportColumn.Os(r)));
                if (!string.IsNullOrEmpty(r.OsKernelVersion))
                {
                    h.Append("<span class=\"small line\" title=\"").Append(E(r.OsKernelVersion!)).Append("\">").Append(E(r.OsKernelVersion!)).Append("</span>");
                }
                break;
            case "Status":
                // A status is one word: it wraps whole, never mid-word (UNREACH-ABLE).
                h.Append("<span class=\"word\">").Append(E(r.Status)).Append("</span>");
                if (r.IsStale)
                {
                    h.Append(" <span class=\"badge stale\">stale</span><span class=\"small\">").Append(E(r.StaleReason ?? "")).Append("</span>");
                }
                else if (r.InactiveReason is { } inactive)
                {
                    h.Append(" <span class=\"badge inactive\">inactive</span><span class=\"small\">").Append(E(inactive)).Append("</span>");
                }
                if (r.IsRebootRequired)
                {
                    h.Append("<span class=\"small\">reboot needed</span>");
                }
                break;
            case "Severity":
                h.Append(r.HighestSeverity is { } s ? Badge(s) : "");
                break;
            case "Missing":
                // What a stale instance misses may be out of date: its count is neither good news nor bad.
                var tone = r.IsStale ? "unknown" : r.MissingUpdateCount == 0 ? "ok" : "bad";
                h.Append("<span class=\"").Append(tone).Append("\">").Append(r.MissingUpdateCount).Append("</span>");
                break;
            case "SLA":
                if (r.SlaBreached == true)
                {
                    h.Append("<span class=\"past\">").Append(E(ReportColumn.PastDue(r))).Append("</span><span class=\"small\">due ")
                     .Append(ReportColumn.Day(r.SlaDueDate))
                     .Append("</span><span class=\"small\">").Append(E(ReportColumn.BreachedSeverities(r))).Append("</span>");
                }
                else
                {
                    h.Append(E(ReportColumn.Sla(r)));
                }
                break;
            case "Advisories and CVEs":
                foreach (var a in r.Advisories)
                {
                    h.Append("<div class=\"adv\">");
                    if (a.Severity is { } severity)
                    {
                        h.Append(Badge(severity)).Append(' ');
                    }
                    h.Append(E(a.IsErratum ? a.Name : a.Title ?? a.Name));
                    if (a.AgeDays is { } age)
                    {
                        h.Append(" <span class=\"small\" style=\"display:inline\">").Append(age).Append(" d</span>");
                    }
                    if (a.Cves.Count > 0)
                    {
                        h.Append("<span class=\"cves\" style=\"display:block\">").Append(E(string.Join(", ", a.Cves))).Append("</span>");
                    }
                    h.Append("</div>");
                }
                break;
            default:
                h.Append(E(ReportColumn.All.First(c => c.Header == column).Text(r)));
                break;
        }
    }

    // The name, and the OCID on one line: cut short at its start on screen (its end tells instances apart; the whole of it
    // shows on hover), whole when copied or searched. The <bdi> keeps its characters in order inside the right-to-left box.
    private static void InstanceCell(StringBuilder h, OsmComplianceRecord r) =>
        h.Append("<b>").Append(E(r.DisplayName)).Append("</b><span class=\"ocid\" title=\"").Append(E(r.Id)).Append("\"><bdi>").Append(E(r.Id)).Append("</bdi></span>");

    private static string Badge(string severity) =>
        $"<span class=\"badge sev-{E(severity)}\">{E(ComplianceReportData.Title(severity))}</span>";

    public static string Markdown(ComplianceReportData data)
    {
        var m = new StringBuilder();
        m.Append("# Patch compliance report\n\n").Append(data.Headline).Append("\n\n");
        if (data.StaleLine is { } stale)
        {
            m.Append(stale).Append("\n\n");
        }
        if (data.InactiveLine is { } inactive)
        {
            m.Append(inactive).Append("\n\n");
        }
        if (data.SeverityNote is { } note)
        {
            m.Append('_').Append(note).Append("_\n\n");
        }
        foreach (var line in new[] { data.UnratedLine, data.RebootLine, data.AnalyticsNote }.OfType<string>())
        {
            m.Append(line).Append("\n\n");
        }
        if (data.SeverityKnown)
        {
            m.Append("| Severity | ").Append(string.Join(" | ", SeverityColumn.All.Select(c => c.Header))).Append(" |\n|---|")
             .Append(string.Concat(SeverityColumn.All.Select(_ => "---|"))).Append('\n');
            foreach (var s in data.BySeverity)
            {
                m.Append("| ").Append(ComplianceReportData.Title(s.Severity)).Append(" | ")
                 .Append(string.Join(" | ", SeverityColumn.All.Select(c => c.Value(s)?.ToString(CultureInfo.InvariantCulture) ?? ""))).Append(" |\n");
            }
            m.Append("\n_Instances missing counts an instance under every severity it misses (those past the SLA are some of them); ")
             .Append("instances by highest severity counts each vulnerable instance once, under its most severe advisory._\n");
            m.Append("\n## SLA breaches\n\n");
            if (data.Breaches.Count == 0)
            {
                m.Append("No instance is past its SLA.\n\n");
            }
            else
            {
                m.Append("| Instance | Severity | SLA (days) | Oldest advisory | Issued | Due | Days overdue |\n|---|---|---|---|---|---|---|\n");
                foreach (var (r, b) in data.Breaches)
                {
                    m.Append("| ").Append(Md(r.DisplayName)).Append(" | ").Append(ComplianceReportData.Title(b.Severity)).Append(" | ").Append(b.SlaDays).Append(" | ").Append(Md(b.Advisory))
                     .Append(" | ").Append(ReportColumn.Day(b.Issued)).Append(" | ").Append(ReportColumn.Day(b.DueDate)).Append(" | ").Append(b.DaysOverdue).Append(" |\n");
                }
                m.Append('\n');
            }
        }
        ComplianceReportRegions.Markdown(m, data);
        m.Append("| Compartment | Vulnerable instances |\n|---|---|\n");
        foreach (var (name, count) in data.ByCompartment)
        {
            m.Append("| ").Append(Md(name)).Append(" | ").Append(count).Append(" |\n");
        }
        var columns = ReportColumn.For(data.SeverityKnown, markdown: true);
        m.Append("\n## Instances\n\n| ").Append(string.Join(" | ", columns.Select(c => c.Header))).Append(" |\n|").Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
        foreach (var r in data.Records)
        {
            m.Append("| ").Append(string.Join(" | ", columns.Select(c => Md(c.Text(r))))).Append(" |\n");
        }
        return m.ToString();
    }

    // A paragraph of the page that says something about the figures; nothing when there is nothing to say.
    private static void Note(StringBuilder h, string id, string style, string? text)
    {
        if (text is not null)
        {
            h.Append("<p id=\"").Append(id).Append("\" class=\"").Append(style).Append("\">").Append(E(text)).Append("</p>\n");
        }
    }

    private static void Card(StringBuilder h, string id, string label, string value) =>
        h.Append("<div class=\"card\" id=\"card-").Append(id).Append("\"><b>").Append(E(value)).Append("</b>").Append(E(label)).Append("</div>\n");

    // Instances by their most severe missing advisory, and those that miss nothing rated, as inline SVG.
    private static void SeverityChart(StringBuilder h, ComplianceReportData data)
    {
        var bars = data.BySeverity.Select(s => (Key: s.Severity, Label: s.Severity == "UNRATED" ? "Not rated" : ComplianceReportData.Title(s.Severity),
            Count: s.InstancesByHighestSeverity, Colour: SeverityColours[s.Severity])).ToList();
        const int rowHeight = 24, labelWidth = 120, barWidth = 420;
        var max = Math.Max(1, bars.Max(b => b.Count));
        h.Append("<svg id=\"severity-chart\" role=\"img\" aria-label=\"Vulnerable instances by their most severe missing advisory\" width=\"").Append(labelWidth + barWidth + 60)
         .Append("\" height=\"").Append(bars.Count * rowHeight + 8).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (key, label, count, colour) = bars[i];
            var y = i * rowHeight + 4;
            var width = count == 0 ? 0 : Math.Max(2, barWidth * count / max);
            h.Append("<g class=\"severity-bar\" data-severity=\"").Append(key).Append("\" data-instances=\"").Append(count).Append("\">")
             .Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">").Append(label).Append("</text>")
             .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(width).Append("\" height=\"").Append(rowHeight - 6).Append("\" fill=\"").Append(colour).Append("\"/>")
             .Append("<text x=\"").Append(labelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(count).Append("</text></g>\n");
        }
        h.Append("</svg>\n");
    }

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

    // InstancesPastSla reads instances-past-sla as an HTML attribute.
    private static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Md(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}

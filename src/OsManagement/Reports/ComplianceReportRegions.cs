using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace OsManagement.Reports;

/// <summary>
/// The page's and the Markdown's figures per region, for a report read in several regions (Get-OsmComplianceReport
/// -Region): each region's vulnerable, past-SLA and stale instances and its CVEs, then the total. Nothing for one region.
/// </summary>
internal static class ComplianceReportRegions
{
    /// <summary>One region's figures.</summary>
    internal sealed class RegionFigures
    {
        public RegionFigures(string region, int? instances, int vulnerable, int slaBreached, int stale, int cves)
        {
            Region = region;
            Instances = instances;
            Vulnerable = vulnerable;
            SlaBreached = slaBreached;
            Stale = stale;
            Cves = cves;
        }

        public string Region { get; }
        public int? Instances { get; }
        public int Vulnerable { get; }
        public int SlaBreached { get; }
        public int Stale { get; }
        public int Cves { get; }
    }

    /// <summary>Each region's figures, in the order the records came, and the total last; empty unless the records are of several regions.</summary>
    public static List<RegionFigures> Of(ComplianceReportData data)
    {
        var regions = data.InReportOrder.Select(r => r.Region).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (regions.Count < 2)
        {
            return new List<RegionFigures>();
        }
        // Instances per region are known when the compliant ones came too (as for the report's own total).
        var complete = data.Records.Any(r => r.MissingUpdateCount == 0);
        RegionFigures Figures(string name, IReadOnlyCollection<OsmComplianceRecord> records)
        {
            var vulnerable = records.Where(r => r.MissingUpdateCount > 0).ToList();
            return new RegionFigures(name, complete ? records.Count : null, vulnerable.Count, vulnerable.Count(r => r.SlaBreached == true),
                records.Count(r => r.IsStale), vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
        return regions.Select(region => Figures(region, data.Records.Where(r => string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Concat(new[] { Figures("All regions", data.Records) }).ToList();
    }

    private static readonly string[] Headers = { "Region", "Instances", "Vulnerable instances", "Past the SLA", "Stale", "CVEs" };

    private static IEnumerable<string> Cells(RegionFigures f) => new[]
    {
        f.Region, f.Instances?.ToString() ?? "", f.Vulnerable.ToString(), f.SlaBreached.ToString(), f.Stale.ToString(), f.Cves.ToString(),
    };

    /// <summary>The page's "By region" table.</summary>
    public static void Html(StringBuilder h, ComplianceReportData data)
    {
        var figures = Of(data);
        if (figures.Count == 0)
        {
            return;
        }
        h.Append("<h2>By region</h2>\n<table id=\"regions\"><tr>");
        foreach (var header in Headers)
        {
            h.Append("<th>").Append(header).Append("</th>");
        }
        h.Append("</tr>\n");
        foreach (var f in figures)
        {
            h.Append("<tr data-region=\"").Append(WebUtility.HtmlEncode(f.Region)).Append("\">");
            foreach (var cell in Cells(f))
            {
                h.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</table>\n");
    }

    /// <summary>The Markdown's "By region" table.</summary>
    public static void Markdown(StringBuilder m, ComplianceReportData data)
    {
        var figures = Of(data);
        if (figures.Count == 0)
        {
            return;
        }
        m.Append("## By region\n\n| ").Append(string.Join(" | ", Headers)).Append(" |\n|").Append(string.Concat(Headers.Select(_ => "---|"))).Append('\n');
        foreach (var f in figures)
        {
            m.Append("| ").Append(string.Join(" | ", Cells(f))).Append(" |\n");
        }
        m.Append('\n');
    }
}

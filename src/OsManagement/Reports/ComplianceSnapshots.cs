using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Reports;

/// <summary>Report records (and a summary) as the snapshot a comparison reads.</summary>
internal static class ComplianceSnapshots
{
    public static ComplianceSnapshot FromRecords(IReadOnlyList<OsmComplianceRecord> records, OsmComplianceSummary? summary)
    {
        var snapshot = new ComplianceSnapshot
        {
            GeneratedAt = Offset(summary?.GeneratedAt ?? (records.Count > 0 ? records.Min(r => r.GeneratedAt) : null)),
            Scope = summary?.Scope ?? records.Select(r => r.Scope).FirstOrDefault(),
            Service = summary?.Service ?? records.Select(r => r.Service).FirstOrDefault(),
        };
        foreach (var r in records)
        {
            snapshot.Instances.Add(new SnapshotInstance
            {
                Id = r.Id,
                DisplayName = r.DisplayName,
                CompartmentName = r.CompartmentName,
                IsStale = r.IsStale,
                Region = r.Region,
                Advisories = r.Advisories.Select(a => new MissingAdvisory
                {
                    Name = a.Name,
                    Title = a.Title,
                    IsErratum = a.IsErratum,
                    Kind = ComplianceReportJson.Kind(a.UpdateType),
                    Severity = Vocabulary.TryParse<AdvisorySeverity>(a.Severity),
                    Issued = Offset(a.Issued),
                    FirstSeen = Offset(a.FirstSeen),
                    Cves = a.Cves,
                    Updates = a.Updates,
                }).ToList(),
                Updates = r.Updates.Select(u => new MissingAdvisory { Name = u.Name, Title = u.DisplayName, Kind = ComplianceReportJson.Kind(u.UpdateType), Cves = u.Cves }).ToList(),
            });
        }
        return snapshot;
    }

    // Output times are local DateTimes; the engine compares instants.
    private static DateTimeOffset? Offset(DateTime? time) => time is { } t ? new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Local) : t) : null;
}

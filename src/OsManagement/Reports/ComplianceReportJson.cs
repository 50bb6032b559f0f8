using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Reports;

/// <summary>
/// The JSON form of a report: what Export-OsmComplianceReport writes (readable by ConvertFrom-Json, camelCase, times in
/// UTC ISO 8601), and what Compare-OsmComplianceReport reads back. It carries what a comparison needs: when the report was
/// made, what it covered, which service answered, and per instance the advisories and updates it missed.
/// </summary>
internal static class ComplianceReportJson
{
    /// <summary>
    /// Names the file's layout; Compare-OsmComplianceReport reads every version (the first has no format field and no advisories;
    /// the third names the per-severity figures for what they count and adds reboots).
    /// </summary>
    public const string Format = "OsManagement.ComplianceReport";
    public const int FormatVersion = 3;

    public static string Write(ComplianceReportData data)
    {
        var report = new
        {
            format = Format,
            formatVersion = FormatVersion,
            generatedAt = Utc(data.GeneratedAt),
            scope = data.Scope,
            service = data.Service,
            severityKnown = data.SeverityKnown,
            slaDays = data.SeverityKnown ? data.BySeverity.Where(s => s.SlaDays is not null).ToDictionary(s => ComplianceReportData.Title(s.Severity), s => s.SlaDays) : null,
            totalInstances = data.TotalInstances,
            vulnerableInstances = data.Vulnerable.Count,
            staleInstances = data.Stale,
            inactiveInstances = data.Inactive,
            slaBreachedInstances = data.SlaBreachedInstances,
            rebootRequiredInstances = data.RebootRequired,
            unratedInstances = data.SeverityKnown ? data.Unrated : null,
            countedBy = data.CountedBy,
            bySeverity = data.SeverityKnown
                ? data.BySeverity.Select(s => SeverityColumn.All.Aggregate(new Dictionary<string, object?> { ["severity"] = s.Severity }, (row, c) =>
                {
                    row[c.JsonName] = c.Value(s);
                    return row;
                }))
                : null,
            byCompartment = data.ByCompartment.Select(c => new { compartment = c.Name, vulnerable = c.Count }),
            instances = data.InReportOrder.Select(r => new
            {
                displayName = r.DisplayName, id = r.Id, compartmentId = r.CompartmentId, compartmentName = r.CompartmentName,
                osFamily = r.OsFamily, osName = r.OsName, osVersion = r.OsVersion, osKernelVersion = r.OsKernelVersion,
                status = r.Status, lastCheckin = Utc(r.LastCheckin), lastBoot = Utc(r.LastBoot), isRebootRequired = r.IsRebootRequired,
                managedInstanceGroups = r.ManagedInstanceGroups, lifecycleStage = r.LifecycleStage, updatesAvailable = r.UpdatesAvailable,
                securityUpdatesAvailable = r.SecurityUpdatesAvailable, missingUpdateCount = r.MissingUpdateCount,
                isCompliant = r.IsCompliant, isStale = r.IsStale, staleReason = r.StaleReason, activity = r.Activity, inactiveReason = r.InactiveReason,
                highestSeverity = r.HighestSeverity, criticalCount = r.CriticalCount, importantCount = r.ImportantCount,
                moderateCount = r.ModerateCount, lowCount = r.LowCount,
                oldestAdvisoryIssued = Utc(r.OldestAdvisoryIssued), oldestAdvisoryAgeDays = r.OldestAdvisoryAgeDays,
                slaBreached = r.SlaBreached, slaDueDate = Utc(r.SlaDueDate),
                slaBreaches = r.SlaBreaches.Select(b => new
                {
                    severity = b.Severity, slaDays = b.SlaDays, advisory = b.Advisory, issued = Utc(b.Issued), dueDate = Utc(b.DueDate), daysOverdue = b.DaysOverdue,
                }),
                advisories = r.Advisories.Select(a => new
                {
                    name = a.Name, title = a.Title, isErratum = a.IsErratum, updateType = a.UpdateType, severity = a.Severity,
                    issued = Utc(a.Issued), ageDays = a.AgeDays, firstSeen = Utc(a.FirstSeen), cves = a.Cves, updates = a.Updates,
                }),
                updates = r.Updates.Select(u => new { name = u.Name, displayName = u.DisplayName, updateType = u.UpdateType, cves = u.Cves, errata = u.Errata }),
                cves = r.Cves,
                region = r.Region,
            }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Reads a file Export-OsmComplianceReport wrote as a snapshot to compare.</summary>
    /// <exception cref="InvalidDataException">The file is not such a report; the message says what is wrong.</exception>
    public static ComplianceSnapshot Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(WhyNotJson(json, e));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                var what = root.ValueKind == JsonValueKind.Array ? "a list" : $"a single {root.ValueKind.ToString().ToLowerInvariant()}";
                throw new InvalidDataException(Messages.ReportFileNotAnObject(what));
            }
            if (String(root, "format") is { } format && format != Format)
            {
                throw new InvalidDataException(Messages.ReportFileOtherFormat(format));
            }
            if (!root.TryGetProperty("instances", out var instances) || instances.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException(Messages.ReportFileNoInstances);
            }
            var snapshot = new ComplianceSnapshot
            {
                GeneratedAt = Time(root, "generatedAt"),
                Scope = String(root, "scope"),
                Service = String(root, "service"),
            };
            var index = 0;
            foreach (var item in instances.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object || String(item, "id") is not { Length: > 0 } id)
                {
                    throw new InvalidDataException(Messages.ReportFileInstanceWithoutId(index));
                }
                snapshot.Instances.Add(new SnapshotInstance
                {
                    Id = id,
                    DisplayName = String(item, "displayName") ?? id,
                    CompartmentName = String(item, "compartmentName"),
                    IsStale = item.TryGetProperty("isStale", out var stale) && stale.ValueKind == JsonValueKind.True,
                    Region = String(item, "region"),
                    Advisories = item.TryGetProperty("advisories", out var advisories) && advisories.ValueKind == JsonValueKind.Array
                        ? advisories.EnumerateArray().Select(Advisory).ToList()
                        : null,
                    Updates = item.TryGetProperty("updates", out var updates) && updates.ValueKind == JsonValueKind.Array
                        ? updates.EnumerateArray().Select(u => new MissingAdvisory { Name = String(u, "name") ?? "", Title = String(u, "displayName"), Kind = Kind(String(u, "updateType")), Cves = Strings(u, "cves") }).ToList()
                        : new List<MissingAdvisory>(),
                });
            }
            return snapshot;
        }
    }

    // What a file that does not parse is: empty, cut short (a valid beginning of JSON), a page or a CSV, or broken JSON.
    private static string WhyNotJson(string text, JsonException e)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.Length == 0)
        {
            return Messages.ReportFileEmpty;
        }
        if (start[0] == '<')
        {
            return Messages.ReportFileIsPage;
        }
        if (start[0] != '{' && start[0] != '[' && start.Split('\n')[0].Contains(","))
        {
            return Messages.ReportFileIsCsv;
        }
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(start), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
            // Every byte read without an error, but the JSON is not finished: the file was cut short.
            return Messages.ReportFileCut(System.Text.Encoding.UTF8.GetByteCount(text));
        }
        catch (JsonException)
        {
            return Messages.ReportFileNotJson((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
        }
    }

    private static MissingAdvisory Advisory(JsonElement a) => new()
    {
        Name = String(a, "name") ?? "",
        Title = String(a, "title"),
        IsErratum = a.TryGetProperty("isErratum", out var erratum) && erratum.ValueKind == JsonValueKind.True,
        Kind = Kind(String(a, "updateType")),
        Severity = Vocabulary.TryParse<AdvisorySeverity>(String(a, "severity")),
        Issued = Time(a, "issued"),
        FirstSeen = Time(a, "firstSeen"),
        Cves = Strings(a, "cves"),
        Updates = Strings(a, "updates"),
    };

    /// <summary>An update type as the output spells it (SECURITY, BUG...) back as a kind.</summary>
    public static Reported<UpdateKind> Kind(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Reported<UpdateKind>.Unknown(text);
        }
        try
        {
            return new Reported<UpdateKind>(UpdateKinds.Parse(text!), text!);
        }
        catch (ArgumentException)
        {
            return Reported<UpdateKind>.Unknown(text);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement e, string name) =>
        String(e, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : Array.Empty<string>();

    private static string? Utc(DateTime? time) => time?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
}

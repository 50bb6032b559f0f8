using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// An advisory an instance misses: an erratum (ELSA-2026-0123) with the updates of it the instance lacks, or, for an
/// update that belongs to no erratum (Windows updates, some Linux packages), that update on its own under its name.
/// Severity and issue date come from OS Management Hub; the retired service leaves them null.
/// </summary>
public sealed class MissingAdvisory
{
    /// <summary>The erratum's name, or the update's own name when it belongs to none.</summary>
    public string Name { get; set; } = "";

    /// <summary>What people read: the erratum's synopsis when the service gives one, the update's display name for a lone update.</summary>
    public string? Title { get; set; }

    /// <summary>Whether this is an erratum (false: an update that belongs to none).</summary>
    public bool IsErratum { get; set; }

    /// <summary>Its classification: Security, Bugfix, Enhancement or Other.</summary>
    public Reported<UpdateKind> Kind { get; set; }

    /// <summary>Its severity (OS Management Hub; null on the retired service and for updates no advisory rates).</summary>
    public AdvisorySeverity? Severity { get; set; }

    /// <summary>When it was issued (OS Management Hub; null on the retired service).</summary>
    public DateTimeOffset? Issued { get; set; }

    /// <summary>
    /// When a report first saw it missing on the instance (an unrated advisory's SLA counts from then); null when not
    /// tracked. Set on the advisories of a report read back, never on those the service gives.
    /// </summary>
    public DateTimeOffset? FirstSeen { get; set; }

    /// <summary>The CVEs it fixes, once each, sorted.</summary>
    public IReadOnlyList<string> Cves { get; set; } = Array.Empty<string>();

    /// <summary>The names of the missing updates it covers.</summary>
    public IReadOnlyList<string> Updates { get; set; } = Array.Empty<string>();

    /// <summary>
    /// The advisories behind a list of missing updates: one per erratum (an update in two errata counts in both), and one
    /// per update that belongs to none. An erratum's severity is the highest its updates report and its issue date the
    /// earliest: a service that gives these per update (Hub's updatable packages) gives them for the update's advisories.
    /// </summary>
    public static IReadOnlyList<MissingAdvisory> FromUpdates(IEnumerable<AvailableUpdate> updates)
    {
        var byName = new Dictionary<string, (MissingAdvisory Advisory, List<AvailableUpdate> Updates)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        void Add(string name, bool isErratum, AvailableUpdate update)
        {
            if (!byName.TryGetValue(name, out var entry))
            {
                entry = (new MissingAdvisory { Name = name, IsErratum = isErratum, Title = isErratum ? null : update.DisplayName, Kind = update.Kind }, new List<AvailableUpdate>());
                byName[name] = entry;
                order.Add(name);
            }
            entry.Updates.Add(update);
        }

        foreach (var update in updates)
        {
            var errata = update.Errata.Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
            if (errata.Count == 0)
            {
                Add(update.Name.Length > 0 ? update.Name : update.DisplayName, false, update);
            }
            foreach (var erratum in errata)
            {
                Add(erratum, true, update);
            }
        }

        return order.Select(name =>
        {
            var (advisory, covered) = byName[name];
            advisory.Severity = covered.Max(u => u.Severity);
            advisory.Issued = covered.Min(u => u.AdvisoryIssued);
            advisory.Cves = SortedUnique(covered.SelectMany(u => u.Cves));
            advisory.Updates = covered.Select(u => u.Name).Distinct(StringComparer.Ordinal).ToList();
            return advisory;
        }).ToList();
    }

    /// <summary>Each CVE once (case-insensitively), in ordinal order.</summary>
    public static IReadOnlyList<string> SortedUnique(IEnumerable<string> cves) =>
        cves.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public override string ToString() => Severity is { } s ? $"{Name} ({s})" : Name;
}

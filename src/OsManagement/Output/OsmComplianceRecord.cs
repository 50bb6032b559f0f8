using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// One managed instance in a compliance report: who it is, its OS and state, and the updates it misses with their CVEs.
/// Flat, CSV-friendly columns (counts, names and CVEs as text) sit beside the structured Updates list.
/// </summary>
public sealed class OsmComplianceRecord
{
    internal OsmComplianceRecord(ComplianceFinding finding)
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
        UpdatesAvailable = m.UpdatesAvailable ?? 0;
        Updates = OsmList<OsmComplianceUpdate>.From(finding.Missing.Select(u => new OsmComplianceUpdate(u)));
        SecurityUpdates = OsmList<OsmComplianceUpdate>.From(finding.Missing.Where(u => u.Kind.Is(UpdateKind.Security)).Select(u => new OsmComplianceUpdate(u)));
        SecurityUpdatesAvailable = SecurityUpdates.Count;
        MissingUpdateCount = Updates.Count;
        UpdateNames = OsmList<string>.From(Updates.Select(u => u.DisplayName));
        Cves = OsmList<string>.From(finding.Missing.SelectMany(u => u.Cves).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal));
        CveCount = Cves.Count;
    }

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

    /// <summary>True when nothing of the report's types is missing.</summary>
    public bool IsCompliant => MissingUpdateCount == 0;

    /// <inheritdoc />
    public override string ToString() => DisplayName;
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

using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// The compliance report's overview: out of how many managed instances how many miss updates, by compartment and by OS.
/// </summary>
public sealed class OsmComplianceSummary
{
    internal OsmComplianceSummary(string scope, IReadOnlyCollection<UpdateKind> updateKinds, ComplianceTotals totals, IReadOnlyCollection<OsmComplianceRecord> vulnerable)
    {
        Scope = scope;
        UpdateTypes = OsmList<string>.From(updateKinds.Select(OutputText.Classification));
        _securityOnly = updateKinds.Count == 1 && updateKinds.Contains(UpdateKind.Security);
        TotalInstances = totals.Instances;
        VulnerableInstances = vulnerable.Count;
        UnscannedInstances = totals.UnscannedInstances;
        UnreadCompartments = totals.UnreadCompartments;
        CompliantInstances = totals.Instances - vulnerable.Count - totals.UnscannedInstances;
        MissingUpdates = vulnerable.Sum(r => r.MissingUpdateCount);
        Cves = OsmList<string>.From(vulnerable.SelectMany(r => r.Cves).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal));
        ByCompartment = OsmList<OsmComplianceCount>.From(vulnerable
            .GroupBy(r => string.IsNullOrEmpty(r.CompartmentName) ? r.CompartmentId : r.CompartmentName)
            .Select(g => new OsmComplianceCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Vulnerable).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase));
        ByOs = OsmList<OsmComplianceCount>.From(vulnerable
            .GroupBy(r => string.Join(" ", new[] { r.OsName ?? r.OsFamily, r.OsVersion }.Where(s => !string.IsNullOrEmpty(s))))
            .Select(g => new OsmComplianceCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Vulnerable).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase));
        GeneratedAt = DateTime.Now;
    }

    private readonly bool _securityOnly;

    /// <summary>What was scanned: a compartment (and its subtree) or a group.</summary>
    public string Scope { get; }

    /// <summary>The update types that count as missing.</summary>
    public OsmList<string> UpdateTypes { get; }
    public int TotalInstances { get; }
    public int VulnerableInstances { get; }
    public int CompliantInstances { get; }

    /// <summary>Instances whose updates could not be read (each has an error): counted neither compliant nor vulnerable.</summary>
    public int UnscannedInstances { get; }

    /// <summary>Compartments whose instances could not be listed (each has an error): their instances are not counted at all.</summary>
    public int UnreadCompartments { get; }

    /// <summary>Missing updates over all instances.</summary>
    public int MissingUpdates { get; }

    /// <summary>Every CVE involved, once each.</summary>
    public OsmList<string> Cves { get; }

    /// <summary>Vulnerable instances per compartment.</summary>
    public OsmList<OsmComplianceCount> ByCompartment { get; }

    /// <summary>Vulnerable instances per OS.</summary>
    public OsmList<OsmComplianceCount> ByOs { get; }
    public DateTime GeneratedAt { get; }

    /// <summary>The report in one sentence, as the original script put it.</summary>
    public string Message
    {
        get
        {
            var what = _securityOnly ? "security updates" : $"updates ({UpdateTypes})";
            var count = VulnerableInstances == 0 ? "none" : VulnerableInstances.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var verb = VulnerableInstances == 1 ? "is" : "are";
            var message = $"Out of {TotalInstances} managed instance{(TotalInstances == 1 ? "" : "s")}, {count} {verb} missing {what}.";
            if (UnscannedInstances > 0)
            {
                message += $" {UnscannedInstances} could not be checked.";
            }
            if (UnreadCompartments > 0)
            {
                message += $" {UnreadCompartments} compartment{(UnreadCompartments == 1 ? "" : "s")} could not be read, so {(UnreadCompartments == 1 ? "its" : "their")} instances are not counted.";
            }
            return UnscannedInstances > 0 || UnreadCompartments > 0 ? message + " The errors say why." : message;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>A count of vulnerable instances under one name (a compartment or an OS).</summary>
public sealed class OsmComplianceCount
{
    internal OsmComplianceCount(string name, int vulnerable)
    {
        Name = name;
        Vulnerable = vulnerable;
    }

    public string Name { get; }
    public int Vulnerable { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Vulnerable}";
}

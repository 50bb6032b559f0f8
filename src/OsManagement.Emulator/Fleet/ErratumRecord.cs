using System;
using System.Collections.Generic;

namespace OsManagement.Emulator.Fleet;

/// <summary>An Oracle Linux advisory (ELSA/ELBA/ELEA) that ships one or more package updates.</summary>
internal sealed class ErratumRecord
{
    public required string Id { get; init; }
    /// <summary>e.g. <c>ELSA-2026-1234</c>.</summary>
    public required string Name { get; init; }
    public required string Synopsis { get; set; }
    /// <summary>SECURITY, BUG or ENHANCEMENT.</summary>
    public required string AdvisoryType { get; init; }
    public required DateTimeOffset Issued { get; set; }
    /// <summary>Hub's advisorySeverity (LOW, MODERATE, IMPORTANT, CRITICAL) for security advisories; null for the others.</summary>
    public string? Severity { get; set; }
    public required IReadOnlyList<string> Cves { get; init; }
    public required string PackageName { get; init; }
    public required string PackageVersion { get; init; }
    public required string Architecture { get; init; }
    public required int OsMajor { get; init; }
}

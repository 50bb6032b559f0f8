namespace OsManagement.Emulator.Fleet;

/// <summary>An Oracle Linux advisory (ELSA/ELBA/ELEA) that ships one or more package updates.</summary>
internal sealed class ErratumRecord
{
    public required string Id { get; init; }
    /// <summary>e.g. <c>ELSA-2026-1234</c>; a generated fleet names every advisory by its issue year once they are all dated.</summary>
    public required string Name { get; set; }
    public required string Synopsis { get; set; }
    /// <summary>Security, Bugfix or Enhancement (an Other update has no advisory).</summary>
    public required Classification Classification { get; init; }
    public required DateTimeOffset Issued { get; set; }
    /// <summary>Security advisories only; null for the others.</summary>
    public Severity? Severity { get; set; }
    public required IReadOnlyList<string> Cves { get; set; }
    public required string PackageName { get; init; }
    public required string PackageVersion { get; init; }
    public required string Architecture { get; init; }
    public required int OsMajor { get; init; }
}

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// The fleet file's words (the README's "A fleet from a file"): a contract with the people who write fleet files, so
/// they stay as they are whatever an API calls the same thing. They are spelt as OS Management Hub spells it.
/// </summary>
internal static class FleetFileWords
{
    public static readonly WordMap<OsRelease> Releases = new(OsRelease.All
        .Select(r => (r, r.IsWindows ? $"WINDOWS_SERVER_{r.Version}" : $"ORACLE_LINUX_{r.Version}")).ToArray());

    /// <summary>The old service's two families, taken as the newest release the generated fleet has.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReleaseAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["LINUX"] = Releases[OsRelease.Newest(OsFamily.Linux)],
        ["WINDOWS"] = Releases[OsRelease.Newest(OsFamily.Windows)],
    };

    public static readonly WordMap<InstanceStatus> Statuses = new(
        (InstanceStatus.Normal, "NORMAL"), (InstanceStatus.Unreachable, "UNREACHABLE"), (InstanceStatus.Error, "ERROR"), (InstanceStatus.Warning, "WARNING"));

    public static readonly WordMap<Location> Locations = new(
        (Location.OnPremise, "ON_PREMISE"), (Location.OciCompute, "OCI_COMPUTE"), (Location.Azure, "AZURE"), (Location.Ec2, "EC2"), (Location.Gcp, "GCP"));

    public static readonly WordMap<Classification> Classifications = new(
        (Classification.Security, "SECURITY"), (Classification.Bugfix, "BUGFIX"), (Classification.Enhancement, "ENHANCEMENT"), (Classification.Other, "OTHER"));

    /// <summary>The old service's name for a bug fix.</summary>
    public static readonly IReadOnlyDictionary<string, string> ClassificationAliases =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["BUG"] = Classifications[Classification.Bugfix] };

    public static readonly WordMap<Severity> Severities = new(
        (Severity.Low, "LOW"), (Severity.Moderate, "MODERATE"), (Severity.Important, "IMPORTANT"), (Severity.Critical, "CRITICAL"));

    public static readonly WordMap<CompartmentState> CompartmentStates = new(
        (CompartmentState.Active, "ACTIVE"), (CompartmentState.Inactive, "INACTIVE"), (CompartmentState.Deleted, "DELETED"));
}

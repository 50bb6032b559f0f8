namespace OsManagement.Emulator.Fleet;

/// <summary>A managed instance and what is installed on it / available to it.</summary>
internal sealed class InstanceRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Description { get; init; }
    public required string CompartmentId { get; init; }
    /// <summary>The region it is managed in: only that region's Hub endpoint serves it (empty until the fleet's regions are set).</summary>
    public string Region { get; set; } = "";
    /// <summary>The release it runs; <see cref="OsName"/> and <see cref="OsVersion"/> are what it reports.</summary>
    public required OsRelease Os { get; init; }
    public required string OsName { get; init; }
    public required string OsVersion { get; set; }
    public required string OsKernelVersion { get; set; }
    /// <summary>
    /// What the fleet says of the agent (generated, or the file's <c>status</c>); what every API and the work engine go by
    /// is <see cref="StatusAt"/>, which adds what the clock and the last check-in say.
    /// </summary>
    public required InstanceStatus Status { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    /// <summary>When the agent last checked in; kept current by the store for agents that still check in.</summary>
    public required DateTimeOffset LastCheckin { get; set; }
    /// <summary>How long after "now" a healthy agent's last check-in is; null when the agent stopped checking in (stale, unreachable).</summary>
    public TimeSpan? CheckinLag { get; set; }
    public required DateTimeOffset LastBoot { get; set; }
    public bool IsRebootRequired { get; set; }
    public string Architecture { get; set; } = "x86_64";
    public Location Location { get; set; } = Location.OciCompute;
    public string AgentVersion { get; set; } = "";
    /// <summary>The group of one release it is in (<see cref="FleetModel.ReleaseGroups"/>: one at most), or null.</summary>
    public string? ReleaseGroupId { get; set; }
    /// <summary>True while a reboot runs on it.</summary>
    public bool IsRebooting { get; set; }
    /// <summary>The kernel Ksplice patched the running one to, if any.</summary>
    public string? KspliceEffectiveKernelVersion { get; set; }
    /// <summary>The lifecycle stage it is attached to (<see cref="FleetModel.LifecycleEnvironments"/>: one at most, and then no group of one release).</summary>
    public string? LifecycleStageId { get; set; }
    /// <summary>
    /// Updates it would miss that its stage's content does not hold yet: they become available (move to
    /// <see cref="PackageUpdates"/>) when content that holds them is promoted to its stage (<see cref="StageContent"/>).
    /// </summary>
    public List<PackageUpdate> WithheldUpdates { get; } = new();

    /// <summary>Not checked in for a day or more at <paramref name="now"/> (the compliance report's "stale"; Offline).</summary>
    public bool IsStaleAt(DateTimeOffset now) => now - LastCheckinAt(now) >= CheckinRules.OfflineAfter;

    /// <summary>
    /// The last check-in as of <paramref name="at"/>: an agent that still checks in has just done so (its own lag behind
    /// the clock), also within a jump of the clock the store has not caught up with yet; a stopped one at <see cref="LastCheckin"/>.
    /// </summary>
    public DateTimeOffset LastCheckinAt(DateTimeOffset at) => CheckinLag is { } lag ? at - lag : LastCheckin;

    /// <summary>
    /// The instance's one status at <paramref name="at"/>: the worse of what the fleet says and what its check-ins say
    /// (<see cref="CheckinRules"/>: Warning after 30 minutes without one, Unreachable after 24 hours).
    /// </summary>
    public InstanceStatus StatusAt(DateTimeOffset at) => CheckinRules.Worse(Status, CheckinRules.StatusAfterSilence(at - LastCheckinAt(at)));

    /// <summary>Whether its agent picks up work at <paramref name="at"/>: not when it is Inactive or Offline (<see cref="CheckinRules"/>).</summary>
    public bool TakesWorkAt(DateTimeOffset at) => CheckinRules.TakesWork(StatusAt(at));
    /// <summary>Work on this instance always fails (a broken package database); see the fleet generator.</summary>
    public bool FailsUpdates { get; init; }
    /// <summary>Placed in ManagedCompartmentForPaaS: not one of the fleet's N instances.</summary>
    public bool IsPaas { get; init; }
    public string? SoftwareSourceId { get; init; }
    public string? SoftwareSourceName { get; init; }
    /// <summary>The groups of its family it is in (<see cref="FleetModel.Groups"/>: any number).</summary>
    public List<string> GroupIds { get; } = new();
    public List<PackageUpdate> PackageUpdates { get; } = new();
    public List<WindowsUpdateRecord> WindowsUpdates { get; } = new();
    public List<InstalledPackage> InstalledPackages { get; } = new();

    public bool IsWindows => Os.IsWindows;

    /// <summary>Available updates of one classification, whichever OS this is.</summary>
    public int CountUpdates(Classification classification) => IsWindows
        ? WindowsUpdates.Count(u => u.Classification == classification)
        : PackageUpdates.Count(u => u.Classification == classification);

    public int UpdatesAvailable => IsWindows ? WindowsUpdates.Count : PackageUpdates.Count;
}

/// <summary>
/// A Linux package update available to an instance: its package (e.g. <c>openssl-libs</c>, the wire's displayName), and
/// the erratum that ships it (null for an unclassified, Other, update).
/// </summary>
internal sealed record PackageUpdate(string PackageName, string InstalledVersion, string AvailableVersion, string Architecture, Classification Classification,
    ErratumRecord? Erratum)
{
    /// <summary>The full name OCI uses as the update's unique name, e.g. <c>openssl-libs-1.1.1k-12.el8_9.x86_64</c>.</summary>
    public string Name => $"{PackageName}-{AvailableVersion}.{Architecture}";

    public IReadOnlyList<string> RelatedCves => Erratum?.Cves ?? (IReadOnlyList<string>)Array.Empty<string>();
}

/// <summary>
/// A Windows update available to an instance: Microsoft's update GUID (<c>Name</c>, the wire's name) and its title
/// (<c>DisplayName</c>, e.g. "2026-11 Cumulative Update for Windows Server 2022 (KB5046616)").
/// </summary>
internal sealed record WindowsUpdateRecord(string Name, string DisplayName, string Kb, Classification Classification, bool IsRebootRequired,
    IReadOnlyList<string> RelatedCves);

/// <summary>A package (or, on Windows, an installed update) present on an instance.</summary>
internal sealed class InstalledPackage
{
    public required string PackageName { get; init; }
    public required string Version { get; set; }
    public required string Architecture { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset InstallTime { get; set; }

    public string Name => Architecture.Length == 0 ? PackageName : $"{PackageName}-{Version}.{Architecture}";
}

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// A fleet file as read and checked: every reference resolved, every value valid. Defaults that depend on the clock
/// or on generated ids are filled in by <see cref="FleetFileBuilder"/>, each time the fleet is (re)loaded.
/// </summary>
internal sealed class FleetDocument
{
    /// <summary>The file's path, or what else it came from; named in messages.</summary>
    public required string Origin { get; init; }
    public string? TenancyId { get; set; }
    public string? TenancyName { get; set; }
    /// <summary>Every compartment, parents before their children.</summary>
    public List<CompartmentSpec> Compartments { get; } = new();
    public List<GroupSpec> Groups { get; } = new();
    public List<InstanceSpec> Instances { get; } = new();
    /// <summary>The Linux advisories the updates name (or stand for), in order of first mention.</summary>
    public List<AdvisorySpec> Advisories { get; } = new();
    public List<EnvironmentSpec> LifecycleEnvironments { get; } = new();
    public List<SetSpec> DynamicSets { get; } = new();
    public List<JobSpec> Jobs { get; } = new();
}

/// <summary>A compartment; <see cref="Parent"/> null is the tenancy.</summary>
internal sealed class CompartmentSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required CompartmentState State { get; init; }
    public CompartmentSpec? Parent { get; init; }
    /// <summary>Names from the tenancy down, joined by '/': how instances and groups name it.</summary>
    public required string PathName { get; init; }
}

/// <summary>A managed instance group: one in each API, with the same id and members.</summary>
internal sealed class GroupSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public CompartmentSpec? Compartment { get; set; }
    /// <summary>The region it lives in (one of <c>--regions</c>); null: its members', else the home region.</summary>
    public string? Region { get; init; }
    /// <summary>The release, as given or taken from the first member; null for an empty group given none.</summary>
    public OsRelease? Release { get; set; }
    /// <summary>Where <see cref="Release"/> came from, for messages.</summary>
    public string? FamilyOrigin { get; set; }
}

/// <summary>A managed instance and what it misses.</summary>
internal sealed class InstanceSpec
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public CompartmentSpec? Compartment { get; set; }
    /// <summary>The region it is managed in (one of <c>--regions</c>); null: the home region.</summary>
    public string? Region { get; init; }
    public required OsRelease Os { get; init; }
    public string? OsName { get; init; }
    public string? OsVersion { get; init; }
    public string? Kernel { get; init; }
    public required InstanceStatus Status { get; init; }
    public GroupSpec? Group { get; set; }
    public required Location Location { get; init; }
    public FleetTime? LastCheckin { get; init; }
    public FleetTime? LastBoot { get; init; }
    public bool RebootRequired { get; init; }
    public bool FailsUpdates { get; init; }
    public List<UpdateSpec> Updates { get; } = new();
}

/// <summary>An update an instance misses: a Linux package update (with its advisory) or a Windows update.</summary>
internal sealed class UpdateSpec
{
    /// <summary>The package name (Linux), or the update's title (Windows).</summary>
    public required string Name { get; init; }
    public Classification Classification { get; set; } = Classification.Security;
    /// <summary>Linux updates other than OTHER: the advisory that ships it.</summary>
    public AdvisorySpec? Advisory { get; set; }
    public string? Version { get; init; }
    public string? InstalledVersion { get; init; }
    public string Architecture { get; init; } = "x86_64";
    /// <summary>Windows: the KB number, Microsoft's update id and whether installing it needs a reboot.</summary>
    public string? Kb { get; init; }
    public string? UpdateId { get; init; }
    public bool? RebootRequired { get; init; }
    /// <summary>Windows: the CVEs it fixes (a Linux update's are its advisory's).</summary>
    public List<string> Cves { get; } = new();
}

/// <summary>A Linux advisory (erratum), shared by every update that names it.</summary>
internal sealed class AdvisorySpec
{
    /// <summary>e.g. ELSA-2026-1234; null makes one up from the classification and the issue date.</summary>
    public string? Name { get; init; }
    public Classification? Classification { get; set; }
    /// <summary>Security advisories only.</summary>
    public Severity? Severity { get; set; }
    public FleetTime? Issued { get; set; }
    public List<string> Cves { get; } = new();
    /// <summary>Where each field was first given, for messages about a contradiction.</summary>
    public Dictionary<string, string> GivenAt { get; } = new();
    /// <summary>The first update that names it: its package and release.</summary>
    public required UpdateSpec FirstUpdate { get; init; }
    public required InstanceSpec FirstInstance { get; init; }
}

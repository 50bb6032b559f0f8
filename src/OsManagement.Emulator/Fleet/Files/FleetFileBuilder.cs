using System.Text.RegularExpressions;
using OsManagement.Emulator.Fleet.Generator;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// Turns a checked fleet file into the emulator's records, filling in what the file leaves out: ids (from the seed,
/// so the same file and seed give the same ids every time), times relative to <c>now</c>, versions, kernels, KB
/// numbers and advisory names. Called again on every reset, so "45 days ago" is 45 days before the reset.
/// </summary>
internal static partial class FleetFileBuilder
{
    /// <summary>Compartments named so hold platform-managed instances, which a compliance report skips.</summary>
    private const string PaasCompartment = "ManagedCompartmentForPaaS";

    [GeneratedRegex(@"-(?<n>\d+)(?=[^-]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseNumber();

    [GeneratedRegex(@"KB\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KbInTitle();

    public static FleetModel Build(FleetDocument document, int seed, string defaultTenancyId, DateTimeOffset now)
    {
        var ids = new OcidFactory(seed, "fleet-file");
        var random = new Random(unchecked(seed * 31 + 16));
        var fleet = new FleetModel
        {
            TenancyId = document.TenancyId ?? defaultTenancyId,
            TenancyName = document.TenancyName ?? "emulated-tenancy",
            TenancyCreated = now.AddYears(-3),
        };
        var compartments = new Dictionary<CompartmentSpec, string>();
        string CompartmentOf(CompartmentSpec? spec) => spec is null ? fleet.TenancyId : compartments[spec];

        var created = now.AddDays(-900);
        foreach (var spec in document.Compartments)
        {
            var record = new CompartmentRecord(spec.Id ?? ids.Global("compartment"), CompartmentOf(spec.Parent), spec.Name,
                spec.Description ?? $"{spec.Name} workloads", spec.State, created = created.AddHours(1));
            compartments[spec] = record.Id;
            fleet.Compartments.Add(record);
        }

        var groups = new Dictionary<GroupSpec, (GroupRecord Family, GroupRecord Release)>();
        created = now.AddDays(-300);
        foreach (var spec in document.Groups)
        {
            // An empty group given no family is one of the file's default release.
            var release = spec.Release ?? OsRelease.OracleLinux(9);
            var id = spec.Id ?? ids.Regional("osmhmanagedinstancegroup");
            created = created.AddHours(1);
            GroupRecord Record(bool ofRelease) => new(id, spec.Name, spec.Description ?? $"{release.Label} servers", CompartmentOf(spec.Compartment),
                release.Family, created, ofRelease ? release : null) { Region = spec.Region ?? "" };
            groups[spec] = (Record(ofRelease: false), Record(ofRelease: true));
            fleet.Groups.Add(groups[spec].Family);
            fleet.ReleaseGroups.Add(groups[spec].Release);
        }

        var errata = new Errata(document, ids, now);
        var records = new Dictionary<InstanceSpec, InstanceRecord>();
        created = now.AddDays(-400);
        foreach (var spec in document.Instances)
        {
            var instance = Instance(spec, ids, random, now, created = created.AddHours(1), CompartmentOf(spec.Compartment), errata);
            if (spec.Group is { } group)
            {
                var (family, release) = groups[group];
                family.InstanceIds.Add(instance.Id);
                instance.GroupIds.Add(family.Id);
                release.InstanceIds.Add(instance.Id);
                instance.ReleaseGroupId = release.Id;
            }
            fleet.Instances.Add(instance);
            records[spec] = instance;
        }
        foreach (var erratum in errata.Records)
        {
            fleet.Errata[erratum.Id] = erratum;
        }
        BuildUnits(document, fleet, ids, now, CompartmentOf, records, groups.ToDictionary(g => g.Key, g => g.Value.Release.Id));
        BuildJobs(document, fleet, ids, now, CompartmentOf, records, groups.ToDictionary(g => g.Key, g => g.Value.Release.Id));
        return fleet;
    }

    private static InstanceRecord Instance(InstanceSpec spec, OcidFactory ids, Random random, DateTimeOffset now, DateTimeOffset created,
        string compartmentId, Errata errata)
    {
        var os = spec.Os;
        // An agent the file gives a last check-in for stopped checking in then; so did an UNREACHABLE (Offline) one, 3 days
        // ago, and a WARNING (Inactive) one, an hour ago, unless the file says when; the others keep checking in.
        var stopped = spec.LastCheckin is not null || spec.Status is InstanceStatus.Unreachable or InstanceStatus.Warning;
        var checkin = spec.LastCheckin?.At(now) ?? spec.Status switch
        {
            InstanceStatus.Unreachable => now.AddDays(-3),
            InstanceStatus.Warning => now.AddHours(-1),
            _ => now.AddMinutes(-1),
        };
        var instance = new InstanceRecord
        {
            Id = spec.Id ?? ids.Regional("instance"),
            DisplayName = spec.Name,
            Description = spec.Description ?? $"{os.Label} server",
            CompartmentId = compartmentId,
            Region = spec.Region ?? "",
            Os = os,
            OsName = spec.OsName ?? os.OsName,
            OsVersion = spec.OsVersion ?? os.OsVersion,
            OsKernelVersion = spec.Kernel ?? KernelOf(spec),
            Status = spec.Status,
            TimeCreated = created,
            LastCheckin = checkin,
            CheckinLag = stopped ? null : now - checkin,
            LastBoot = spec.LastBoot?.At(now) ?? checkin.AddDays(-10),
            IsRebootRequired = spec.RebootRequired,
            Location = spec.Location,
            AgentVersion = os.IsWindows ? "1.2.0-3" : $"1.6.0-5.el{os.LinuxMajor}",
            FailsUpdates = spec.FailsUpdates,
            IsPaas = spec.Compartment?.Name == PaasCompartment,
            SoftwareSourceId = os.IsWindows ? null : $"ocid1.softwaresource.oc1.iad.ol{os.LinuxMajor}-x86_64-baseos",
            SoftwareSourceName = os.IsWindows ? null : $"Oracle Linux {os.LinuxMajor} BaseOS Latest (x86_64)",
        };
        foreach (var update in spec.Updates)
        {
            if (os.IsWindows)
            {
                instance.WindowsUpdates.Add(WindowsUpdate(update, random));
                continue;
            }
            var (installed, available) = Versions(update, spec);
            var package = new PackageUpdate(update.Name, installed, available, update.Architecture, update.Classification,
                update.Advisory is null ? null : errata.For(update.Advisory, update.Name, available, update.Architecture, os.LinuxMajor!.Value));
            instance.PackageUpdates.Add(package);
            instance.InstalledPackages.Add(new InstalledPackage
            {
                PackageName = update.Name,
                Version = installed,
                Architecture = update.Architecture,
                Type = "rpm",
                InstallTime = created,
            });
        }
        return instance;
    }

    private static WindowsUpdateRecord WindowsUpdate(UpdateSpec update, Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var kb = update.Kb
            ?? (KbInTitle().Match(update.Name) is { Success: true } inTitle ? inTitle.Value.ToUpperInvariant() : null)
            ?? string.Create(CultureInfo.InvariantCulture, $"KB50{46000 + random.Next(4000)}");
        return new WindowsUpdateRecord(update.UpdateId ?? new Guid(bytes).ToString(), update.Name, kb, update.Classification,
            update.RebootRequired ?? update.Classification == Classification.Security, update.Cves.ToList());
    }

    /// <summary>
    /// The running kernel: the one the file names, else the installed version of a kernel update it misses, else the
    /// release's.
    /// </summary>
    private static string KernelOf(InstanceSpec spec)
    {
        if (spec.Os.IsWindows)
        {
            return spec.OsVersion ?? spec.Os.Kernel;
        }
        var kernel = spec.Updates.FirstOrDefault(IsKernel);
        return kernel is null ? spec.Os.Kernel : $"{Versions(kernel, spec).Installed}.{kernel.Architecture}";
    }

    /// <summary>The installed and available versions: as given, one derived from the other, or made up for the release.</summary>
    private static (string Installed, string Available) Versions(UpdateSpec update, InstanceSpec instance)
    {
        if (update.InstalledVersion is { } installed)
        {
            return (installed, update.Version ?? Step(installed, +1));
        }
        if (update.Version is { } available)
        {
            return (Step(available, -1), available);
        }
        if (IsKernel(update))
        {
            var running = instance.Kernel ?? instance.Os.Kernel;
            var bare = running.EndsWith("." + update.Architecture, StringComparison.Ordinal) ? running[..^(update.Architecture.Length + 1)] : running;
            return (bare, Step(bare, +1));
        }
        var major = instance.Os.LinuxMajor;
        return ($"1.0-1.el{major}", $"1.0-2.el{major}");
    }

    private static bool IsKernel(UpdateSpec update) => update.Name.StartsWith("kernel", StringComparison.Ordinal);

    /// <summary>The version with its release number (the first number after the last '-') one up or down.</summary>
    private static string Step(string version, int by)
    {
        var match = ReleaseNumber().Match(version);
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return by > 0 ? version + ".1" : version + "-0";
        }
        var stepped = Math.Max(0, n + by).ToString(CultureInfo.InvariantCulture);
        var group = match.Groups["n"];
        return version[..group.Index] + stepped + version[(group.Index + group.Length)..];
    }

    /// <summary>The advisories, each made once, on its first update: names for the unnamed ones that no given name takes.</summary>
    private sealed class Errata
    {
        private readonly Dictionary<AdvisorySpec, ErratumRecord> _records = new();
        private readonly HashSet<string> _names;
        private readonly OcidFactory _ids;
        private readonly DateTimeOffset _now;
        private int _next = 9000;

        public Errata(FleetDocument document, OcidFactory ids, DateTimeOffset now)
        {
            _ids = ids;
            _now = now;
            _names = document.Advisories.Where(a => a.Name is not null).Select(a => a.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        public IEnumerable<ErratumRecord> Records => _records.Values;

        public ErratumRecord For(AdvisorySpec advisory, string package, string version, string architecture, int major)
        {
            if (_records.TryGetValue(advisory, out var record))
            {
                return record;
            }
            var issued = advisory.Issued!.Value.At(_now);
            var classification = advisory.Classification!.Value;
            record = new ErratumRecord
            {
                Id = _ids.Global("erratum"),
                Name = advisory.Name ?? NewName(classification, issued),
                Synopsis = Synopsis(classification, advisory.Severity, package, major),
                Classification = classification,
                Issued = issued,
                Severity = advisory.Severity,
                Cves = advisory.Cves.ToList(),
                PackageName = package,
                PackageVersion = version,
                Architecture = architecture,
                OsMajor = major,
            };
            _records[advisory] = record;
            return record;
        }

        private string NewName(Classification classification, DateTimeOffset issued)
        {
            var prefix = classification switch { Classification.Security => "ELSA", Classification.Bugfix => "ELBA", _ => "ELEA" };
            string name;
            do
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{issued.Year}-{++_next}");
            }
            while (!_names.Add(name));
            return name;
        }

        private static string Synopsis(Classification classification, Severity? severity, string package, int major) => classification switch
        {
            Classification.Security => $"{severity}: {package} security update",
            Classification.Bugfix => $"{package} bug fix update",
            _ => $"{package} enhancement update",
        } + $" (Oracle Linux {major})";
    }
}

namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Per Oracle Linux major release: which packages have an update, its type, versions and erratum.
/// Every instance of that release draws its available updates from this list.
/// </summary>
internal sealed class LinuxCatalog
{
    /// <summary>Name, architecture and upstream version on OL7 / OL8 / OL9.</summary>
    private static readonly (string Name, string Arch, string El7, string El8, string El9)[] Packages =
    {
        ("kernel-uek", "x86_64", "5.4.17", "5.15.0", "5.15.0"),
        ("openssl-libs", "x86_64", "1.0.2k", "1.1.1k", "3.0.7"),
        ("glibc", "x86_64", "2.17", "2.28", "2.34"),
        ("glibc-common", "x86_64", "2.17", "2.28", "2.34"),
        ("sudo", "x86_64", "1.8.23", "1.9.5p2", "1.9.5p2"),
        ("openssh-server", "x86_64", "7.4p1", "8.0p1", "8.7p1"),
        ("openssh-clients", "x86_64", "7.4p1", "8.0p1", "8.7p1"),
        ("curl", "x86_64", "7.29.0", "7.61.1", "7.76.1"),
        ("libcurl", "x86_64", "7.29.0", "7.61.1", "7.76.1"),
        ("krb5-libs", "x86_64", "1.15.1", "1.18.2", "1.21.1"),
        ("nss", "x86_64", "3.90.0", "3.90.0", "3.90.0"),
        ("expat", "x86_64", "2.1.0", "2.2.5", "2.5.0"),
        ("libxml2", "x86_64", "2.9.1", "2.9.7", "2.9.13"),
        ("python3-libs", "x86_64", "3.6.8", "3.6.8", "3.9.18"),
        ("bind-libs", "x86_64", "9.11.4", "9.11.36", "9.16.23"),
        ("httpd", "x86_64", "2.4.6", "2.4.37", "2.4.57"),
        ("systemd", "x86_64", "219", "239", "252"),
        ("bash", "x86_64", "4.2.46", "4.4.20", "5.1.8"),
        ("tzdata", "noarch", "2024a", "2024a", "2024a"),
        ("ca-certificates", "noarch", "2023.2.60", "2023.2.60", "2023.2.60"),
        ("vim-minimal", "x86_64", "7.4.629", "8.0.1763", "8.2.2637"),
        ("git", "x86_64", "1.8.3.1", "2.39.3", "2.39.3"),
        ("rsyslog", "x86_64", "8.24.0", "8.2102.0", "8.2310.0"),
        ("oracle-cloud-agent", "x86_64", "1.38.0", "1.40.0", "1.40.0"),
        ("microcode_ctl", "x86_64", "2.1", "20230808", "20230808"),
        ("linux-firmware", "noarch", "20240220", "20240220", "20240220"),
        ("grub2-common", "noarch", "2.02", "2.02", "2.06"),
        ("podman", "x86_64", "1.6.4", "4.9.4", "4.9.4"),
        ("sqlite-libs", "x86_64", "3.7.17", "3.26.0", "3.34.1"),
        ("less", "x86_64", "458", "530", "590"),
    };

    /// <summary>Packages that always ship as security fixes, as they do in real life.</summary>
    private static readonly HashSet<string> AlwaysSecurity = new() { "kernel-uek", "openssl-libs", "glibc", "sudo", "openssh-server" };

    /// <summary>Installed on every Linux instance, never with an update.</summary>
    public static readonly (string Name, string Arch, string Version)[] BasePackages =
    {
        ("coreutils", "x86_64", "8.30-15"), ("util-linux", "x86_64", "2.32.1-43"), ("yum", "noarch", "4.7.0-20"),
        ("chrony", "x86_64", "4.2-1"), ("firewalld", "noarch", "0.9.11-1"), ("tar", "x86_64", "1.30-9"),
    };

    private LinuxCatalog(int major, List<CatalogEntry> entries)
    {
        Major = major;
        Entries = entries;
    }

    public int Major { get; }
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Builds the release's catalog; errata get ids and sequential advisory numbers.</summary>
    public static LinuxCatalog Build(int major, Random random, OcidFactory ids, ref int advisoryNumber, DateTimeOffset now)
    {
        var entries = new List<CatalogEntry>();
        foreach (var (name, arch, el7, el8, el9) in Packages)
        {
            var upstream = major switch { 7 => el7, 8 => el8, _ => el9 };
            var roll = random.NextDouble();
            var type = AlwaysSecurity.Contains(name) ? Classification.Security
                : roll < 0.35 ? Classification.Security
                : roll < 0.65 ? Classification.Bugfix
                : roll < 0.85 ? Classification.Enhancement
                : Classification.Other;
            var (installed, available) = Versions(name, upstream, major, random);
            ErratumRecord? erratum = null;
            if (type != Classification.Other)
            {
                advisoryNumber += 1 + random.Next(40);
                var prefix = type switch { Classification.Security => "ELSA", Classification.Bugfix => "ELBA", _ => "ELEA" };
                var cves = new List<string>();
                if (type == Classification.Security)
                {
                    var count = 1 + random.Next(3);
                    for (var i = 0; i < count; i++)
                    {
                        var year = random.Next(2) == 0 ? 2025 : 2026;
                        cves.Add(string.Create(CultureInfo.InvariantCulture, $"CVE-{year}-{1000 + random.Next(52000)}"));
                    }
                }
                erratum = new ErratumRecord
                {
                    Id = ids.Global("erratum"),
                    Name = string.Create(CultureInfo.InvariantCulture, $"{prefix}-2026-{advisoryNumber}"),
                    Synopsis = Synopsis(type, name, major),
                    Classification = type,
                    Issued = now.AddDays(-random.Next(1, 90)).AddSeconds(-random.Next(86400)),
                    Cves = cves,
                    PackageName = name,
                    PackageVersion = available,
                    Architecture = arch,
                    OsMajor = major,
                };
            }
            entries.Add(new CatalogEntry(name, arch, installed, available, type, erratum));
        }
        return new LinuxCatalog(major, entries);
    }

    private static string Synopsis(Classification type, string package, int major) => type switch
    {
        Classification.Security => $"Important: {package} security update",
        Classification.Bugfix => $"{package} bug fix update",
        _ => $"{package} enhancement update",
    } + $" (Oracle Linux {major})";

    private static (string Installed, string Available) Versions(string name, string upstream, int major, Random random)
    {
        if (name == "kernel-uek")
        {
            var build = major == 7 ? 2136 : 206;
            var minor = 300 + random.Next(50);
            var tag = $"el{major}uek";
            return (string.Create(CultureInfo.InvariantCulture, $"{upstream}-{build}.{minor}.{1 + random.Next(7)}.{tag}"),
                    string.Create(CultureInfo.InvariantCulture, $"{upstream}-{build}.{minor + 2 + random.Next(8)}.{1 + random.Next(7)}.{tag}"));
        }
        var release = 1 + random.Next(40);
        var dist = major switch { 7 => ".el7_9", 8 => ".el8_10", _ => ".el9_5" };
        return (string.Create(CultureInfo.InvariantCulture, $"{upstream}-{release}{dist}"),
                string.Create(CultureInfo.InvariantCulture, $"{upstream}-{release + 1 + random.Next(3)}{dist}"));
    }

    /// <summary>The running kernel an instance reports before its kernel update.</summary>
    public string KernelVersion()
    {
        foreach (var entry in Entries)
        {
            if (entry.Name == "kernel-uek")
            {
                return $"{entry.InstalledVersion}.{entry.Arch}";
            }
        }
        return "unknown";
    }
}

/// <summary>One package's update in a release's catalog.</summary>
internal sealed record CatalogEntry(string Name, string Arch, string InstalledVersion, string AvailableVersion, Classification Classification, ErratumRecord? Erratum);

namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// Oracle's errata catalog as a tenancy's OS Management Hub sees it (<c>ListErrata</c>): thousands of advisories for
/// Oracle Linux 7, 8 and 9, issued over the years since each release came out, of which the fleet's instances miss a
/// handful (the recent ones <see cref="LinuxCatalog"/> gives them). Every advisory is then named as Oracle names it,
/// ELSA (security), ELBA (bug fix) or ELEA (enhancement), the year it was issued and a number that grows through the year
/// (<c>ELSA-2024-0153</c>), with CVEs of that year or the one before. It draws from a generator of its own, so the rest
/// of a seed's fleet stays what it was.
/// </summary>
internal static class AdvisoryCatalog
{
    /// <summary>
    /// Each release's general availability, from which its past advisories are issued, and how many there are (about
    /// 110 a year each up to 2026: the same number whatever day the fleet is made, so a seed's catalog is one size).
    /// </summary>
    private static readonly (int Major, DateTimeOffset Since, int Count)[] Releases =
    {
        (7, new DateTimeOffset(2014, 7, 23, 0, 0, 0, TimeSpan.Zero), 1250),
        (8, new DateTimeOffset(2019, 7, 18, 0, 0, 0, TimeSpan.Zero), 800),
        (9, new DateTimeOffset(2022, 7, 6, 0, 0, 0, TimeSpan.Zero), 420),
    };

    /// <summary>Severities of security advisories, about as often as Oracle Linux has them.</summary>
    private static readonly (Severity Severity, double Share)[] Severities =
    {
        (Severity.Critical, 0.07), (Severity.Important, 0.46), (Severity.Moderate, 0.38), (Severity.Low, 0.09),
    };

    /// <summary>Packages Oracle Linux advisories are about (name, architecture).</summary>
    private static readonly (string Name, string Arch)[] Packages =
    {
        ("kernel", "x86_64"), ("kernel-uek", "x86_64"), ("openssl", "x86_64"), ("glibc", "x86_64"), ("sudo", "x86_64"),
        ("openssh", "x86_64"), ("curl", "x86_64"), ("krb5", "x86_64"), ("nss", "x86_64"), ("expat", "x86_64"),
        ("libxml2", "x86_64"), ("python3", "x86_64"), ("python3.11", "x86_64"), ("bind", "x86_64"), ("httpd", "x86_64"),
        ("nginx", "x86_64"), ("systemd", "x86_64"), ("bash", "x86_64"), ("tzdata", "noarch"), ("ca-certificates", "noarch"),
        ("vim", "x86_64"), ("git", "x86_64"), ("rsyslog", "x86_64"), ("podman", "x86_64"), ("sqlite", "x86_64"),
        ("postgresql", "x86_64"), ("mariadb", "x86_64"), ("mysql", "x86_64"), ("php", "x86_64"), ("nodejs", "x86_64"),
        ("ruby", "x86_64"), ("perl", "x86_64"), ("java-1.8.0-openjdk", "x86_64"), ("java-11-openjdk", "x86_64"),
        ("java-17-openjdk", "x86_64"), ("java-21-openjdk", "x86_64"), ("firefox", "x86_64"), ("thunderbird", "x86_64"),
        ("samba", "x86_64"), ("cups", "x86_64"), ("grub2", "x86_64"), ("shim", "x86_64"), ("dnsmasq", "x86_64"),
        ("unbound", "x86_64"), ("libtiff", "x86_64"), ("libpng", "x86_64"), ("freetype", "x86_64"), ("gnutls", "x86_64"),
        ("polkit", "x86_64"), ("dbus", "x86_64"), ("NetworkManager", "x86_64"), ("tomcat", "noarch"), ("squid", "x86_64"),
        ("haproxy", "x86_64"), ("runc", "x86_64"), ("buildah", "x86_64"), ("skopeo", "x86_64"), ("golang", "x86_64"),
        ("rust", "x86_64"), ("emacs", "x86_64"), ("wget", "x86_64"), ("zlib", "x86_64"), ("xz", "x86_64"), ("libssh", "x86_64"),
        ("sssd", "x86_64"), ("openldap", "x86_64"), ("cyrus-sasl", "x86_64"), ("linux-firmware", "noarch"),
        ("microcode_ctl", "x86_64"), ("qemu-kvm", "x86_64"), ("libvirt", "x86_64"), ("ghostscript", "x86_64"),
        ("poppler", "x86_64"), ("libreoffice", "x86_64"), ("exiv2", "x86_64"), ("fence-agents", "noarch"), ("pcs", "x86_64"),
    };

    /// <summary>Adds the releases' past advisories to a generated fleet, then names and dates every advisory's CVEs.</summary>
    public static void Add(FleetModel fleet, int seed, DateTimeOffset now)
    {
        var random = new Random(unchecked(seed * 37 + 2014));
        var ids = new OcidFactory(seed, "catalog");
        foreach (var erratum in fleet.Errata.Values)
        {
            erratum.Cves = erratum.Classification == Classification.Security ? Cves(erratum.Issued.Year, random) : Array.Empty<string>();
        }
        foreach (var (major, since, count) in Releases)
        {
            // The past ones end where the advisories instances still miss begin (FleetDetails: at most 420 days ago).
            var until = now.AddDays(-430);
            for (var i = 0; i < count; i++)
            {
                var erratum = Past(major, since, until, random, ids);
                fleet.Errata[erratum.Id] = erratum;
            }
        }
        Name(fleet.Errata.Values, random);
    }

    private static ErratumRecord Past(int major, DateTimeOffset since, DateTimeOffset until, Random random, OcidFactory ids)
    {
        var roll = random.NextDouble();
        var type = roll < 0.5 ? Classification.Security : roll < 0.88 ? Classification.Bugfix : Classification.Enhancement;
        var (package, arch) = Packages[random.Next(Packages.Length)];
        var issued = since.AddSeconds(random.NextDouble() * (until - since).TotalSeconds);
        var severity = type == Classification.Security ? SeverityOf(random.NextDouble()) : (Severity?)null;
        var version = string.Create(CultureInfo.InvariantCulture,
            $"{1 + random.Next(9)}.{random.Next(20)}.{random.Next(30)}-{1 + random.Next(60)}.el{major}");
        return new ErratumRecord
        {
            Id = ids.Global("erratum"),
            Name = "",
            Synopsis = type switch
            {
                Classification.Security => $"{severity}: {package} security update",
                Classification.Bugfix => $"{package} bug fix update",
                _ => $"{package} enhancement update",
            } + $" (Oracle Linux {major})",
            Classification = type,
            Issued = issued,
            Severity = severity,
            Cves = type == Classification.Security ? Cves(issued.Year, random) : Array.Empty<string>(),
            PackageName = package,
            PackageVersion = version,
            Architecture = arch,
            OsMajor = major,
        };
    }

    private static Severity SeverityOf(double roll)
    {
        foreach (var (severity, share) in Severities)
        {
            if (roll < share)
            {
                return severity;
            }
            roll -= share;
        }
        return Severity.Moderate;
    }

    /// <summary>One to five CVEs, assigned the year the advisory was issued or the year before.</summary>
    private static List<string> Cves(int year, Random random)
    {
        var cves = new List<string>();
        for (var count = 1 + random.Next(5); cves.Count < count;)
        {
            var cve = string.Create(CultureInfo.InvariantCulture, $"CVE-{year - random.Next(2)}-{1000 + random.Next(52000)}");
            if (!cves.Contains(cve))
            {
                cves.Add(cve);
            }
        }
        return cves;
    }

    /// <summary>Names every advisory by its issue year, numbered in issue order through the year (one sequence for all kinds, as Oracle's).</summary>
    private static void Name(IEnumerable<ErratumRecord> errata, Random random)
    {
        foreach (var year in errata.GroupBy(e => e.Issued.UtcDateTime.Year).OrderBy(g => g.Key))
        {
            var ordered = year.OrderBy(e => e.Issued).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var step = Math.Max(2, 8000 / Math.Max(1, ordered.Count));
            var number = 1 + random.Next(50);
            foreach (var erratum in ordered)
            {
                var prefix = erratum.Classification switch { Classification.Security => "ELSA", Classification.Bugfix => "ELBA", _ => "ELEA" };
                erratum.Name = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year.Key}-{number:D4}");
                number += 1 + random.Next(step);
            }
        }
    }
}

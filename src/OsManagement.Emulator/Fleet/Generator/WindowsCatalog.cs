namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>Per Windows Server release: the updates Microsoft would offer this month.</summary>
internal sealed class WindowsCatalog
{
    private WindowsCatalog(string release, string osVersion, List<WindowsUpdateRecord> updates)
    {
        Release = release;
        OsVersion = osVersion;
        Updates = updates;
    }

    /// <summary>2016, 2019 or 2022.</summary>
    public string Release { get; }
    public string OsVersion { get; }
    public IReadOnlyList<WindowsUpdateRecord> Updates { get; }

    public static readonly (string Release, string OsVersion)[] Releases =
    {
        ("2016", "10.0.14393"), ("2019", "10.0.17763"), ("2022", "10.0.20348"),
    };

    public static WindowsCatalog Build(string release, string osVersion, Random random)
    {
        var updates = new List<WindowsUpdateRecord>();
        string Kb() => string.Create(CultureInfo.InvariantCulture, $"KB50{46000 + random.Next(4000)}");
        IReadOnlyList<string> Cves(int count)
        {
            var cves = new List<string>();
            for (var i = 0; i < count; i++)
            {
                cves.Add(string.Create(CultureInfo.InvariantCulture, $"CVE-2026-{20000 + random.Next(30000)}"));
            }
            return cves;
        }
        WindowsUpdateRecord Make(string title, string kb, Classification type, bool reboot, IReadOnlyList<string>? cves = null) =>
            new(NewGuid(random), title, kb, type, reboot, cves ?? Array.Empty<string>());

        var cu = Kb();
        updates.Add(Make($"2026-11 Cumulative Update for Windows Server {release} ({cu})", cu, Classification.Security, true, Cves(3 + random.Next(5))));
        var net = Kb();
        updates.Add(Make($"2026-11 Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for Windows Server {release} ({net})", net, Classification.Security, false, Cves(1 + random.Next(2))));
        var ssu = Kb();
        updates.Add(Make($"2026-11 Servicing Stack Update for Windows Server {release} ({ssu})", ssu, Classification.Bugfix, false));
        var dyn = Kb();
        updates.Add(Make($"2026-10 Dynamic Update for Windows Server {release} ({dyn})", dyn, Classification.Bugfix, false));
        updates.Add(Make("Update for Microsoft Defender Antivirus antimalware platform - KB4052623 (Version 4.18.24090.11)", "KB4052623", Classification.Enhancement, false));
        updates.Add(Make(string.Create(CultureInfo.InvariantCulture, $"Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.{1000 + random.Next(900)}.0)"), "KB2267602", Classification.Other, false));
        updates.Add(Make("Windows Malicious Software Removal Tool x64 - v5.131 (KB890830)", "KB890830", Classification.Other, false));
        return new WindowsCatalog(release, osVersion, updates);
    }

    private static string NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// An operating system release an instance may run (Oracle Linux 9, Windows Server 2022), with what an instance of it
/// reports when nothing says otherwise: its OS name, version and kernel.
/// </summary>
internal sealed record OsRelease(OsFamily Family, string Version, string OsName, string OsVersion, string Kernel)
{
    public static readonly IReadOnlyList<OsRelease> All = new[]
    {
        Linux(6, "6.10", "4.1.12-124.48.6.el6uek.x86_64"),
        Linux(7, "7.9", "5.4.17-2136.330.7.el7uek.x86_64"),
        Linux(8, "8.10", "5.15.0-206.153.7.el8uek.x86_64"),
        Linux(9, "9.5", "5.15.0-206.153.7.el9uek.x86_64"),
        Linux(10, "10.0", "6.12.0-100.28.2.el10uek.x86_64"),
        Windows("2016", "10.0.14393"),
        Windows("2019", "10.0.17763"),
        Windows("2022", "10.0.20348"),
        Windows("2025", "10.0.26100"),
    };

    /// <summary>The release a fleet gives an instance when told only its family: the newest its generated fleet has.</summary>
    public static OsRelease Newest(OsFamily family) => family == OsFamily.Linux ? OracleLinux(9) : WindowsServer("2022");

    public static OsRelease OracleLinux(int major) => Of(OsFamily.Linux, major.ToString(CultureInfo.InvariantCulture));

    public static OsRelease WindowsServer(string year) => Of(OsFamily.Windows, year);

    public static OsRelease Of(OsFamily family, string version) => All.First(r => r.Family == family && r.Version == version);

    public bool IsWindows => Family == OsFamily.Windows;

    /// <summary>Oracle Linux's major version; null for Windows.</summary>
    public int? LinuxMajor => IsWindows ? null : int.Parse(Version, CultureInfo.InvariantCulture);

    /// <summary>"Oracle Linux 8", "Windows Server 2022".</summary>
    public string Label => IsWindows ? $"Windows Server {Version}" : $"Oracle Linux {Version}";

    private static OsRelease Linux(int major, string version, string kernel) =>
        new(OsFamily.Linux, major.ToString(CultureInfo.InvariantCulture), "Oracle Linux Server", version, kernel);

    private static OsRelease Windows(string year, string version) =>
        new(OsFamily.Windows, year, $"Windows Server {year} Datacenter", version, version);
}

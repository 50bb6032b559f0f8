using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// An OS a fleet file's instance may run, by OS Management Hub's family name, with what the instance reports when the
/// file says no more: its OS name, version and kernel.
/// </summary>
internal sealed record OsRelease(string Family, int? LinuxMajor, string OsName, string OsVersion, string Kernel)
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

    /// <summary>The old service's two families, taken as the newest release the emulator's generated fleet has.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["LINUX"] = "ORACLE_LINUX_9",
        ["WINDOWS"] = "WINDOWS_SERVER_2022",
    };

    public const string Default = "ORACLE_LINUX_9";

    public static IReadOnlyList<string> Families { get; } = All.Select(r => r.Family).ToArray();

    public static OsRelease Of(string family) => All.First(r => r.Family == family);

    public bool IsWindows => LinuxMajor is null;

    private static OsRelease Linux(int major, string version, string kernel) =>
        new($"ORACLE_LINUX_{major}", major, "Oracle Linux Server", version, kernel);

    private static OsRelease Windows(string year, string version) =>
        new($"WINDOWS_SERVER_{year}", null, $"Windows Server {year} Datacenter", version, version);
}

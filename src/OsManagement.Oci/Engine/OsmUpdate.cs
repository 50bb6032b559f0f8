using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>An update available to a managed instance: a Linux package update or a Windows update.</summary>
public sealed class OsmUpdate
{
    /// <summary>The name to install it by (package name, or Windows update name).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name people read.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>SECURITY, BUG, ENHANCEMENT, OTHER (or a newer value the service sends).</summary>
    public string UpdateType { get; set; } = "";

    /// <summary>LINUX or WINDOWS: which kind of update this is.</summary>
    public string OsFamily { get; set; } = "";

    /// <summary>The installed version (Linux).</summary>
    public string? InstalledVersion { get; set; }

    /// <summary>The version the update brings (Linux).</summary>
    public string? AvailableVersion { get; set; }

    /// <summary>The package architecture (Linux).</summary>
    public string? Architecture { get; set; }

    /// <summary>The CVEs the update fixes (Linux).</summary>
    public IReadOnlyList<string> Cves { get; set; } = new string[0];

    /// <summary>The errata (advisories) the update belongs to (Linux).</summary>
    public IReadOnlyList<string> Errata { get; set; } = new string[0];

    /// <summary>Whether it can be installed now (Windows).</summary>
    public bool? IsEligibleForInstallation { get; set; }

    /// <summary>Whether installing it needs a reboot (Windows).</summary>
    public bool? IsRebootRequiredForInstallation { get; set; }
}

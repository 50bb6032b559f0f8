using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>An update available to a managed instance: a Linux package update or a Windows update.</summary>
public sealed class OsmAvailableUpdate
{
    internal OsmAvailableUpdate(string managedInstanceId, string managedInstanceName, AvailableUpdate u)
    {
        ManagedInstanceId = managedInstanceId;
        ManagedInstanceName = managedInstanceName;
        Name = u.Name;
        DisplayName = u.DisplayName;
        UpdateType = OutputText.Classification(u.Kind);
        OsFamily = OutputText.Upper(u.OsFamily);
        InstalledVersion = u.InstalledVersion;
        AvailableVersion = u.AvailableVersion;
        Architecture = u.Architecture;
        Cves = OsmList<string>.From(u.Cves);
        Errata = OsmList<string>.From(u.Errata);
        IsEligibleForInstallation = u.IsEligibleForInstallation;
        IsRebootRequiredForInstallation = u.IsRebootRequiredForInstallation;
    }

    /// <summary>The instance the update is for.</summary>
    public string ManagedInstanceId { get; }
    public string ManagedInstanceName { get; }

    /// <summary>The name to install it by (Install-OsmUpdate -Name).</summary>
    public string Name { get; }
    public string DisplayName { get; }

    /// <summary>SECURITY, BUG, ENHANCEMENT or OTHER.</summary>
    public string UpdateType { get; }

    /// <summary>LINUX or WINDOWS.</summary>
    public string OsFamily { get; }
    public string? InstalledVersion { get; }
    public string? AvailableVersion { get; }
    public string? Architecture { get; }

    /// <summary>The CVEs this update fixes.</summary>
    public OsmList<string> Cves { get; }

    /// <summary>The errata (advisories) it belongs to.</summary>
    public OsmList<string> Errata { get; }
    public bool? IsEligibleForInstallation { get; }
    public bool? IsRebootRequiredForInstallation { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

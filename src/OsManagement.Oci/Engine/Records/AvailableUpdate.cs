using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>An update available to a managed instance: a Linux package update or a Windows update.</summary>
public sealed class AvailableUpdate
{
    /// <summary>The name to install it by (package name, or Windows update name).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name people read.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its classification: Security, Bugfix, Enhancement or Other.</summary>
    public Reported<UpdateKind> Kind { get; set; }

    /// <summary>Which kind of update this is: Linux or Windows.</summary>
    public OsFamily OsFamily { get; set; }

    /// <summary>The installed version (Linux).</summary>
    public string? InstalledVersion { get; set; }

    /// <summary>The version the update brings (Linux).</summary>
    public string? AvailableVersion { get; set; }

    /// <summary>The package architecture (Linux).</summary>
    public string? Architecture { get; set; }

    /// <summary>The CVEs the update fixes (Linux).</summary>
    public IReadOnlyList<string> Cves { get; set; } = Array.Empty<string>();

    /// <summary>The errata (advisories) the update belongs to (Linux).</summary>
    public IReadOnlyList<string> Errata { get; set; } = Array.Empty<string>();

    /// <summary>The highest severity of its advisories (OS Management Hub; null on the retired service).</summary>
    public AdvisorySeverity? Severity { get; set; }

    /// <summary>When its advisory was issued (OS Management Hub; null on the retired service).</summary>
    public DateTimeOffset? AdvisoryIssued { get; set; }

    /// <summary>Whether it can be installed now (Windows).</summary>
    public bool? IsEligibleForInstallation { get; set; }

    /// <summary>Whether installing it needs a reboot (Windows).</summary>
    public bool? IsRebootRequiredForInstallation { get; set; }
}

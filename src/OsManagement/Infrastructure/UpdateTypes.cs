using System;
using System.Linq;

namespace OsManagement;

/// <summary>Which updates an action or a job installs.</summary>
public enum OsmUpdateType
{
    /// <summary>Every available update.</summary>
    All,

    /// <summary>Security updates.</summary>
    Security,

    /// <summary>Bug fixes.</summary>
    Bugfix,

    /// <summary>Enhancements.</summary>
    Enhancement,

    /// <summary>Other updates.</summary>
    Other,

    /// <summary>Ksplice (live kernel) updates, Oracle Linux only.</summary>
    Ksplice,
}

/// <summary>Maps the user's words for update types to the service's.</summary>
internal static class UpdateTypeNames
{
    /// <summary>The values Get-OsmAvailableUpdate -UpdateType and Get-OsmComplianceReport -UpdateType accept.</summary>
    public static readonly string[] AvailableUpdateTypes = { "Security", "Bug", "Bugfix", "Enhancement", "Other" };

    /// <summary>OsmUpdateType to the wire's PackageUpdateTypes (SECURITY, BUGFIX, ...).</summary>
    public static string ToWire(OsmUpdateType type) => type.ToString().ToUpperInvariant();

    /// <summary>A filter word (Security, Bug, Bugfix...) to the UpdateTypes an available update carries (SECURITY, BUG...).</summary>
    public static string ToAvailableUpdateType(string word) =>
        word.Equals("Bugfix", StringComparison.OrdinalIgnoreCase) ? "BUG" : word.ToUpperInvariant();

    /// <summary>Whether an available update's type is one of the filter words (all when none).</summary>
    public static bool Matches(string updateType, string[]? words) =>
        words is null || words.Length == 0 || words.Any(w => string.Equals(ToAvailableUpdateType(w), updateType, StringComparison.OrdinalIgnoreCase));
}

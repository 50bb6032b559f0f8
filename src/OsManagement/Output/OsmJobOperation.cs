using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// One of a scheduled job's operations (OsmScheduledJob.Operations): a job of OS Management Hub that updates several
/// kinds of update (the console's update categories) has one each.
/// </summary>
public sealed class OsmJobOperation
{
    internal OsmJobOperation(JobOperationRecord o)
    {
        OperationType = OutputText.Of(o.Operation);
        UpdateType = OutputText.OrNull(o.UpdateKind);
        PackageNames = OsmList<string>.From(o.PackageNames);
        WindowsUpdateNames = OsmList<string>.From(o.WindowsUpdateNames);
    }

    /// <summary>INSTALL, UPDATE, REMOVE, UPDATEALL or REBOOT (another word the service has, as it writes it).</summary>
    public string OperationType { get; }

    /// <summary>For UPDATEALL: SECURITY, BUGFIX, ENHANCEMENT, OTHER, KSPLICE or ALL.</summary>
    public string? UpdateType { get; }

    public OsmList<string> PackageNames { get; }
    public OsmList<string> WindowsUpdateNames { get; }

    /// <summary>The operation in words: "UPDATEALL SECURITY", "INSTALL openssl, curl".</summary>
    public override string ToString()
    {
        var names = string.Join(", ", PackageNames.Concat(WindowsUpdateNames));
        return string.Join(" ", new[] { OperationType, UpdateType, names }.Where(s => !string.IsNullOrEmpty(s)));
    }
}

using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A managed instance group and its members.</summary>
public sealed class OsmManagedInstanceGroup
{
    internal OsmManagedInstanceGroup(InstanceGroupRecord g)
    {
        Id = g.Id;
        DisplayName = g.DisplayName;
        Description = g.Description;
        CompartmentId = g.CompartmentId;
        OsFamily = OutputText.Of(g.OsFamily);
        OsFamilyDetail = g.OsFamilyDetail;
        LifecycleState = g.LifecycleState;
        ManagedInstanceIds = OsmList<string>.From(g.Members.Select(m => m.Id));
        ManagedInstanceNames = OsmList<string>.From(g.Members.Select(m => m.NameOrId));
        ManagedInstanceCount = g.MemberCount ?? ManagedInstanceIds.Count;
        Architecture = g.Architecture;
        Location = g.Location;
    }

    /// <summary>The group OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }
    /// <summary>LINUX or WINDOWS.</summary>
    public string OsFamily { get; }

    /// <summary>The detailed family OS Management Hub reports (ORACLE_LINUX_8, WINDOWS_SERVER_2022...); empty on the retired service.</summary>
    public string? OsFamilyDetail { get; }
    public string LifecycleState { get; }
    public int ManagedInstanceCount { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceNames { get; }

    /// <summary>X86_64, AARCH64... its members run on (OS Management Hub; empty on the retired service).</summary>
    public string? Architecture { get; }

    /// <summary>OCI_COMPUTE, ON_PREMISE... where its members run (OS Management Hub; empty on the retired service).</summary>
    public string? Location { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

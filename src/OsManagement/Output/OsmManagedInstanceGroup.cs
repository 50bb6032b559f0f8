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
        LifecycleState = g.LifecycleState;
        ManagedInstanceIds = OsmList<string>.From(g.Members.Select(m => m.Id));
        ManagedInstanceNames = OsmList<string>.From(g.Members.Select(m => m.NameOrId));
        ManagedInstanceCount = g.MemberCount ?? ManagedInstanceIds.Count;
    }

    /// <summary>The group OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }
    public string OsFamily { get; }
    public string LifecycleState { get; }
    public int ManagedInstanceCount { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceNames { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

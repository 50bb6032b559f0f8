using System.Linq;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement;

/// <summary>A managed instance group and its members.</summary>
public sealed class OsmManagedInstanceGroup
{
    internal OsmManagedInstanceGroup(ManagedInstanceGroup g)
    {
        Id = g.Id ?? "";
        DisplayName = g.DisplayName ?? "";
        Description = g.Description;
        CompartmentId = g.CompartmentId ?? "";
        OsFamily = g.OsFamily ?? "";
        LifecycleState = g.LifecycleState ?? "";
        ManagedInstanceIds = OsmList<string>.From(g.ManagedInstances?.Select(m => m.Id ?? ""));
        ManagedInstanceNames = OsmList<string>.From(g.ManagedInstances?.Select(m => m.DisplayName ?? m.Id ?? ""));
        ManagedInstanceCount = ManagedInstanceIds.Count;
    }

    internal OsmManagedInstanceGroup(ManagedInstanceGroupSummary s)
        : this(new ManagedInstanceGroup
        {
            Id = s.Id, DisplayName = s.DisplayName, Description = s.Description, CompartmentId = s.CompartmentId,
            OsFamily = s.OsFamily, LifecycleState = s.LifecycleState,
        })
    {
        ManagedInstanceCount = s.ManagedInstanceCount ?? 0;
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

using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.State;

namespace OsManagement.Emulator.Admin;

/// <summary>
/// The ground truth served at <c>GET /_emulator/fleet</c>, so tests can compare reports with reality.
/// </summary>
internal sealed record FleetTruth(
    string TenancyId,
    List<CompartmentTruth> Compartments,
    List<InstanceTruth> Instances,
    List<GroupTruth> Groups)
{
    public static FleetTruth From(EmulatorStore store) => new(
        store.TenancyId,
        store.Fleet.Compartments.Select(c => new CompartmentTruth(c.Id, c.ParentId, c.Name, c.LifecycleState)).ToList(),
        store.Fleet.Instances.Select(i => new InstanceTruth(
            i.Id, i.DisplayName, i.CompartmentId, i.OsFamily, i.OsName, i.OsVersion, i.Status, i.FailsUpdates, i.IsPaas,
            i.GroupIds.ToList(),
            i.IsWindows
                ? i.WindowsUpdates.Select(u => new UpdateTruth(u.Name, u.DisplayName, u.UpdateType, u.RelatedCves.ToList(), new List<string>())).ToList()
                : i.PackageUpdates.Select(u => new UpdateTruth(u.Name, u.PackageName, u.UpdateType, u.RelatedCves.ToList(),
                    u.Erratum is null ? new List<string>() : new List<string> { u.Erratum.Name })).ToList())).ToList(),
        store.Fleet.Groups.Select(g => new GroupTruth(g.Id, g.DisplayName, g.CompartmentId, g.OsFamily, g.InstanceIds.ToList())).ToList());
}

/// <summary>A compartment; <c>parentId</c> is the tenancy for top-level ones.</summary>
internal sealed record CompartmentTruth(string Id, string ParentId, string Name, string LifecycleState);

/// <summary>An instance; <c>failsUpdates</c> and UNREACHABLE status mean its work requests always fail.</summary>
internal sealed record InstanceTruth(string Id, string DisplayName, string CompartmentId, string OsFamily, string OsName, string OsVersion,
    string Status, bool FailsUpdates, bool IsPaas, List<string> GroupIds, List<UpdateTruth> Updates);

/// <summary>An available update.</summary>
internal sealed record UpdateTruth(string Name, string DisplayName, string UpdateType, List<string> RelatedCves, List<string> Errata);

/// <summary>A managed instance group.</summary>
internal sealed record GroupTruth(string Id, string DisplayName, string CompartmentId, string OsFamily, List<string> InstanceIds);

using System;
using System.Collections.Generic;

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// A managed instance group; members may sit in other compartments. The old service's groups (OS family LINUX or
/// WINDOWS, an instance may be in several) and OS Management Hub's (one detailed OS family, an instance in at most one)
/// are separate lists over the same instances.
/// </summary>
internal sealed class GroupRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Description { get; init; }
    public required string CompartmentId { get; init; }
    public required string OsFamily { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    public string LifecycleState { get; init; } = "ACTIVE";
    public List<string> InstanceIds { get; } = new();
    /// <summary>Hub groups only: the detailed family (ORACLE_LINUX_8, WINDOWS_SERVER_2022) every member has.</summary>
    public string? HubOsFamily { get; init; }
    /// <summary>Hub groups only: ORACLE or MICROSOFT.</summary>
    public string? VendorName { get; init; }
}

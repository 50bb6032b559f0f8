using System;
using System.Collections.Generic;

namespace OsManagement.Emulator.State;

/// <summary>A managed instance group; members may sit in other compartments.</summary>
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
}

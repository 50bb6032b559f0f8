using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine.Fleet;

/// <summary>
/// A tenancy (or part of one) as read for a fleet file: what the emulator needs to serve the same fleet, in the fleet
/// file's words (OS Management Hub's spelling). References between its parts are OCIDs, so an alias given to one
/// (<see cref="FleetAnonymizer"/>) follows it everywhere.
/// </summary>
internal sealed class FleetCopy
{
    public string TenancyId { get; set; } = "";
    public string? TenancyName { get; set; }
    /// <summary>Parents before their children.</summary>
    public List<FleetCompartment> Compartments { get; } = new();
    public List<FleetGroup> Groups { get; } = new();
    public List<FleetInstance> Instances { get; } = new();
    public List<FleetEnvironment> Environments { get; } = new();
    public List<FleetSet> Sets { get; } = new();
    public List<FleetJob> Jobs { get; } = new();
}

internal sealed class FleetCompartment
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string ParentId { get; set; } = "";
}

internal sealed class FleetGroup
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string CompartmentId { get; set; } = "";
    public string? OsFamily { get; set; }
}

internal sealed class FleetInstance
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string CompartmentId { get; set; } = "";
    public string OsFamily { get; set; } = "";
    public bool IsWindows { get; set; }
    public string Status { get; set; } = "";
    public string? Location { get; set; }
    /// <summary>Only for an agent that has stopped checking in: the others keep checking in as the emulator's clock moves.</summary>
    public DateTimeOffset? LastCheckin { get; set; }
    public DateTimeOffset? LastBoot { get; set; }
    public bool RebootRequired { get; set; }
    public string? GroupId { get; set; }
    public string? StageId { get; set; }
    public List<FleetUpdate> Updates { get; } = new();
}

internal sealed class FleetUpdate
{
    /// <summary>The package (Linux) or the update's title (Windows).</summary>
    public string Name { get; set; } = "";
    public string Classification { get; set; } = "";
    public string? Advisory { get; set; }
    public string? Severity { get; set; }
    public DateTimeOffset? Issued { get; set; }
    public IReadOnlyList<string> Cves { get; set; } = Array.Empty<string>();
    public string? Version { get; set; }
    public string? InstalledVersion { get; set; }
    public string? Architecture { get; set; }
    public string? UpdateId { get; set; }
    public bool? RebootRequired { get; set; }
}

internal sealed class FleetEnvironment
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string CompartmentId { get; set; } = "";
    public string? OsFamily { get; set; }
    public string? Location { get; set; }
    /// <summary>By rank.</summary>
    public List<FleetStage> Stages { get; } = new();
}

internal sealed class FleetStage
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The versioned software source it holds (the emulator's stage then holds every update its members miss).</summary>
    public string? ContentId { get; set; }
    public string? ContentName { get; set; }
    public List<string> MemberIds { get; } = new();
}

internal sealed class FleetSet
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string CompartmentId { get; set; } = "";
    public bool MatchesAny { get; set; }
    public List<string> ScopeIds { get; } = new();
    public bool IncludeChildren { get; set; } = true;
    public IReadOnlyList<string> OsFamilies { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> OsNames { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> Architectures { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> Statuses { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> Locations { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> DisplayNames { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> InstanceIds { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> GroupIds { get; set; } = Array.Empty<string>();
    public bool? RebootRequired { get; set; }
}

internal sealed class FleetJob
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string CompartmentId { get; set; } = "";
    public bool Recurring { get; set; }
    public DateTimeOffset NextRun { get; set; }
    public string? Rule { get; set; }
    public List<FleetJobOperation> Operations { get; } = new();
    public IReadOnlyList<string> InstanceIds { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> GroupIds { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> CompartmentIds { get; set; } = Array.Empty<string>();
    public bool? IncludeSubcompartments { get; set; }
    public IReadOnlyList<string> StageIds { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> SetIds { get; set; } = Array.Empty<string>();
}

internal sealed class FleetJobOperation
{
    public string Type { get; set; } = "";
    public IReadOnlyList<string> Packages { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> WindowsUpdates { get; set; } = Array.Empty<string>();
}

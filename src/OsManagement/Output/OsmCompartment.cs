using System;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A compartment. Pipe it into Get-OsmManagedInstance, Get-OsmScheduledJob or Get-OsmComplianceReport.</summary>
public sealed class OsmCompartment
{
    internal OsmCompartment(CompartmentRecord c)
    {
        Id = c.Id;
        Name = c.Name;
        Description = c.Description;
        ParentId = c.ParentId;
        LifecycleState = c.LifecycleState;
        TimeCreated = c.TimeCreated?.LocalDateTime;
        IsAccessible = c.IsAccessible;
        Path = c.Path;
        Depth = c.Depth;
    }

    /// <summary>The compartment OCID.</summary>
    public string Id { get; }

    /// <summary>The compartment's name.</summary>
    public string Name { get; }

    /// <summary>The compartment's description.</summary>
    public string? Description { get; }

    /// <summary>The parent compartment's OCID.</summary>
    public string? ParentId { get; }

    /// <summary>ACTIVE, INACTIVE, DELETING...</summary>
    public string LifecycleState { get; }

    /// <summary>When it was created (local time).</summary>
    public DateTime? TimeCreated { get; }

    /// <summary>Whether the caller can access it.</summary>
    public bool? IsAccessible { get; }

    /// <summary>Names from the compartment the listing started at, joined by '/'.</summary>
    public string Path { get; }

    /// <summary>1 for a direct child of the compartment the listing started at.</summary>
    public int Depth { get; }

    /// <inheritdoc />
    public override string ToString() => Path;
}

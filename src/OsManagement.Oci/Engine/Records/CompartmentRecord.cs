using System;

namespace OsManagement.Oci.Engine;

/// <summary>A compartment found under a starting compartment, with its path of names from there.</summary>
public sealed class CompartmentRecord
{
    /// <summary>The compartment OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The parent compartment's OCID.</summary>
    public string? ParentId { get; set; }

    /// <summary>ACTIVE, INACTIVE, DELETING... as Identity says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>Whether the caller can access it.</summary>
    public bool? IsAccessible { get; set; }

    /// <summary>Names from the starting compartment down, joined by '/'.</summary>
    public string Path { get; set; } = "";

    /// <summary>1 for a direct child of the starting compartment.</summary>
    public int Depth { get; set; }
}

using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A compliance report as a comparison reads it, whether it came as records or as a file written earlier: when it was
/// made, what it covered, which service answered, and per instance what was missing.
/// </summary>
public sealed class ComplianceSnapshot
{
    /// <summary>When the report was made (the moment its scan judged at).</summary>
    public DateTimeOffset? GeneratedAt { get; set; }

    /// <summary>What it covered ("compartment ... and its sub-compartments", "group ..."); null when not known.</summary>
    public string? Scope { get; set; }

    /// <summary>The service that answered; null when not known.</summary>
    public string? Service { get; set; }

    /// <summary>The instances it has a record of, in its order.</summary>
    public IList<SnapshotInstance> Instances { get; } = new List<SnapshotInstance>();
}

/// <summary>One instance of a <see cref="ComplianceSnapshot"/>.</summary>
public sealed class SnapshotInstance
{
    /// <summary>The managed instance OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The compartment it was reported in.</summary>
    public string? CompartmentName { get; set; }

    /// <summary>Whether it was stale when the report was made.</summary>
    public bool IsStale { get; set; }

    /// <summary>The region it was read in (a report of several regions); null when the report did not say.</summary>
    public string? Region { get; set; }

    /// <summary>
    /// What it missed, by advisory; null when the report did not say (a file from before advisories were reported), in
    /// which case <see cref="Updates"/> is compared instead.
    /// </summary>
    public IList<MissingAdvisory>? Advisories { get; set; }

    /// <summary>What it missed, update by update (each as a lone <see cref="MissingAdvisory"/> under the update's name).</summary>
    public IList<MissingAdvisory> Updates { get; set; } = new List<MissingAdvisory>();
}

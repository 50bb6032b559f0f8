using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A lifecycle environment (OS Management Hub): its stages in order (dev, test, prod...), for instances of one OS, architecture and location.</summary>
public sealed class OsmLifecycleEnvironment
{
    internal OsmLifecycleEnvironment(LifecycleEnvironmentRecord e)
    {
        Id = e.Id;
        DisplayName = e.DisplayName;
        Description = e.Description;
        CompartmentId = e.CompartmentId;
        OsFamilyDetail = e.OsFamilyDetail;
        Architecture = e.Architecture;
        Location = e.Location;
        LifecycleState = e.LifecycleState;
        TimeCreated = OsmTime.Local(e.TimeCreated);
        Stages = OsmList<OsmLifecycleStage>.From(e.Stages.Select(s => new OsmLifecycleStage(s, e)));
    }

    /// <summary>The lifecycle environment OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }

    /// <summary>The OS its members run (ORACLE_LINUX_9...).</summary>
    public string? OsFamilyDetail { get; }

    /// <summary>X86_64, AARCH64...</summary>
    public string? Architecture { get; }

    /// <summary>OCI_COMPUTE, ON_PREMISE...</summary>
    public string? Location { get; }
    public string LifecycleState { get; }

    /// <summary>When it was created (local time).</summary>
    public DateTime? TimeCreated { get; }

    /// <summary>Its stages, first to last; their names joined by " > " when shown as text.</summary>
    public OsmList<OsmLifecycleStage> Stages { get; }

    /// <summary>The stages in order, as one line: "dev > test > prod".</summary>
    public string StageNames => string.Join(" > ", Stages.Select(s => s.DisplayName));

    /// <summary>How many instances are attached to its stages (known when its stages were read in full).</summary>
    public int ManagedInstanceCount => Stages.Sum(s => s.ManagedInstanceCount);

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

/// <summary>A lifecycle stage (OS Management Hub): its rank, the content (a versioned software source) it holds and its members.</summary>
public sealed class OsmLifecycleStage
{
    internal OsmLifecycleStage(LifecycleStageRecord s, LifecycleEnvironmentRecord? environment = null)
    {
        Id = s.Id;
        DisplayName = s.DisplayName;
        CompartmentId = s.CompartmentId;
        Rank = s.Rank;
        LifecycleEnvironmentId = s.Environment?.Id ?? environment?.Id;
        LifecycleEnvironmentName = s.Environment?.DisplayName ?? environment?.DisplayName;
        OsFamilyDetail = s.OsFamilyDetail;
        Architecture = s.Architecture;
        Location = s.Location;
        SoftwareSourceId = s.SoftwareSource?.Id;
        SoftwareSourceName = s.SoftwareSource?.NameOrId;
        ManagedInstanceIds = OsmList<string>.From(s.Members.Select(m => m.Id));
        ManagedInstanceNames = OsmList<string>.From(s.Members.Select(m => m.NameOrId));
        ManagedInstanceCount = s.MemberCount ?? s.Members.Count;
        LifecycleState = s.LifecycleState;
        TimeModified = OsmTime.Local(s.TimeModified);
    }

    /// <summary>The lifecycle stage OCID.</summary>
    public string Id { get; }

    /// <summary>dev, test, prod...</summary>
    public string DisplayName { get; }
    public string CompartmentId { get; }

    /// <summary>1 for the first stage content is promoted to.</summary>
    public int Rank { get; }
    public string? LifecycleEnvironmentId { get; }
    public string? LifecycleEnvironmentName { get; }
    public string? OsFamilyDetail { get; }
    public string? Architecture { get; }
    public string? Location { get; }

    /// <summary>The versioned software source it holds; empty before any content was promoted to it.</summary>
    public string? SoftwareSourceId { get; }
    public string? SoftwareSourceName { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceNames { get; }
    public int ManagedInstanceCount { get; }
    public string LifecycleState { get; }

    /// <summary>When it last changed, a promotion for one (local time).</summary>
    public DateTime? TimeModified { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A dynamic set (OS Management Hub): the instances of its compartments its matching rule takes, now.</summary>
public sealed class OsmDynamicSet
{
    internal OsmDynamicSet(DynamicSetRecord d)
    {
        Id = d.Id;
        DisplayName = d.DisplayName;
        Description = d.Description;
        CompartmentId = d.CompartmentId;
        LifecycleState = d.LifecycleState;
        MatchType = d.MatchType is { } match ? OutputText.Upper(match) : null;
        Rule = d.Rule?.Describe();
        OsFamilies = OsmList<string>.From(d.Rule?.OsFamilies);
        OsNames = OsmList<string>.From(d.Rule?.OsNames);
        Architectures = OsmList<string>.From(d.Rule?.Architectures);
        Statuses = OsmList<string>.From(d.Rule?.Statuses);
        Locations = OsmList<string>.From(d.Rule?.Locations);
        DisplayNames = OsmList<string>.From(d.Rule?.DisplayNames);
        ManagedInstanceIds = OsmList<string>.From(d.Rule?.ManagedInstanceIds);
        ManagedInstanceGroupIds = OsmList<string>.From(d.Rule?.ManagedInstanceGroupIds);
        IsRebootRequired = d.Rule?.IsRebootRequired;
        TargetCompartmentIds = OsmList<string>.From(d.TargetCompartments.Select(t => t.CompartmentId + (t.IncludesChildren ? " and below" : "")));
        ScheduledJobCount = d.ScheduledJobCount;
        TimeCreated = OsmTime.Local(d.TimeCreated);
    }

    /// <summary>The dynamic set OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }
    public string LifecycleState { get; }

    /// <summary>ALL (every criterion must match) or ANY.</summary>
    public string? MatchType { get; }

    /// <summary>The matching rule as one line: "osFamilies in (ORACLE_LINUX_9); isRebootRequired = true".</summary>
    public string? Rule { get; }
    public OsmList<string> OsFamilies { get; }
    public OsmList<string> OsNames { get; }
    public OsmList<string> Architectures { get; }
    public OsmList<string> Statuses { get; }
    public OsmList<string> Locations { get; }
    public OsmList<string> DisplayNames { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceGroupIds { get; }
    public bool? IsRebootRequired { get; }

    /// <summary>The compartments it looks in ("... and below" when their sub-compartments count).</summary>
    public OsmList<string> TargetCompartmentIds { get; }
    public int? ScheduledJobCount { get; }

    /// <summary>When it was created (local time).</summary>
    public DateTime? TimeCreated { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

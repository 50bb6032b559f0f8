using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Services.Hub.Models;
using MatchingRule = OsManagement.Oci.Engine.MatchingRule;

namespace OsManagement.Oci.Services.Hub;

/// <summary>OS Management Hub's lifecycle environments, stages and dynamic sets as engine records, and an instance's unit.</summary>
internal static class HubUnitRecords
{
    /// <summary>A named reference; null when the service gave none.</summary>
    public static ResourceRef? Ref(NamedId? id) => id?.Id is { Length: > 0 } ocid ? new ResourceRef(ocid, id.DisplayName) : null;

    /// <summary>The group or stage an instance's content is changed through: Hub changes a member's content only through it.</summary>
    public static ContentUnit? ChangedThrough(ManagedInstanceSummary s) =>
        Ref(s.LifecycleStage) is { } stage ? new ContentUnit(UnitKind.LifecycleStage, stage, Ref(s.LifecycleEnvironment))
        : Ref(s.ManagedInstanceGroup) is { } group ? new ContentUnit(UnitKind.Group, group)
        : null;

    public static LifecycleEnvironmentRecord Environment(LifecycleEnvironment e)
    {
        var record = Environment(new LifecycleEnvironmentSummary
        {
            Id = e.Id, CompartmentId = e.CompartmentId, DisplayName = e.DisplayName, Description = e.Description, LifecycleState = e.LifecycleState,
            ArchType = e.ArchType, OsFamily = e.OsFamily, VendorName = e.VendorName, Location = e.Location, TimeCreated = e.TimeCreated,
        });
        var environment = new ResourceRef(record.Id, record.DisplayName);
        record.Stages = (e.Stages ?? new List<LifecycleStage>()).Select(s => Stage(s, null, environment)).OrderBy(s => s.Rank).ToList();
        record.IsDetailed = true;
        return record;
    }

    public static LifecycleEnvironmentRecord Environment(LifecycleEnvironmentSummary s)
    {
        var environment = new ResourceRef(s.Id ?? "", s.DisplayName);
        return new LifecycleEnvironmentRecord
        {
            Id = s.Id ?? "",
            DisplayName = s.DisplayName ?? "",
            Description = s.Description,
            CompartmentId = s.CompartmentId ?? "",
            OsFamilyDetail = s.OsFamily,
            Architecture = s.ArchType,
            Location = s.Location,
            LifecycleState = s.LifecycleState ?? "",
            TimeCreated = s.TimeCreated,
            Stages = (s.Stages ?? new List<LifecycleStageSummary>()).Select(stage => Stage(stage, environment)).OrderBy(stage => stage.Rank).ToList(),
        };
    }

    public static LifecycleStageRecord Stage(LifecycleStage s, string? etag, ResourceRef? environment = null) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        CompartmentId = s.CompartmentId ?? "",
        Rank = s.Rank ?? 0,
        Environment = environment ?? (s.LifecycleEnvironmentId is { } id ? new ResourceRef(id) : null),
        OsFamilyDetail = s.OsFamily,
        Architecture = s.ArchType,
        Location = s.Location,
        SoftwareSource = Source(s.SoftwareSourceId),
        Members = s.ManagedInstanceIds?.Where(m => m.Id is not null).Select(m => new ResourceRef(m.Id!, m.DisplayName)).ToList() ?? new List<ResourceRef>(),
        MemberCount = s.ManagedInstanceIds?.Count ?? 0,
        LifecycleState = s.LifecycleState ?? "",
        TimeModified = s.TimeModified,
        ETag = etag,
    };

    public static LifecycleStageRecord Stage(LifecycleStageSummary s) => Stage(s, null);

    private static LifecycleStageRecord Stage(LifecycleStageSummary s, ResourceRef? environment) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        CompartmentId = s.CompartmentId ?? "",
        Rank = s.Rank ?? 0,
        Environment = environment ?? (s.LifecycleEnvironmentId is { } id ? new ResourceRef(id, s.LifecycleEnvironmentDisplayName) : null),
        OsFamilyDetail = s.OsFamily,
        Architecture = s.ArchType,
        Location = s.Location,
        SoftwareSource = Source(s.SoftwareSourceId),
        MemberCount = s.ManagedInstances,
        LifecycleState = s.LifecycleState ?? "",
        TimeModified = s.TimeModified,
    };

    public static DynamicSetRecord Set(DynamicSet d)
    {
        var record = Set((DynamicSetSummary)d);
        record.MatchType = string.Equals(d.MatchType, "ALL", StringComparison.OrdinalIgnoreCase) ? MatchType.All : MatchType.Any;
        record.TargetCompartments = d.TargetCompartments?.Where(t => t.CompartmentId is not null)
            .Select(t => new TargetCompartment(t.CompartmentId!, t.DoesIncludeChildren ?? false)).ToList() ?? new List<TargetCompartment>();
        var rule = d.MatchingRule ?? new Models.MatchingRule();
        record.Rule = new MatchingRule
        {
            OsFamilies = List(rule.OsFamilies),
            OsNames = List(rule.OsNames),
            Architectures = List(rule.Architectures),
            Statuses = List(rule.Statuses),
            Locations = List(rule.Locations),
            DisplayNames = List(rule.DisplayNames),
            ManagedInstanceIds = List(rule.ManagedInstanceIds),
            ManagedInstanceGroupIds = List(rule.ManagedInstanceGroupIds),
            IsRebootRequired = rule.IsRebootRequired,
        };
        record.ScheduledJobCount = int.TryParse(d.ScheduledJobCount, out var count) ? count : null;
        record.IsDetailed = true;
        return record;
    }

    public static DynamicSetRecord Set(DynamicSetSummary s) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        Description = s.Description,
        CompartmentId = s.CompartmentId ?? "",
        LifecycleState = s.LifecycleState ?? "",
        TimeCreated = s.TimeCreated,
    };

    private static ResourceRef? Source(SoftwareSourceDetails? source) => source?.Id is { Length: > 0 } id ? new ResourceRef(id, source.DisplayName) : null;

    private static IReadOnlyList<string> List(List<string>? values) => (IReadOnlyList<string>?)values ?? Array.Empty<string>();
}

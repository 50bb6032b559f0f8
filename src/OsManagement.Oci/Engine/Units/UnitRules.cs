using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>What instances of a group or stage share: the OS release, the CPU architecture and the location.</summary>
public sealed class UnitShape
{
    /// <summary>A unit of <paramref name="osFamilyDetail"/> on <paramref name="architecture"/> at <paramref name="location"/>.</summary>
    public UnitShape(string? osFamilyDetail, string? architecture, string? location)
    {
        OsFamilyDetail = osFamilyDetail;
        Architecture = architecture;
        Location = location;
    }

    /// <summary>ORACLE_LINUX_9...; null: not said (not judged).</summary>
    public string? OsFamilyDetail { get; }

    /// <summary>X86_64...; null: not said.</summary>
    public string? Architecture { get; }

    /// <summary>OCI_COMPUTE...; null: not said.</summary>
    public string? Location { get; }

    /// <summary>A group's shape.</summary>
    public static UnitShape Of(InstanceGroupRecord group) => new(group.OsFamilyDetail, group.Architecture, group.Location);

    /// <summary>A lifecycle stage's shape (its environment's).</summary>
    public static UnitShape Of(LifecycleStageRecord stage) => new(stage.OsFamilyDetail, stage.Architecture, stage.Location);
}

/// <summary>
/// OS Management Hub's rules for groups, lifecycle stages and their members, judged before any request (Oracle: "The
/// group's instances must have the same OS vendor, OS version, architecture, and location", Understanding Groups; an
/// instance is in one group or one lifecycle stage at a time; "If an instance is a member of a group or assigned to a
/// lifecycle environment, you can't change its contents directly", Updating an Instance; promotion order, the
/// PromoteSoftwareSourceToLifecycleStageDetails reference). Each problem about one instance names it, so a command
/// acting on many refuses those and goes on with the others.
/// </summary>
public static class UnitRules
{
    /// <summary>A problem naming <paramref name="feature"/> when the service lacks it, else null.</summary>
    public static UnitProblem? Lacking(ServiceCapabilities capabilities, ServiceFeature feature) =>
        FeatureRules.Lacking(capabilities, feature) is { } lacking ? new UnitProblem(UnitProblemKind.FeatureNotSupported) { Feature = lacking } : null;

    /// <summary>Why <paramref name="instance"/> cannot join the group <paramref name="group"/>, or null.</summary>
    public static UnitProblem? JoiningGroup(ManagedInstanceRecord instance, InstanceGroupRecord group) =>
        JoinProblem(instance, UnitShape.Of(group), new ContentUnit(UnitKind.Group, new ResourceRef(group.Id, group.DisplayName)));

    /// <summary>Why <paramref name="instance"/> cannot join the lifecycle stage <paramref name="stage"/>, or null.</summary>
    public static UnitProblem? JoiningStage(ManagedInstanceRecord instance, LifecycleStageRecord stage) =>
        JoinProblem(instance, UnitShape.Of(stage), new ContentUnit(UnitKind.LifecycleStage, new ResourceRef(stage.Id, stage.DisplayName), stage.Environment));

    /// <summary>Why <paramref name="instance"/> cannot leave <paramref name="unit"/> (it is not in it), or null.</summary>
    public static UnitProblem? Leaving(ManagedInstanceRecord instance, ContentUnit unit) =>
        Holder(instance) is { } holder && holder.Kind == unit.Kind && holder.Unit.Id == unit.Unit.Id
            ? null
            : new UnitProblem(UnitProblemKind.NotAMember) { Instance = Ref(instance), Holder = unit, Actual = Holder(instance)?.ToString() };

    /// <summary>A group that still has members cannot be deleted until they are detached.</summary>
    public static UnitProblem? Deleting(InstanceGroupRecord group)
    {
        var count = group.MemberCount ?? group.Members.Count;
        return count > 0 ? new UnitProblem(UnitProblemKind.GroupHasMembers) { Count = count, Holder = new ContentUnit(UnitKind.Group, new ResourceRef(group.Id, group.DisplayName)) } : null;
    }

    /// <summary>
    /// Why content cannot be promoted into <paramref name="stage"/> of <paramref name="environment"/> (its stages by rank):
    /// the first stage needs a software source; a later one takes its previous stage's, which must hold one, and a source
    /// given must be that one.
    /// </summary>
    public static UnitProblem? Promoting(LifecycleStageRecord stage, LifecycleEnvironmentRecord environment, string? softwareSourceId)
    {
        var previous = environment.Stages.Where(s => s.Rank < stage.Rank).OrderBy(s => s.Rank).LastOrDefault();
        if (previous is null)
        {
            return softwareSourceId is null ? new UnitProblem(UnitProblemKind.FirstStageNeedsSource) { Holder = StageUnit(stage) } : null;
        }
        if (previous.SoftwareSource is not { } held)
        {
            return new UnitProblem(UnitProblemKind.PreviousStageEmpty) { Holder = StageUnit(previous) };
        }
        return softwareSourceId is not null && !string.Equals(softwareSourceId, held.Id, StringComparison.Ordinal)
            ? new UnitProblem(UnitProblemKind.NotPreviousStageSource) { Holder = StageUnit(previous), Expected = held.NameOrId, Actual = softwareSourceId }
            : null;
    }

    /// <summary>
    /// Why the content of <paramref name="instance"/> (read in full or listed) cannot be changed directly: it is changed
    /// through its group or lifecycle stage. Null for a stand-alone instance, or on a service without the rule.
    /// </summary>
    public static UnitProblem? ChangingDirectly(ManagedInstanceRecord instance) =>
        instance.ChangedThrough is { } unit ? new UnitProblem(UnitProblemKind.ChangeThroughUnit) { Instance = Ref(instance), Holder = unit } : null;

    /// <summary>Whether a content change on an instance must read it first to know its group or stage (a service that has the rule).</summary>
    public static bool ChangesGoThroughUnits(ServiceCapabilities capabilities) => capabilities.Supports(ServiceFeature.LifecycleEnvironments);

    /// <summary>The group or stage an instance is in, as the service says it; null for a stand-alone instance.</summary>
    public static ContentUnit? Holder(ManagedInstanceRecord instance) =>
        instance.ChangedThrough
        ?? (instance.LifecycleStage is { } stage ? new ContentUnit(UnitKind.LifecycleStage, stage, instance.LifecycleEnvironment)
            : instance.Groups.Count > 0 ? new ContentUnit(UnitKind.Group, instance.Groups[0]) : null);

    internal static UnitProblem? JoinProblem(ManagedInstanceRecord instance, UnitShape shape, ContentUnit? unit)
    {
        var holder = Holder(instance);
        if (holder is not null && unit is not null && holder.Kind == unit.Kind && holder.Unit.Id == unit.Unit.Id)
        {
            return new UnitProblem(UnitProblemKind.AlreadyMember) { Instance = Ref(instance), Holder = unit };
        }
        if (holder is not null)
        {
            return new UnitProblem(UnitProblemKind.AlreadyInUnit) { Instance = Ref(instance), Holder = holder };
        }
        return Differs(instance, unit, UnitProblemKind.OtherOsVersion, shape.OsFamilyDetail, instance.OsFamilyDetail)
            ?? Differs(instance, unit, UnitProblemKind.OtherArchitecture, shape.Architecture, instance.Architecture)
            ?? Differs(instance, unit, UnitProblemKind.OtherLocation, shape.Location, instance.Location);
    }

    // The unit is named in the problem, so that the message says whether a group or a stage holds the other shape.
    private static UnitProblem? Differs(ManagedInstanceRecord instance, ContentUnit? unit, UnitProblemKind kind, string? expected, string? actual) =>
        expected is not null && actual is not null && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase)
            ? new UnitProblem(kind) { Instance = Ref(instance), Holder = unit, Expected = expected, Actual = actual }
            : null;

    private static ContentUnit StageUnit(LifecycleStageRecord stage) => new(UnitKind.LifecycleStage, new ResourceRef(stage.Id, stage.DisplayName), stage.Environment);

    private static ResourceRef Ref(ManagedInstanceRecord instance) => new(instance.Id, instance.DisplayName);
}

namespace OsManagement.Oci.Engine;

/// <summary>Why a change to a group or stage, or an instance's membership, cannot be sent as it is.</summary>
public enum UnitProblemKind
{
    /// <summary>The service cannot do it: <see cref="UnitProblem.Feature"/> names what it lacks.</summary>
    FeatureNotSupported,

    /// <summary>A new group with no members and no OS: the service needs to know what its members will run.</summary>
    NoOsForGroup,

    /// <summary>The instance runs another OS release than the group or environment (<see cref="UnitProblem.Expected"/>).</summary>
    OtherOsVersion,

    /// <summary>The instance has another CPU architecture than the group or environment.</summary>
    OtherArchitecture,

    /// <summary>The instance runs somewhere else (OCI, on premises, another cloud) than the group or environment.</summary>
    OtherLocation,

    /// <summary>The instance is already in another group or a lifecycle stage (<see cref="UnitProblem.Holder"/>): one at a time.</summary>
    AlreadyInUnit,

    /// <summary>The instance is already a member of this unit: nothing to do.</summary>
    AlreadyMember,

    /// <summary>The instance is not a member of the unit it is to be detached from.</summary>
    NotAMember,

    /// <summary>A group to delete still has members.</summary>
    GroupHasMembers,

    /// <summary>Promoting to the first stage needs a versioned software source to promote.</summary>
    FirstStageNeedsSource,

    /// <summary>The previous stage holds no content yet, so there is nothing to promote from it.</summary>
    PreviousStageEmpty,

    /// <summary>The software source given is not the one the previous stage holds (<see cref="UnitProblem.Expected"/>).</summary>
    NotPreviousStageSource,

    /// <summary>
    /// A content change (install, update, remove) on an instance of a group or lifecycle stage: the service changes a
    /// member's content only through its unit (<see cref="UnitProblem.Holder"/>).
    /// </summary>
    ChangeThroughUnit,
}

/// <summary>One reason a unit change cannot be sent, with what a message needs to say it.</summary>
public sealed class UnitProblem
{
    internal UnitProblem(UnitProblemKind kind) => Kind = kind;

    /// <summary>What is wrong.</summary>
    public UnitProblemKind Kind { get; }

    /// <summary>The instance concerned, when it is about one.</summary>
    public ResourceRef? Instance { get; internal set; }

    /// <summary>The group or stage the instance belongs to (AlreadyInUnit, ChangeThroughUnit, AlreadyMember, NotAMember).</summary>
    public ContentUnit? Holder { get; internal set; }

    /// <summary>What the group, environment or previous stage has (OS, architecture, location, software source).</summary>
    public string? Expected { get; internal set; }

    /// <summary>What the instance (or the request) has instead.</summary>
    public string? Actual { get; internal set; }

    /// <summary>How many members (GroupHasMembers).</summary>
    public int? Count { get; internal set; }

    /// <summary>What the service lacks (FeatureNotSupported).</summary>
    public ServiceFeature? Feature { get; internal set; }

    /// <summary>Whether the request can still go on for the other instances (a problem about one instance).</summary>
    public bool IsAboutOneInstance => Instance is not null;

    /// <inheritdoc />
    public override string ToString() => Feature is null ? Kind.ToString() : $"{Kind} ({Feature})";
}

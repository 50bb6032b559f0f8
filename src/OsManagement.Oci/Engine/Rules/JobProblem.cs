using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>Why a job (or a change to one, or an action) cannot be sent as it is.</summary>
public enum JobProblemKind
{
    /// <summary>An interval was given without a unit to count it in.</summary>
    IntervalWithoutUnit,

    /// <summary>A change both makes a job one-time and gives it a recurrence.</summary>
    OnceAndRecurring,

    /// <summary>The operation takes no package or update names (UpdateAll, Reboot).</summary>
    NamesNotTaken,

    /// <summary>The operation acts on named packages or updates and none were given.</summary>
    NamesRequired,

    /// <summary>An update kind was given for an operation that does not take one.</summary>
    UpdateKindNotTaken,

    /// <summary>Linux packages and Windows updates together: a job acts on one or the other.</summary>
    PackagesAndWindowsUpdates,

    /// <summary>Windows updates can only be installed.</summary>
    WindowsUpdatesOnlyInstalled,

    /// <summary>The time of the (next) run is not in the future.</summary>
    TimeInPast,

    /// <summary>No instance, group or compartment to act on.</summary>
    NoTargets,

    /// <summary>More than one kind of target (instances and groups, or compartments): a job takes one kind.</summary>
    MixedTargets,

    /// <summary>Targets of both OS families: a job acts on one.</summary>
    MixedOsFamilies,

    /// <summary>Linux packages for Windows targets.</summary>
    PackagesForWindows,

    /// <summary>Windows updates for Linux targets.</summary>
    WindowsUpdatesForLinux,

    /// <summary>Ksplice (Oracle Linux only) for Windows targets.</summary>
    KspliceForWindows,

    /// <summary>Both an interval (RepeatEvery) and a recurrence rule: a job recurs by one of them.</summary>
    RuleAndInterval,

    /// <summary>The recurrence rule is not one the service takes: <see cref="JobProblem.Detail"/> says what is wrong.</summary>
    InvalidRecurrenceRule,

    /// <summary>The service cannot express what was asked: <see cref="JobProblem.Feature"/> names what it lacks.</summary>
    FeatureNotSupported,

    /// <summary>A one-time job asked to run now on a service that runs only recurring jobs now.</summary>
    OneTimeJobNotRunNow,

    /// <summary>A skip asked of a job that does not recur: it has no next run to skip.</summary>
    OneTimeJobNotSkipped,

    /// <summary>A promotion job whose targets are not lifecycle stages: content is promoted into stages only.</summary>
    PromoteNeedsStages,

    /// <summary>
    /// The recurrence never runs at or after the time asked (within ten years): <see cref="JobProblem.Rule"/>,
    /// <see cref="JobProblem.Time"/>.
    /// </summary>
    NoRunFromTime,

    /// <summary>
    /// The rule read in <see cref="JobProblem.Zone"/> says something no rule read in UTC (the services' clock) can say:
    /// <see cref="JobProblem.Refusal"/> says why.
    /// </summary>
    RuleNotInUtc,

    /// <summary>Several update kinds, one of them All: All already installs every kind.</summary>
    SeveralUpdateKindsWithAll,

    /// <summary>
    /// Several update kinds for Windows targets: OS Management Hub combines operations in one job only when they update
    /// Linux packages (UPDATE_*), so a Windows job installs one kind of Windows update.
    /// </summary>
    SeveralUpdateKindsForWindows,
}

/// <summary>Which part of a job a problem is about: the schedule and action can be judged before the targets are known.</summary>
public enum JobAspect
{
    /// <summary>When it runs.</summary>
    Schedule,

    /// <summary>What it does.</summary>
    Action,

    /// <summary>What it acts on (judged once every target is known).</summary>
    Targets,
}

/// <summary>One reason a job cannot be sent, with what a message needs to say it.</summary>
public sealed class JobProblem
{
    internal JobProblem(JobProblemKind kind, JobAspect aspect)
    {
        Kind = kind;
        Aspect = aspect;
    }

    /// <summary>What is wrong.</summary>
    public JobProblemKind Kind { get; }

    /// <summary>Which part of the job it is about.</summary>
    public JobAspect Aspect { get; }

    /// <summary>The operation concerned.</summary>
    public JobOperation? Operation { get; internal set; }

    /// <summary>The update kind given (UpdateKindNotTaken: the first, when several were).</summary>
    public UpdateKind? UpdateKind { get; internal set; }

    /// <summary>Every update kind given (UpdateKindNotTaken, SeveralUpdateKinds...).</summary>
    public IReadOnlyList<UpdateKind> UpdateKinds { get; internal set; } = Array.Empty<UpdateKind>();

    /// <summary>The interval given (IntervalWithoutUnit).</summary>
    public int? Interval { get; internal set; }

    /// <summary>The time given, as given (TimeInPast).</summary>
    public DateTime? Time { get; internal set; }

    /// <summary>When the time was found past (TimeInPast).</summary>
    public DateTimeOffset? Now { get; internal set; }

    /// <summary>The targets' OS family (family mismatches).</summary>
    public OsFamily? OsFamily { get; internal set; }

    /// <summary>Whether the targets are groups rather than instances (family problems, MixedTargets).</summary>
    public bool TargetsAreGroups { get; internal set; }

    /// <summary>How many instances, groups and compartments were given (MixedTargets).</summary>
    public (int Instances, int Groups, int Compartments) TargetCounts { get; internal set; }

    /// <summary>How many lifecycle stages and dynamic sets were given (MixedTargets).</summary>
    public (int Stages, int Sets) UnitTargetCounts { get; internal set; }

    /// <summary>The recurrence rule given (InvalidRecurrenceRule).</summary>
    public string? Rule { get; internal set; }

    /// <summary>What is wrong in it, and how to write it (InvalidRecurrenceRule).</summary>
    public string? Detail { get; internal set; }

    /// <summary>The zone the time and rule were read in (TimeInPast, NoRunFromTime, RuleNotInUtc).</summary>
    public TimeZoneInfo? Zone { get; internal set; }

    /// <summary>Why the rule cannot be said in UTC (RuleNotInUtc).</summary>
    public ShiftRefusal? Refusal { get; internal set; }

    /// <summary>What the service lacks (FeatureNotSupported).</summary>
    public ServiceFeature? Feature { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Feature is null ? Kind.ToString() : $"{Kind} ({Feature})";
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A scheduled job to create, as the user described it. <see cref="Validate"/> says everything that keeps it from being
/// sent; a service creates only a job without problems.
/// </summary>
public sealed class NewScheduledJob
{
    /// <summary>The compartment the job belongs to.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>The job's name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>What it is for.</summary>
    public string? Description { get; set; }

    /// <summary>Instances to act on.</summary>
    public IReadOnlyList<ResourceRef> Instances { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>Groups to act on.</summary>
    public IReadOnlyList<ResourceRef> Groups { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>Compartments whose instances to act on (OS Management Hub).</summary>
    public IReadOnlyList<string> Compartments { get; set; } = Array.Empty<string>();

    /// <summary>Lifecycle stages whose members to act on, or to promote content into (OS Management Hub).</summary>
    public IReadOnlyList<ResourceRef> LifecycleStages { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>Dynamic sets whose members to act on (OS Management Hub).</summary>
    public IReadOnlyList<ResourceRef> DynamicSets { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>With compartments: their sub-compartments too.</summary>
    public bool IncludeSubcompartments { get; set; }

    /// <summary>The OS families the targets are known to be (from the targets themselves, or the user); may be empty.</summary>
    public IReadOnlyCollection<OsFamily> TargetOsFamilies { get; set; } = Array.Empty<OsFamily>();

    /// <summary>What it does.</summary>
    public JobOperation Operation { get; set; } = JobOperation.UpdateAll;

    /// <summary>
    /// Which updates an UpdateAll job installs; empty when not given (then All). Several make one job of several
    /// operations, one per kind (<see cref="ServiceFeature.SeveralUpdateKinds"/>); a kind given twice counts once.
    /// </summary>
    public IReadOnlyList<UpdateKind> UpdateKinds { get; set; } = Array.Empty<UpdateKind>();

    /// <summary>Linux packages to act on.</summary>
    public IReadOnlyList<string> PackageNames { get; set; } = Array.Empty<string>();

    /// <summary>Windows updates to install.</summary>
    public IReadOnlyList<string> WindowsUpdateNames { get; set; } = Array.Empty<string>();

    /// <summary>When it runs (its first run, for a recurring job) and how it recurs; a new job needs a time.</summary>
    public ScheduleRequest Schedule { get; set; } = new();

    /// <summary>Minutes to wait before each automatic retry of a failed run (OS Management Hub).</summary>
    public IReadOnlyList<int> RetryIntervals { get; set; } = Array.Empty<int>();

    /// <summary>Freeform tags.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; set; }

    /// <summary>
    /// Everything that keeps the job from being sent to a service with <paramref name="capabilities"/> at
    /// <paramref name="now"/>, in the order a user should hear of it: the schedule and action first (they can be judged
    /// before the targets are known), then the targets.
    /// </summary>
    public IReadOnlyList<JobProblem> Validate(ServiceCapabilities capabilities, DateTimeOffset now)
    {
        var problems = new List<JobProblem>();
        var kinds = UpdateKinds.Distinct().ToList();
        JobRules.Features(problems, capabilities, Schedule, RetryIntervals, Operation);
        JobRules.UpdateKinds(problems, capabilities, kinds);
        Schedule.RecurrenceProblems(problems);
        JobRules.Operation(problems, Operation, PackageNames, WindowsUpdateNames, kinds, namesRequired: true);
        JobRules.OneKindOfNames(problems, PackageNames, WindowsUpdateNames);
        JobRules.WindowsUpdatesInstalled(problems, Operation, WindowsUpdateNames);
        Schedule.TimeProblems(problems, now);

        if (Compartments.Count > 0)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.CompartmentTargets, JobAspect.Targets);
        }
        if (LifecycleStages.Count > 0)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.LifecycleEnvironments, JobAspect.Targets);
        }
        if (DynamicSets.Count > 0)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.DynamicSets, JobAspect.Targets);
        }
        var targetKinds = new[] { Instances.Count, Groups.Count, Compartments.Count, LifecycleStages.Count, DynamicSets.Count }.Count(n => n > 0);
        if (targetKinds == 0)
        {
            problems.Add(new JobProblem(JobProblemKind.NoTargets, JobAspect.Targets));
        }
        else if (targetKinds > 1)
        {
            problems.Add(new JobProblem(JobProblemKind.MixedTargets, JobAspect.Targets)
            {
                TargetCounts = (Instances.Count, Groups.Count, Compartments.Count),
                UnitTargetCounts = (LifecycleStages.Count, DynamicSets.Count),
                TargetsAreGroups = Groups.Count > 0,
            });
        }
        else if (Operation == JobOperation.Promote && LifecycleStages.Count == 0)
        {
            problems.Add(new JobProblem(JobProblemKind.PromoteNeedsStages, JobAspect.Targets) { Operation = Operation });
        }
        var families = TargetOsFamilies.Distinct().ToList();
        if (families.Count > 1)
        {
            problems.Add(new JobProblem(JobProblemKind.MixedOsFamilies, JobAspect.Targets) { TargetsAreGroups = Groups.Count > 0 });
        }
        JobRules.OsFamily(problems, families.Count == 1 ? families[0] : null, PackageNames, WindowsUpdateNames,
            Operation == JobOperation.UpdateAll ? EffectiveUpdateKinds : null, Groups.Count > 0);
        return problems;
    }

    /// <summary>Which updates it installs, for an UpdateAll job: the kinds given, each once, else All.</summary>
    public IReadOnlyList<UpdateKind> EffectiveUpdateKinds =>
        UpdateKinds.Count == 0 ? new[] { UpdateKind.All } : UpdateKinds.Distinct().ToList();

    /// <summary>The OS family the job is for: what its names say, else what its targets say, else Linux.</summary>
    public OsFamily OsFamily =>
        WindowsUpdateNames.Count > 0 ? Engine.OsFamily.Windows
        : PackageNames.Count > 0 ? Engine.OsFamily.Linux
        : TargetOsFamilies.Distinct().Count() == 1 ? TargetOsFamilies.First()
        : Engine.OsFamily.Linux;
}

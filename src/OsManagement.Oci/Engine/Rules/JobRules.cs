using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The rules a job, a change to a job and an action share, written once. Each adds the problems it finds, in the order
/// a user should hear of them.
/// </summary>
internal static class JobRules
{
    /// <summary>
    /// What only some services can do, against the capabilities: the schedule (a rule an interval cannot say), then retry
    /// intervals and a reboot.
    /// </summary>
    public static void Features(List<JobProblem> problems, ServiceCapabilities capabilities, ScheduleRequest? schedule,
        IReadOnlyCollection<int>? retryIntervals, JobOperation? operation)
    {
        schedule?.RuleProblems(problems, capabilities);
        if (retryIntervals is { Count: > 0 })
        {
            Lacks(problems, capabilities, ServiceFeature.RetryIntervals, JobAspect.Schedule);
        }
        if (operation == JobOperation.Reboot)
        {
            Lacks(problems, capabilities, ServiceFeature.Reboot, JobAspect.Action);
        }
        if (operation == JobOperation.Promote)
        {
            Lacks(problems, capabilities, ServiceFeature.LifecycleEnvironments, JobAspect.Action);
        }
    }

    /// <summary>
    /// Several update kinds make one job of several operations: only a service that combines them can, and All with
    /// others says nothing more than All.
    /// </summary>
    public static void UpdateKinds(List<JobProblem> problems, ServiceCapabilities capabilities, IReadOnlyCollection<UpdateKind>? kinds)
    {
        if (kinds is not { Count: > 1 })
        {
            return;
        }
        Lacks(problems, capabilities, ServiceFeature.SeveralUpdateKinds, JobAspect.Action);
        if (kinds.Contains(UpdateKind.All))
        {
            problems.Add(new JobProblem(JobProblemKind.SeveralUpdateKindsWithAll, JobAspect.Action) { UpdateKinds = kinds.ToList() });
        }
    }

    /// <summary>A problem naming <paramref name="feature"/> when the service lacks it.</summary>
    public static void Lacks(List<JobProblem> problems, ServiceCapabilities capabilities, ServiceFeature feature, JobAspect aspect)
    {
        if (FeatureRules.Lacking(capabilities, feature) is { } lacking)
        {
            problems.Add(new JobProblem(JobProblemKind.FeatureNotSupported, aspect) { Feature = lacking });
        }
    }

    /// <summary>A job acts on Linux packages or on Windows updates, never both.</summary>
    public static void OneKindOfNames(List<JobProblem> problems, IReadOnlyCollection<string>? packages, IReadOnlyCollection<string>? windowsUpdates)
    {
        if (Any(packages) && Any(windowsUpdates))
        {
            problems.Add(new JobProblem(JobProblemKind.PackagesAndWindowsUpdates, JobAspect.Action));
        }
    }

    /// <summary>
    /// The names and update kinds against the operation. <paramref name="namesRequired"/>: a new job must name what a named
    /// operation acts on.
    /// </summary>
    public static void Operation(List<JobProblem> problems, JobOperation operation, IReadOnlyCollection<string>? packages,
        IReadOnlyCollection<string>? windowsUpdates, IReadOnlyCollection<UpdateKind>? updateKinds, bool namesRequired) =>
        Operations(problems, new[] { operation }, packages, windowsUpdates, updateKinds, namesRequired);

    /// <summary>
    /// The names and update kinds against a job's operations (<paramref name="operations"/>, the first named in a problem):
    /// names need an operation that takes names, kinds one that takes kinds.
    /// </summary>
    public static void Operations(List<JobProblem> problems, IReadOnlyList<JobOperation> operations, IReadOnlyCollection<string>? packages,
        IReadOnlyCollection<string>? windowsUpdates, IReadOnlyCollection<UpdateKind>? updateKinds, bool namesRequired)
    {
        var first = operations[0];
        var named = Any(packages) || Any(windowsUpdates);
        var takesNames = operations.Any(o => o.TakesNames());
        if (!takesNames && named)
        {
            problems.Add(new JobProblem(JobProblemKind.NamesNotTaken, JobAspect.Action) { Operation = first });
        }
        if (namesRequired && takesNames && !named)
        {
            problems.Add(new JobProblem(JobProblemKind.NamesRequired, JobAspect.Action) { Operation = first });
        }
        if (!operations.Any(o => o.TakesUpdateKind()) && updateKinds is { Count: > 0 })
        {
            problems.Add(new JobProblem(JobProblemKind.UpdateKindNotTaken, JobAspect.Action)
            {
                Operation = first,
                UpdateKind = updateKinds.First(),
                UpdateKinds = updateKinds.ToList(),
            });
        }
    }

    /// <summary>Windows updates can only be installed.</summary>
    public static void WindowsUpdatesInstalled(List<JobProblem> problems, JobOperation operation, IReadOnlyCollection<string>? windowsUpdates)
    {
        if (Any(windowsUpdates) && operation != JobOperation.Install)
        {
            problems.Add(new JobProblem(JobProblemKind.WindowsUpdatesOnlyInstalled, JobAspect.Action) { Operation = operation });
        }
    }

    /// <summary>The names and update kinds against the targets' OS family (nothing is judged when it is unknown or All).</summary>
    public static void OsFamily(List<JobProblem> problems, OsFamily? family, IReadOnlyCollection<string>? packages,
        IReadOnlyCollection<string>? windowsUpdates, IReadOnlyCollection<UpdateKind>? updateKinds, bool targetsAreGroups)
    {
        JobProblem Mismatch(JobProblemKind kind) => new(kind, JobAspect.Targets) { OsFamily = family, TargetsAreGroups = targetsAreGroups };
        if (family == Engine.OsFamily.Windows && Any(packages))
        {
            problems.Add(Mismatch(JobProblemKind.PackagesForWindows));
        }
        if (family == Engine.OsFamily.Linux && Any(windowsUpdates))
        {
            problems.Add(Mismatch(JobProblemKind.WindowsUpdatesForLinux));
        }
        if (family == Engine.OsFamily.Windows && updateKinds?.Contains(UpdateKind.Ksplice) == true)
        {
            problems.Add(Mismatch(JobProblemKind.KspliceForWindows));
        }
        if (family == Engine.OsFamily.Windows && updateKinds is { Count: > 1 })
        {
            var problem = Mismatch(JobProblemKind.SeveralUpdateKindsForWindows);
            problem.UpdateKinds = updateKinds.ToList();
            problems.Add(problem);
        }
    }

    public static bool Any(IReadOnlyCollection<string>? names) => names is { Count: > 0 };

    public static IReadOnlyList<string> List(IEnumerable<string>? names) => names?.ToList() ?? new List<string>();
}

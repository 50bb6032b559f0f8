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

    /// <summary>The names and update kind against the operation. <paramref name="namesRequired"/>: a new job must name what a named operation acts on.</summary>
    public static void Operation(List<JobProblem> problems, JobOperation operation, IReadOnlyCollection<string>? packages,
        IReadOnlyCollection<string>? windowsUpdates, UpdateKind? updateKind, bool namesRequired)
    {
        var named = Any(packages) || Any(windowsUpdates);
        if (!operation.TakesNames() && named)
        {
            problems.Add(new JobProblem(JobProblemKind.NamesNotTaken, JobAspect.Action) { Operation = operation });
        }
        if (namesRequired && operation.TakesNames() && !named)
        {
            problems.Add(new JobProblem(JobProblemKind.NamesRequired, JobAspect.Action) { Operation = operation });
        }
        if (!operation.TakesUpdateKind() && updateKind is not null)
        {
            problems.Add(new JobProblem(JobProblemKind.UpdateKindNotTaken, JobAspect.Action) { Operation = operation, UpdateKind = updateKind });
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

    /// <summary>The names and update kind against the targets' OS family (nothing is judged when it is unknown or All).</summary>
    public static void OsFamily(List<JobProblem> problems, OsFamily? family, IReadOnlyCollection<string>? packages,
        IReadOnlyCollection<string>? windowsUpdates, UpdateKind? updateKind, bool targetsAreGroups)
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
        if (family == Engine.OsFamily.Windows && updateKind == UpdateKind.Ksplice)
        {
            problems.Add(Mismatch(JobProblemKind.KspliceForWindows));
        }
    }

    public static bool Any(IReadOnlyCollection<string>? names) => names is { Count: > 0 };

    public static IReadOnlyList<string> List(IEnumerable<string>? names) => names?.ToList() ?? new List<string>();
}

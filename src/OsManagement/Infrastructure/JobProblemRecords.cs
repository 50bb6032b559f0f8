using System;
using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>A job rule's problem as an ErrorRecord: the same ErrorIds and categories for a new job, a change and an action.</summary>
internal static class JobProblemRecords
{
    public static ErrorRecord ForNewJob(JobProblem problem, ServiceDefinition service, object? target) =>
        Record(problem, Messages.ForNewJob(problem, service), target);

    public static ErrorRecord ForChange(JobProblem problem, ScheduledJobRecord? job, ServiceDefinition service, object? target) =>
        Record(problem, Messages.ForChange(problem, job, service), target);

    public static ErrorRecord Record(JobProblem problem, string message, object? target) => problem.Kind == JobProblemKind.FeatureNotSupported
        ? new ErrorRecord(new NotSupportedException(message), "OsmNeedsHub", ErrorCategory.InvalidOperation, target)
        : ErrorRecords.InvalidArgument(ErrorId(problem.Kind), message, target);

    private static string ErrorId(JobProblemKind kind) => kind switch
    {
        JobProblemKind.NoTargets => "OsmNoTargets",
        JobProblemKind.MixedTargets => "OsmMixedTargets",
        JobProblemKind.MixedOsFamilies => "OsmMixedOsFamilies",
        JobProblemKind.PackagesForWindows or JobProblemKind.WindowsUpdatesForLinux or JobProblemKind.KspliceForWindows
            or JobProblemKind.SeveralUpdateKindsForWindows => "OsmOsFamilyMismatch",
        _ => "OsmInvalidSchedule",
    };
}

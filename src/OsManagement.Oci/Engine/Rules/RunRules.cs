namespace OsManagement.Oci.Engine;

/// <summary>
/// Running a scheduled job now and skipping its next run: what the job must be for each, judged from its schedule kind
/// (a piped job's, before any request, or the job's as read). Null when nothing stands in the way.
/// </summary>
public static class RunRules
{
    /// <summary>
    /// A one-time job cannot be run now on a service that runs only recurring jobs now (Hub: move its run instead). A
    /// kind not known yet (null) is no problem yet.
    /// </summary>
    public static JobProblem? RunNow(ServiceCapabilities capabilities, ScheduleKind? kind) =>
        kind == ScheduleKind.OneTime && !capabilities.CanRunOneTimeJobsNow ? new JobProblem(JobProblemKind.OneTimeJobNotRunNow, JobAspect.Schedule) : null;

    /// <summary>Only a recurring job has a next run to skip; a kind the engine does not know is not one.</summary>
    public static JobProblem? Skip(ScheduleKind? kind) =>
        kind == ScheduleKind.Recurring ? null : new JobProblem(JobProblemKind.OneTimeJobNotSkipped, JobAspect.Schedule);
}

using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The rules the cmdlets used to hold, now the engine's: what only Hub can do (work request trees, re-runs, a minimum
/// severity), running a one-time job now, and skipping a job that does not recur.
/// </summary>
public sealed class FeatureAndRunRulesTests
{
    private static readonly ServiceCapabilities Hub = ServiceRegistry.Hub.Capabilities;
    private static readonly ServiceCapabilities Classic = ServiceRegistry.Classic.Capabilities;

    [Theory]
    [InlineData("ocid1.osmhscheduledjob.oc1.iad.j", null)]
    [InlineData(null, "ocid1.osmhworkrequest.oc1.iad.p")]
    public void Finding_work_requests_by_job_or_parent_needs_work_request_trees(string? jobId, string? parentId)
    {
        Assert.Equal(ServiceFeature.WorkRequestTrees, FeatureRules.FindingWorkRequests(Classic, jobId, parentId));
        Assert.Null(FeatureRules.FindingWorkRequests(Hub, jobId, parentId));
    }

    [Fact]
    public void A_plain_work_request_listing_needs_nothing() => Assert.Null(FeatureRules.FindingWorkRequests(Classic, null, null));

    [Fact]
    public void Running_a_work_request_again_needs_reruns()
    {
        Assert.Equal(ServiceFeature.Rerun, FeatureRules.Rerunning(Classic));
        Assert.Null(FeatureRules.Rerunning(Hub));
    }

    [Fact]
    public void A_minimum_severity_needs_advisory_details_and_no_minimum_needs_nothing()
    {
        Assert.Equal(ServiceFeature.AdvisoryDetails, FeatureRules.MinimumSeverity(Classic, AdvisorySeverity.Important));
        Assert.Null(FeatureRules.MinimumSeverity(Hub, AdvisorySeverity.Important));
        Assert.Null(FeatureRules.MinimumSeverity(Classic, null));
    }

    [Fact]
    public void A_one_time_job_runs_now_only_where_the_service_runs_one_time_jobs_now()
    {
        var problem = RunRules.RunNow(Hub, ScheduleKind.OneTime);
        Assert.Equal((JobProblemKind.OneTimeJobNotRunNow, JobAspect.Schedule), (problem!.Kind, problem.Aspect));
        Assert.Null(RunRules.RunNow(Classic, ScheduleKind.OneTime));
        Assert.Null(RunRules.RunNow(Hub, ScheduleKind.Recurring));
    }

    [Fact]
    public void A_job_whose_kind_is_not_known_yet_is_not_refused_a_run_now() => Assert.Null(RunRules.RunNow(Hub, null));

    [Theory]
    [InlineData(ScheduleKind.OneTime)]
    [InlineData(null)]
    public void Only_a_recurring_job_has_a_next_run_to_skip(ScheduleKind? kind)
    {
        Assert.Equal(JobProblemKind.OneTimeJobNotSkipped, RunRules.Skip(kind)!.Kind);
        Assert.Null(RunRules.Skip(ScheduleKind.Recurring));
    }
}

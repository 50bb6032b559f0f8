using System;
using System.Linq;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>The one set of job rules: a job to create, a change to a job and an action now, judged before any request.</summary>
public sealed class JobRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly ServiceCapabilities Classic = ServiceRegistry.Classic.Capabilities;
    private static readonly ServiceCapabilities Hub = new("OS Management Hub", false, ServiceCapabilities.AllFeatures);

    private static NewScheduledJob Job(Action<NewScheduledJob>? change = null)
    {
        var job = new NewScheduledJob
        {
            CompartmentId = "ocid1.tenancy.oc1..t",
            DisplayName = "weekly",
            Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.a") },
            Schedule = { At = Now.UtcDateTime.AddHours(1) },
        };
        change?.Invoke(job);
        return job;
    }

    private static JobProblemKind[] Kinds(NewScheduledJob job, ServiceCapabilities? capabilities = null) =>
        job.Validate(capabilities ?? Classic, Now).Select(p => p.Kind).ToArray();

    [Fact]
    public void A_job_that_says_what_to_do_when_and_on_what_has_no_problem()
    {
        Assert.Empty(Kinds(Job()));
        Assert.Empty(Kinds(Job(j => { j.Operation = JobOperation.Install; j.PackageNames = new[] { "git" }; })));
        Assert.Empty(Kinds(Job(j => { j.Schedule.RepeatEvery = IntervalUnit.Week; j.Schedule.Interval = 2; })));
    }

    [Fact]
    public void A_time_at_or_before_now_is_in_the_past_whatever_its_kind()
    {
        var past = Job(j => j.Schedule.At = Now.UtcDateTime);
        var problem = Assert.Single(past.Validate(Classic, Now));
        Assert.Equal(JobProblemKind.TimeInPast, problem.Kind);
        Assert.Equal(JobAspect.Schedule, problem.Aspect);
        Assert.Equal(Now.UtcDateTime, problem.Time);
        // A local time is converted: the same instant given as local is in the past too.
        Assert.Equal(new[] { JobProblemKind.TimeInPast }, Kinds(Job(j => j.Schedule.At = Now.UtcDateTime.AddMinutes(-1).ToLocalTime())));
    }

    [Fact]
    public void An_interval_needs_a_unit()
    {
        var problem = Assert.Single(Job(j => j.Schedule.Interval = 3).Validate(Classic, Now));
        Assert.Equal(JobProblemKind.IntervalWithoutUnit, problem.Kind);
        Assert.Equal(3, problem.Interval);
    }

    [Theory]
    [InlineData(JobOperation.UpdateAll, "git", null, JobProblemKind.NamesNotTaken)]
    [InlineData(JobOperation.Install, null, null, JobProblemKind.NamesRequired)]
    [InlineData(JobOperation.Remove, null, null, JobProblemKind.NamesRequired)]
    [InlineData(JobOperation.Update, null, "KB1", JobProblemKind.WindowsUpdatesOnlyInstalled)]
    public void The_operation_and_its_names_agree(JobOperation operation, string? package, string? windowsUpdate, JobProblemKind expected)
    {
        var job = Job(j =>
        {
            j.Operation = operation;
            j.PackageNames = package is null ? Array.Empty<string>() : new[] { package };
            j.WindowsUpdateNames = windowsUpdate is null ? Array.Empty<string>() : new[] { windowsUpdate };
        });
        var problem = job.Validate(Classic, Now).First();
        Assert.Equal(expected, problem.Kind);
        Assert.Equal(operation, problem.Operation);
        Assert.Equal(JobAspect.Action, problem.Aspect);
    }

    [Fact]
    public void An_update_kind_given_for_a_named_operation_is_refused_but_the_default_is_not()
    {
        var given = Job(j => { j.Operation = JobOperation.Install; j.PackageNames = new[] { "git" }; j.UpdateKinds = new[] { UpdateKind.Security }; });
        var problem = Assert.Single(given.Validate(Classic, Now));
        Assert.Equal(JobProblemKind.UpdateKindNotTaken, problem.Kind);
        Assert.Equal(UpdateKind.Security, problem.UpdateKind);
        Assert.Equal(new[] { UpdateKind.All }, Job().EffectiveUpdateKinds);
    }

    [Fact]
    public void Packages_and_Windows_updates_together_are_refused_after_the_operation_checks()
    {
        var job = Job(j => { j.Operation = JobOperation.Install; j.PackageNames = new[] { "git" }; j.WindowsUpdateNames = new[] { "KB1" }; });
        Assert.Equal(new[] { JobProblemKind.PackagesAndWindowsUpdates }, Kinds(job));
    }

    [Fact]
    public void Targets_are_judged_last_and_apart()
    {
        var none = Job(j => j.Instances = Array.Empty<ResourceRef>());
        var problem = Assert.Single(none.Validate(Classic, Now));
        Assert.Equal((JobProblemKind.NoTargets, JobAspect.Targets), (problem.Kind, problem.Aspect));

        var both = Job(j => j.Groups = new[] { new ResourceRef("ocid1.managedinstancegroup.oc1.iad.g") });
        var mixed = Assert.Single(both.Validate(Classic, Now));
        Assert.Equal(JobProblemKind.MixedTargets, mixed.Kind);
        Assert.Equal((1, 1, 0), mixed.TargetCounts);

        // A problem of the schedule comes before one of the targets.
        var pastAndNone = Job(j => { j.Instances = Array.Empty<ResourceRef>(); j.Schedule.At = Now.UtcDateTime.AddDays(-1); });
        Assert.Equal(new[] { JobProblemKind.TimeInPast, JobProblemKind.NoTargets }, Kinds(pastAndNone));
    }

    [Fact]
    public void Targets_of_two_families_are_refused_saying_whether_they_are_groups()
    {
        var groups = Job(j =>
        {
            j.Instances = Array.Empty<ResourceRef>();
            j.Groups = new[] { new ResourceRef("ocid1.managedinstancegroup.oc1.iad.l"), new ResourceRef("ocid1.managedinstancegroup.oc1.iad.w") };
            j.TargetOsFamilies = new[] { OsFamily.Linux, OsFamily.Windows };
        });
        var problem = Assert.Single(groups.Validate(Classic, Now));
        Assert.Equal(JobProblemKind.MixedOsFamilies, problem.Kind);
        Assert.True(problem.TargetsAreGroups);
    }

    [Theory]
    [InlineData(OsFamily.Windows, "git", null, null, JobProblemKind.PackagesForWindows)]
    [InlineData(OsFamily.Linux, null, "KB5046616", null, JobProblemKind.WindowsUpdatesForLinux)]
    [InlineData(OsFamily.Windows, null, null, UpdateKind.Ksplice, JobProblemKind.KspliceForWindows)]
    public void What_the_job_acts_on_must_be_of_the_targets_family(OsFamily family, string? package, string? windowsUpdate, UpdateKind? kind, JobProblemKind expected)
    {
        var job = Job(j =>
        {
            j.TargetOsFamilies = new[] { family };
            j.Operation = package is null && windowsUpdate is null ? JobOperation.UpdateAll : JobOperation.Install;
            j.PackageNames = package is null ? Array.Empty<string>() : new[] { package };
            j.WindowsUpdateNames = windowsUpdate is null ? Array.Empty<string>() : new[] { windowsUpdate };
            j.UpdateKinds = kind is { } k ? new[] { k } : Array.Empty<UpdateKind>();
        });
        var problem = Assert.Single(job.Validate(Classic, Now));
        Assert.Equal(expected, problem.Kind);
        Assert.Equal(family, problem.OsFamily);
        Assert.Equal(JobAspect.Targets, problem.Aspect);
    }

    [Fact]
    public void The_job_is_for_the_family_its_names_say_else_its_targets_else_Linux()
    {
        Assert.Equal(OsFamily.Windows, Job(j => { j.Operation = JobOperation.Install; j.WindowsUpdateNames = new[] { "KB1" }; }).OsFamily);
        Assert.Equal(OsFamily.Linux, Job(j => { j.Operation = JobOperation.Install; j.PackageNames = new[] { "git" }; j.TargetOsFamilies = new[] { OsFamily.Windows }; }).OsFamily);
        Assert.Equal(OsFamily.Windows, Job(j => j.TargetOsFamilies = new[] { OsFamily.Windows }).OsFamily);
        Assert.Equal(OsFamily.Linux, Job().OsFamily);
    }

    [Fact]
    public void The_schedule_is_once_at_the_UTC_instant_or_recurring_by_interval_or_rule()
    {
        var once = Job().Schedule;
        Assert.Equal(ScheduleKind.OneTime, once.Kind);
        Assert.Equal(Now.AddHours(1), once.NextRun);

        var weekly = Job(j => { j.Schedule.RepeatEvery = IntervalUnit.Week; j.Schedule.Interval = 2; }).Schedule;
        Assert.Equal(ScheduleKind.Recurring, weekly.Kind);
        Assert.Equal((IntervalUnit.Week, 2), (weekly.Recurrence!.Unit!.Value, weekly.Recurrence.Interval));

        var sundays = Job(j => j.Schedule.RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU").Schedule;
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", sundays.Recurrence!.Rule);
    }

    [Fact]
    public void What_only_OS_Management_Hub_can_do_is_refused_on_the_retired_service_naming_the_feature()
    {
        var job = Job(j =>
        {
            j.Schedule.RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU";
            j.RetryIntervals = new[] { 5, 10 };
            j.Operation = JobOperation.Reboot;
            j.Instances = Array.Empty<ResourceRef>();
            j.Compartments = new[] { "ocid1.compartment.oc1..c" };
        });
        var features = job.Validate(Classic, Now).Where(p => p.Kind == JobProblemKind.FeatureNotSupported).Select(p => p.Feature).ToArray();
        Assert.Equal(new ServiceFeature?[] { ServiceFeature.RecurrenceRules, ServiceFeature.RetryIntervals, ServiceFeature.Reboot, ServiceFeature.CompartmentTargets }, features);
        Assert.Empty(job.Validate(Hub, Now));
    }

    [Fact]
    public void A_rule_that_an_interval_can_say_is_not_a_Hub_feature()
    {
        Assert.Empty(Kinds(Job(j => j.Schedule.RecurrenceRule = "FREQ=DAILY;INTERVAL=3")));
        Assert.Equal((IntervalUnit.Day, 3), (Job(j => j.Schedule.RecurrenceRule = "FREQ=DAILY;INTERVAL=3").Schedule.Recurrence!.Unit!.Value, 3));
    }

    private static ScheduledJobRecord ReadJob(JobOperation? operation, OsFamily family) => new()
    {
        DisplayName = "nightly",
        Operation = operation is { } o ? new Reported<JobOperation>(o, o.ToString()) : Reported<JobOperation>.Unknown("COMPOUND"),
        OsFamily = new Reported<OsFamily>(family, family.ToString()),
    };

    [Fact]
    public void A_change_is_judged_on_its_own_before_the_job_is_read()
    {
        var change = new ScheduledJobChange { Once = true, Schedule = { RepeatEvery = IntervalUnit.Day }, PackageNames = new[] { "git" }, WindowsUpdateNames = new[] { "KB1" } };
        Assert.Equal(new[] { JobProblemKind.OnceAndRecurring, JobProblemKind.PackagesAndWindowsUpdates },
            change.Validate(null, Classic, Now).Select(p => p.Kind));
        Assert.Equal(new[] { JobProblemKind.IntervalWithoutUnit }, new ScheduledJobChange { Schedule = { Interval = 2 } }.Validate(null, Classic, Now).Select(p => p.Kind));
        Assert.Equal(new[] { JobProblemKind.TimeInPast }, new ScheduledJobChange { Schedule = { At = Now.UtcDateTime.AddSeconds(-1) } }.Validate(null, Classic, Now).Select(p => p.Kind));
    }

    [Theory]
    [InlineData(JobOperation.UpdateAll, OsFamily.Linux, "vim", null, null, JobProblemKind.NamesNotTaken)]
    [InlineData(JobOperation.Install, OsFamily.Linux, null, null, UpdateKind.Security, JobProblemKind.UpdateKindNotTaken)]
    [InlineData(JobOperation.Remove, OsFamily.Windows, null, "KB1", null, JobProblemKind.WindowsUpdatesOnlyInstalled)]
    [InlineData(JobOperation.Install, OsFamily.Linux, null, "KB1", null, JobProblemKind.WindowsUpdatesForLinux)]
    [InlineData(JobOperation.Install, OsFamily.Windows, "git", null, null, JobProblemKind.PackagesForWindows)]
    [InlineData(JobOperation.UpdateAll, OsFamily.Windows, null, null, UpdateKind.Ksplice, JobProblemKind.KspliceForWindows)]
    public void A_change_is_judged_against_what_the_job_does(JobOperation operation, OsFamily family, string? package, string? windowsUpdate,
        UpdateKind? kind, JobProblemKind expected)
    {
        var change = new ScheduledJobChange
        {
            PackageNames = package is null ? null : new[] { package },
            WindowsUpdateNames = windowsUpdate is null ? null : new[] { windowsUpdate },
            UpdateKinds = kind is { } k ? new[] { k } : null,
        };
        Assert.Empty(change.Validate(null, Classic, Now));
        Assert.Equal(expected, change.Validate(ReadJob(operation, family), Classic, Now).First().Kind);
    }

    [Fact]
    public void A_change_to_a_job_whose_operation_the_engine_does_not_know_is_not_judged_by_operation()
    {
        var change = new ScheduledJobChange { PackageNames = new[] { "git" }, UpdateKinds = new[] { UpdateKind.Security } };
        Assert.Empty(change.Validate(ReadJob(null, OsFamily.All), Classic, Now));
    }

    [Fact]
    public void A_change_gives_the_new_recurrence_and_next_run()
    {
        Assert.Null(new ScheduledJobChange { DisplayName = "x" }.Schedule.Recurrence);
        Assert.Equal("FREQ=MONTHLY", new ScheduledJobChange { Schedule = { RepeatEvery = IntervalUnit.Month } }.Schedule.Recurrence!.ToRule());
        Assert.Equal(Now, new ScheduledJobChange { Schedule = { At = Now.UtcDateTime } }.Schedule.NextRun);
    }

    [Fact]
    public void A_schedule_from_a_cmdlets_parameters_reads_the_unit_in_any_case_and_its_recurrence_once()
    {
        var weekly = ScheduleRequest.From(Now.UtcDateTime, "week", 2, null);
        Assert.Equal((IntervalUnit.Week, 2, ScheduleKind.Recurring), (weekly.Recurrence!.Unit!.Value, weekly.Recurrence.Interval, weekly.Kind));
        Assert.Same(weekly.Recurrence, weekly.Recurrence);

        var sundays = ScheduleRequest.From(null, null, null, "FREQ=WEEKLY;BYDAY=SU");
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", sundays.Recurrence!.Rule);
        Assert.Null(sundays.NextRun);

        var once = ScheduleRequest.From(Now.UtcDateTime, null, null, null);
        Assert.Equal((ScheduleKind.OneTime, (DateTimeOffset?)Now), (once.Kind, once.NextRun));

        Assert.Throws<ArgumentException>(() => ScheduleRequest.From(null, "fortnight", null, null));
    }

    [Fact]
    public void A_schedule_read_again_after_a_change_reads_the_change()
    {
        var schedule = new ScheduleRequest { RepeatEvery = IntervalUnit.Day };
        Assert.Equal(IntervalUnit.Day, schedule.Recurrence!.Unit);

        schedule.RecurrenceRule = "FREQ=MONTHLY;BYDAY=1SU";
        Assert.Equal("FREQ=MONTHLY;BYDAY=1SU", schedule.Recurrence!.Rule);
    }

    [Fact]
    public void An_action_with_packages_on_a_Windows_instance_is_refused_and_one_on_an_unknown_family_is_not()
    {
        var problem = Assert.Single(ImmediateAction.InstallPackages("ocid1.instance.oc1.iad.w", OsFamily.Windows, new[] { "git" }).Validate(Classic));
        Assert.Equal(JobProblemKind.PackagesForWindows, problem.Kind);
        Assert.Empty(ImmediateAction.RemovePackages("ocid1.instance.oc1.iad.w", null, new[] { "git" }).Validate(Classic));
        Assert.Empty(ImmediateAction.UpdateAll("ocid1.instance.oc1.iad.w", OsFamily.Windows, UpdateKind.Security).Validate(Classic));
    }

    [Fact]
    public void Actions_only_OS_Management_Hub_has_are_refused_on_the_retired_service()
    {
        Assert.Equal(ServiceFeature.Reboot, Assert.Single(ImmediateAction.Reboot("i", OsFamily.Linux).Validate(Classic)).Feature);
        Assert.Equal(ServiceFeature.CompartmentTargets, Assert.Single(ImmediateAction.UpdateAllInCompartment("c", UpdateKind.Security).Validate(Classic)).Feature);
        Assert.Empty(ImmediateAction.Reboot("i", OsFamily.Linux).Validate(Hub));
        Assert.Empty(ImmediateAction.UpdateAllInCompartment("c", UpdateKind.Security).Validate(Hub));
    }
}

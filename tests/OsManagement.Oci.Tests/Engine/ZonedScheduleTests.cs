using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// A schedule read in the zone the user means: the first run is the rule's first occurrence at or after the time asked,
/// the rule is sent so that, read in UTC as the service reads it, it runs at those wall-clock times; the clock changes
/// that move the runs are named; a job's next runs and a skip follow the rule as sent, whether or not the service
/// re-anchors the rule at a moved next run.
/// </summary>
public sealed class ZonedScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    // 2030-01-05 is a Saturday, 2030-01-09 a Wednesday; New York is on standard time (UTC-5) until 2030-03-10.
    private static readonly DateTime SaturdayNight = new(2030, 1, 5, 22, 0, 0);

    private static SchedulePlan Plan(DateTime at, string rule, TimeZoneInfo zone) => SchedulePlan.For(at, Recurrence.ByRule(rule), zone);

    private static DateTime Local(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(utc.UtcDateTime, zone);

    [Fact]
    public void New_York_Saturday_22_00_with_a_Saturday_rule_is_sent_as_Sunday_03_00_UTC_and_runs_on_Saturdays()
    {
        var plan = Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork);

        Assert.Null(plan.Refusal);
        Assert.False(plan.Moved);
        Assert.Equal(new DateTimeOffset(2030, 1, 6, 3, 0, 0, TimeSpan.Zero), plan.FirstRun);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", plan.WireRecurrence!.ToRule());
        var job = Job(plan);
        var runs = job.NextRuns(8).Select(r => Local(r, NewYork)).ToList();
        Assert.Equal(8, runs.Count);
        Assert.All(runs, r => Assert.Equal((DayOfWeek.Saturday, 22), (r.DayOfWeek, r.Hour)));
        Assert.Equal(Enumerable.Range(0, 8).Select(w => SaturdayNight.AddDays(7 * w)), runs);
    }

    [Fact]
    public void A_skip_of_that_job_moves_it_a_week_to_the_next_Saturday_under_both_readings_of_the_service()
    {
        var plan = Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork);
        var job = Job(plan);

        var skipped = HubService.NextRunAfterSkip(job);

        Assert.Equal(SaturdayNight.AddDays(7), Local(skipped, NewYork));
        AssertSameUnderBothReadings(plan.WireRecurrence!, plan.FirstRun, skipped);
    }

    [Fact]
    public void A_Wednesday_time_with_a_Sunday_rule_runs_first_on_the_Sunday_at_that_time()
    {
        var wednesday = new DateTime(2030, 1, 9, 3, 15, 0);

        var plan = Plan(wednesday, "FREQ=WEEKLY;BYDAY=SU", NewYork);

        Assert.True(plan.Moved);
        Assert.Equal(new DateTime(2030, 1, 13, 3, 15, 0), plan.FirstRunLocal);
        Assert.Equal(DayOfWeek.Sunday, plan.FirstRunLocal.DayOfWeek);
        Assert.Equal(new DateTimeOffset(2030, 1, 13, 8, 15, 0, TimeSpan.Zero), plan.FirstRun);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", plan.WireRecurrence!.ToRule());
        Assert.All(Job(plan).NextRuns(6), r => Assert.Equal(DayOfWeek.Sunday, Local(r, NewYork).DayOfWeek));
    }

    [Fact]
    public void Hours_given_in_the_rule_move_with_the_days_they_cross_into()
    {
        var plan = Plan(new DateTime(2030, 1, 9, 12, 0, 0), "FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=23;BYMINUTE=30", NewYork);

        Assert.Equal("FREQ=WEEKLY;BYDAY=TU,SA;BYHOUR=4;BYMINUTE=30", plan.WireRecurrence!.ToRule());
        Assert.Equal(new DateTime(2030, 1, 11, 23, 30, 0), plan.FirstRunLocal);
        Assert.All(Job(plan).NextRuns(10), r =>
        {
            var local = Local(r, NewYork);
            Assert.Contains(local.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Friday });
            Assert.Equal((23, 30), (local.Hour, local.Minute));
        });
    }

    [Fact]
    public void Into_daylight_saving_time_the_runs_an_hour_later_are_named_and_so_is_the_return()
    {
        var plan = Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork);

        Assert.Equal(2, plan.Shifts.Count);
        var spring = plan.Shifts[0];
        Assert.Equal(new DateTime(2030, 3, 10), spring.ClocksChangeLocal.Date);
        Assert.Equal(new DateTime(2030, 3, 16, 22, 0, 0), spring.Meant);
        Assert.Equal(new DateTime(2030, 3, 16, 23, 0, 0), spring.Actual);
        Assert.Equal(TimeSpan.FromHours(1), spring.By);
        var autumn = plan.Shifts[1];
        Assert.Equal(new DateTime(2030, 11, 3), autumn.ClocksChangeLocal.Date);
        Assert.Equal(TimeSpan.Zero, autumn.By);
        Assert.Equal(new DateTime(2030, 11, 9, 22, 0, 0), autumn.Actual);
    }

    [Fact]
    public void Out_of_daylight_saving_time_the_runs_an_hour_earlier_are_named()
    {
        var summer = new DateTime(2030, 7, 6, 22, 0, 0);

        var plan = Plan(summer, "FREQ=WEEKLY;BYDAY=SA", NewYork);

        Assert.Equal(new DateTimeOffset(2030, 7, 7, 2, 0, 0, TimeSpan.Zero), plan.FirstRun);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", plan.WireRecurrence!.ToRule());
        var autumn = plan.Shifts[0];
        Assert.Equal(new DateTime(2030, 11, 3), autumn.ClocksChangeLocal.Date);
        Assert.Equal(TimeSpan.FromHours(-1), autumn.By);
        Assert.Equal(new DateTime(2030, 11, 9, 21, 0, 0), autumn.Actual);
        Assert.Equal(new DateTime(2031, 3, 9), plan.Shifts[1].ClocksChangeLocal.Date);
    }

    [Fact]
    public void A_time_the_clocks_skip_runs_after_the_change_and_a_time_they_pass_twice_runs_at_standard_time()
    {
        // 2030-03-10 02:30 does not exist in New York; 2030-11-03 01:30 happens twice.
        Assert.Equal(new DateTimeOffset(2030, 3, 10, 7, 30, 0, TimeSpan.Zero), Plan(new DateTime(2030, 3, 10, 2, 30, 0), "FREQ=DAILY", NewYork).FirstRun);
        Assert.Equal(new DateTimeOffset(2030, 11, 3, 6, 30, 0, TimeSpan.Zero), Plan(new DateTime(2030, 11, 3, 1, 30, 0), "FREQ=DAILY", NewYork).FirstRun);
    }

    [Fact]
    public void East_of_UTC_a_Monday_morning_is_a_Sunday_in_UTC()
    {
        var monday = new DateTime(2030, 1, 7, 5, 0, 0);

        var plan = Plan(monday, "FREQ=WEEKLY;BYDAY=MO", Tokyo);

        Assert.Equal("FREQ=WEEKLY;BYDAY=SU", plan.WireRecurrence!.ToRule());
        Assert.Equal(new DateTimeOffset(2030, 1, 6, 20, 0, 0, TimeSpan.Zero), plan.FirstRun);
        Assert.Empty(plan.Shifts);
        Assert.All(Job(plan).NextRuns(5), r => Assert.Equal((DayOfWeek.Monday, 5), (Local(r, Tokyo).DayOfWeek, Local(r, Tokyo).Hour)));
    }

    [Fact]
    public void East_of_UTC_with_daylight_saving_time_the_hours_move_and_the_changes_are_named()
    {
        var plan = Plan(new DateTime(2030, 1, 7, 0, 0, 0), "FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=0", Sydney);

        // January in Sydney is summer time, UTC+11.
        Assert.Equal("FREQ=WEEKLY;BYDAY=SU;BYHOUR=21;BYMINUTE=0", plan.WireRecurrence!.ToRule());
        Assert.Equal(new DateTime(2030, 1, 7, 8, 0, 0), plan.FirstRunLocal);
        Assert.Equal(new DateTime(2030, 4, 7), plan.Shifts[0].ClocksChangeLocal.Date);
        Assert.Equal(TimeSpan.FromHours(-1), plan.Shifts[0].By);
        Assert.Equal(new DateTime(2030, 10, 6), plan.Shifts[1].ClocksChangeLocal.Date);
    }

    [Fact]
    public void A_half_hour_zone_moves_the_minutes()
    {
        var plan = Plan(new DateTime(2030, 1, 7, 0, 0, 0), "FREQ=DAILY;BYHOUR=2;BYMINUTE=0", Kolkata);

        Assert.Equal("FREQ=DAILY;BYHOUR=20;BYMINUTE=30", plan.WireRecurrence!.ToRule());
        Assert.Equal(new DateTimeOffset(2030, 1, 6, 20, 30, 0, TimeSpan.Zero), plan.FirstRun);
    }

    [Fact]
    public void Times_that_land_on_different_days_in_UTC_are_refused()
    {
        var plan = Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA;BYHOUR=10,22", NewYork);

        Assert.Equal(ShiftRefusalKind.TimesOnDifferentDays, plan.Refusal!.Kind);
        var problem = Schedule(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA;BYHOUR=10,22", NewYork);
        Assert.Equal(JobProblemKind.RuleNotInUtc, problem!.Kind);
        Assert.Same(NewYork, problem.Zone);
    }

    [Fact]
    public void The_last_day_of_the_month_an_evening_west_of_UTC_cannot_be_said_in_UTC()
    {
        var plan = Plan(new DateTime(2030, 1, 31, 22, 0, 0), "FREQ=MONTHLY;BYMONTHDAY=-1", NewYork);

        Assert.Equal(ShiftRefusalKind.MonthDayAcrossMonths, plan.Refusal!.Kind);
    }

    [Fact]
    public void The_first_Saturday_an_evening_west_of_UTC_is_not_always_the_first_Sunday_and_is_refused_naming_a_run()
    {
        var plan = Plan(SaturdayNight, "FREQ=MONTHLY;BYDAY=1SA", NewYork);

        Assert.Equal(ShiftRefusalKind.DifferentPattern, plan.Refusal!.Kind);
        Assert.NotNull(plan.Refusal.Run);
    }

    [Fact]
    public void A_rule_that_never_runs_from_the_time_asked_is_a_problem()
    {
        Assert.Equal(JobProblemKind.NoRunFromTime, Schedule(SaturdayNight, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", NewYork)!.Kind);
    }

    [Fact]
    public void An_interval_is_sent_as_it_is_from_the_time_asked()
    {
        var every = Recurrence.Every(IntervalUnit.Day, 2);

        var plan = SchedulePlan.For(SaturdayNight, every, NewYork);

        Assert.Same(every, plan.WireRecurrence);
        Assert.Equal(new DateTimeOffset(2030, 1, 6, 3, 0, 0, TimeSpan.Zero), plan.FirstRun);
        Assert.Equal(IntervalUnit.Day, plan.WireRecurrence!.Unit);
    }

    [Fact]
    public void An_hourly_rule_has_no_clock_changes_to_name()
    {
        Assert.Empty(Plan(SaturdayNight, "FREQ=HOURLY;INTERVAL=6", NewYork).Shifts);
    }

    [Fact]
    public void A_UTC_time_is_an_instant_and_any_other_is_read_on_the_zones_wall_clock()
    {
        var instant = new DateTime(2030, 1, 6, 3, 0, 0, DateTimeKind.Utc);
        Assert.Equal(SaturdayNight, Plan(instant, "FREQ=WEEKLY;BYDAY=SA", NewYork).FirstRunLocal);
        Assert.Equal(SaturdayNight, Plan(DateTime.SpecifyKind(SaturdayNight, DateTimeKind.Local), "FREQ=WEEKLY;BYDAY=SA", NewYork).FirstRunLocal);
    }

    [Fact]
    public void A_rule_read_in_UTC_reads_back_in_the_zone_at_its_next_runs_offset()
    {
        var utc = Recurrence.ByRule("FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0");

        Assert.Equal("FREQ=WEEKLY;BYDAY=SA;BYHOUR=22;BYMINUTE=0", utc.ReadIn(NewYork, new DateTimeOffset(2030, 1, 6, 3, 0, 0, TimeSpan.Zero))!.ToRule());
        Assert.Equal("FREQ=WEEKLY;BYDAY=SA;BYHOUR=23;BYMINUTE=0", utc.ReadIn(NewYork, new DateTimeOffset(2030, 7, 7, 3, 0, 0, TimeSpan.Zero))!.ToRule());
        Assert.Same(utc, utc.ReadIn(TimeZoneInfo.Utc, new DateTimeOffset(2030, 1, 6, 3, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY;BYHOUR=3;BYMINUTE=30")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;BYHOUR=3;BYMINUTE=30")]
    [InlineData("FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=6;BYHOUR=3;BYMINUTE=30")]
    [InlineData("FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=6;BYHOUR=3;BYMINUTE=30")]
    [InlineData("FREQ=HOURLY;INTERVAL=6", "FREQ=HOURLY;INTERVAL=6;BYMINUTE=30")]
    [InlineData("FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=30", "FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=30")]
    public void A_rule_pinned_at_its_start_writes_out_what_it_took_from_it_and_runs_the_same(string rule, string pinned)
    {
        var start = new DateTimeOffset(2030, 1, 6, 3, 30, 0, TimeSpan.Zero);
        var recurrence = Recurrence.ByRule(rule);

        var written = recurrence.PinnedAt(start);

        Assert.Equal(pinned, written.ToRule());
        Assert.Equal(recurrence.RunsFrom(start, 30), written.RunsFrom(start, 30));
    }

    [Fact]
    public void A_new_time_for_a_job_keeps_its_rule_read_in_the_zone_and_moves_its_days_in_UTC_when_they_cross_midnight()
    {
        var job = Job(Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork));
        var change = new ScheduledJobChange { Schedule = { At = new DateTime(2030, 1, 12, 18, 0, 0), TimeZone = NewYork } }.For(job);

        Assert.Empty(change.Validate(job, ServiceRegistry.Hub.Capabilities, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2030, 1, 12, 23, 0, 0, TimeSpan.Zero), change.Schedule.NextRun);
        Assert.Equal("FREQ=WEEKLY;BYDAY=SA", change.Schedule.WireRecurrence!.ToRule());
    }

    [Fact]
    public void A_new_time_on_the_rules_days_that_stays_on_its_UTC_day_sends_no_rule()
    {
        var job = Job(Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork));
        var change = new ScheduledJobChange { Schedule = { At = new DateTime(2030, 1, 19, 21, 0, 0), TimeZone = NewYork } }.For(job);

        Assert.Equal(new DateTimeOffset(2030, 1, 20, 2, 0, 0, TimeSpan.Zero), change.Schedule.NextRun);
        Assert.Null(change.Schedule.WireRecurrence);
    }

    [Fact]
    public void A_new_rule_without_a_time_starts_at_its_first_occurrence_from_the_jobs_next_run()
    {
        var job = Job(Plan(SaturdayNight, "FREQ=WEEKLY;BYDAY=SA", NewYork));
        var change = new ScheduledJobChange { Schedule = { RecurrenceRule = "FREQ=WEEKLY;BYDAY=WE", TimeZone = NewYork } }.For(job);

        Assert.Equal(new DateTime(2030, 1, 9, 22, 0, 0), Local(change.Schedule.NextRun!.Value, NewYork));
        Assert.Equal("FREQ=WEEKLY;BYDAY=TH", change.Schedule.WireRecurrence!.ToRule());
    }

    [Fact]
    public async Task Moving_the_time_of_day_of_a_rule_that_takes_it_from_its_start_sends_the_rule_with_it_written_out()
    {
        using var t = new TestPipeline();
        t.Handler.Then(HttpStatusCode.OK,
                "{\"id\":\"j\",\"scheduleType\":\"RECURRING\",\"timeNextExecution\":\"2030-01-06T03:00:00Z\",\"recurringRule\":\"FREQ=DAILY\",\"operations\":[]}",
                ("etag", "E1"))
            .Then(HttpStatusCode.OK, "{\"id\":\"j\"}", ("etag", "E2"));
        var service = new HubService(new HubClient(t.Pipeline, TestPipeline.Endpoint), new IdentityClient(t.Pipeline, TestPipeline.Endpoint), "ocid1.tenancy.oc1..t");

        await service.UpdateScheduledJobAsync("j",
            new ScheduledJobChange { Schedule = { At = new DateTime(2030, 1, 7, 5, 45, 0, DateTimeKind.Utc), TimeZone = TimeZoneInfo.Utc } }, "E1",
            CancellationToken.None);

        var body = JsonDocument.Parse(t.Handler.Requests[1].Body!).RootElement;
        Assert.Equal("FREQ=DAILY;BYHOUR=5;BYMINUTE=45", body.GetProperty("recurringRule").GetString());
        Assert.Equal(new DateTimeOffset(2030, 1, 7, 5, 45, 0, TimeSpan.Zero), body.GetProperty("timeNextExecution").GetDateTimeOffset());
    }

    [Fact]
    public void A_skip_of_a_job_whose_rule_gives_its_hours_lands_on_a_day_the_rule_names_under_both_readings()
    {
        var plan = Plan(new DateTime(2030, 1, 9, 12, 0, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;BYHOUR=23;BYMINUTE=30", NewYork);
        var job = Job(plan);

        var skipped = HubService.NextRunAfterSkip(job);

        Assert.Contains(Local(skipped, NewYork).DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Friday });
        AssertSameUnderBothReadings(plan.WireRecurrence!, plan.FirstRun, skipped);
    }

    // What the service runs after a skip to `skipped`: re-anchored at it, or still anchored at the job's first run.
    private static void AssertSameUnderBothReadings(Recurrence rule, DateTimeOffset firstRun, DateTimeOffset skipped)
    {
        var reanchored = rule.RunsFrom(skipped, 20);
        var anchored = new List<DateTimeOffset> { skipped };
        while (anchored.Count < 20)
        {
            anchored.Add(rule.NextAfter(firstRun, anchored[^1])!.Value);
        }
        Assert.Equal(anchored, reanchored);
        Assert.Contains(skipped, rule.RunsFrom(firstRun, 40));
    }

    private static JobProblem? Schedule(DateTime at, string rule, TimeZoneInfo zone)
    {
        var job = new NewScheduledJob
        {
            CompartmentId = "ocid1.compartment.oc1..c",
            DisplayName = "j",
            Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.i") },
            Schedule = ScheduleRequest.From(at, null, null, rule, zone),
        };
        return job.Validate(ServiceRegistry.Hub.Capabilities, new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero)).FirstOrDefault();
    }

    private static ScheduledJobRecord Job(SchedulePlan plan) => new()
    {
        Id = "j",
        DisplayName = "j",
        ScheduleKind = new Reported<ScheduleKind>(ScheduleKind.Recurring, "RECURRING"),
        NextRun = plan.FirstRun,
        Recurrence = plan.WireRecurrence,
    };
}

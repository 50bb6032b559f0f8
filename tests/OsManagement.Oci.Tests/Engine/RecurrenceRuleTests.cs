using System;
using System.Collections.Generic;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// OS Management Hub's recurrence rules: what is wrong in a bad one, said before any request, and the engine's expansion
/// of a good one, held to Ical.Net's (the library the emulator expands Hub's rules with) over many runs.
/// </summary>
public sealed class RecurrenceRuleTests
{
    public static IEnumerable<object[]> Rules() => new[]
    {
        "FREQ=WEEKLY;BYDAY=SU",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR",
        "FREQ=WEEKLY",
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=DAILY;BYHOUR=1,13;BYMINUTE=30",
        "FREQ=HOURLY;INTERVAL=6",
        "FREQ=HOURLY;BYHOUR=2,3,4",
        "FREQ=MONTHLY",
        "FREQ=MONTHLY;BYDAY=1SU",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU",
        "FREQ=YEARLY",
        "FREQ=YEARLY;BYMONTH=1,7;BYDAY=1MO",
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31",
    }.SelectMany(rule => new[]
    {
        new object[] { rule, new DateTime(2030, 1, 6, 3, 0, 0, DateTimeKind.Utc) },
        new object[] { rule, new DateTime(2031, 1, 31, 22, 15, 10, DateTimeKind.Utc) },
    });

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_engines_expansion_is_Ical_Nets(string rule, DateTime start)
    {
        var recurrence = Recurrence.ByRule(rule);
        Assert.Null(recurrence.Problem);
        var expected = IcalOccurrences(rule, start).Take(40).ToList();
        var actual = new List<DateTimeOffset>();
        var after = new DateTimeOffset(start);
        for (var i = 0; i < expected.Count; i++)
        {
            var next = recurrence.NextAfter(start, after);
            Assert.NotNull(next);
            actual.Add(next!.Value);
            after = next.Value;
        }
        // Ical.Net counts the start itself as the first run; a skip asks for what comes after a run.
        Assert.Equal(expected.SkipWhile(t => t <= start).Take(actual.Count - 1), actual.Take(actual.Count - 1));
    }

    [Fact]
    public void A_rule_with_no_run_within_ten_years_has_no_next_run() =>
        Assert.Null(Recurrence.ByRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").NextAfter(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_start_with_a_fraction_of_a_second_keeps_it()
    {
        var start = new DateTimeOffset(2030, 1, 6, 3, 0, 0, 250, TimeSpan.Zero);
        Assert.Equal(start.AddDays(7), Recurrence.ByRule("FREQ=WEEKLY;BYDAY=SU").NextAfter(start, start));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("BYDAY=SU", "no FREQ")]
    [InlineData("FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY is not a frequency")]
    [InlineData("FREQ=WEEKLY;BYDAY=SUN", "BYDAY value 'SUN' is not a day")]
    [InlineData("FREQ=MONTHLY;BYDAY=0SU", "BYDAY value '0SU' is not a day")]
    [InlineData("FREQ=DAILY;COUNT=3", "COUNT is not a part OS Management Hub takes")]
    [InlineData("FREQ=DAILY;UNTIL=20301231T000000Z", "Remove-OsmScheduledJob")]
    [InlineData("FREQ=DAILY;WKST=SU", "WKST is not a part")]
    [InlineData("FREQ=DAILY;BYHOUR=24", "BYHOUR=24 is out of range; BYHOUR takes 0 to 23")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY=0 is out of range")]
    [InlineData("FREQ=DAILY;INTERVAL=0", "INTERVAL=0 is out of range")]
    [InlineData("FREQ=DAILY;INTERVAL=1,2", "INTERVAL takes one number")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "FREQ is given twice")]
    [InlineData("FREQ=DAILY;BYSETPOS=1", "BYSETPOS needs another BY part")]
    [InlineData("FREQ=DAILY;BYHOUR", "'BYHOUR' is not NAME=VALUE")]
    [InlineData("FREQ=WEEKLY,BYDAY=SU", "'FREQ=WEEKLY,BYDAY=SU' runs parts together: they are separated by ';', not ',' (write 'FREQ=WEEKLY;BYDAY=SU')")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU, BYHOUR=3", "separated by ';', not ',' (write 'BYDAY=MO,TU; BYHOUR=3')")]
    public void A_bad_rule_is_refused_saying_what_is_wrong(string rule, string expected)
    {
        var recurrence = Recurrence.ByRule(rule);
        Assert.NotNull(recurrence.Problem);
        Assert.Contains(expected, recurrence.Problem);
        Assert.Throws<ArgumentException>(() => recurrence.NextAfter(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=SU")]
    [InlineData("freq=weekly;byday=su")]
    [InlineData(" FREQ=WEEKLY; BYDAY=SU ")]
    public void The_prefix_case_and_blanks_are_forgiven(string rule) => Assert.Null(Recurrence.ByRule(rule).Problem);

    [Fact]
    public void A_bad_rule_is_a_schedule_problem_of_a_new_job_and_a_change_on_either_service()
    {
        var now = new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var job = new NewScheduledJob
        {
            CompartmentId = "c", DisplayName = "d",
            Schedule = { At = new DateTime(2030, 1, 6, 3, 0, 0, DateTimeKind.Utc), RecurrenceRule = "FREQ=WEEKLY;BYDAY=XX" }, Instances = new[] { new ResourceRef("i") },
        };
        foreach (var capabilities in new[] { ServiceRegistry.Hub.Capabilities, ServiceRegistry.Classic.Capabilities })
        {
            var problem = job.Validate(capabilities, now).First();
            Assert.Equal((JobProblemKind.InvalidRecurrenceRule, JobAspect.Schedule), (problem.Kind, problem.Aspect));
            Assert.Equal("FREQ=WEEKLY;BYDAY=XX", problem.Rule);
            Assert.Contains("'XX' is not a day", problem.Detail);
            var change = new ScheduledJobChange { Schedule = { RecurrenceRule = "FREQ=WEEKLY;BYDAY=XX" } }.Validate(null, capabilities, now).First();
            Assert.Equal(JobProblemKind.InvalidRecurrenceRule, change.Kind);
        }
    }

    [Fact]
    public void An_interval_and_a_rule_together_are_refused()
    {
        var now = new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var change = new ScheduledJobChange { Schedule = { RepeatEvery = IntervalUnit.Day, RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU" } };
        Assert.Equal(JobProblemKind.RuleAndInterval, change.Validate(null, ServiceRegistry.Hub.Capabilities, now).First().Kind);
    }

    private static IEnumerable<DateTimeOffset> IcalOccurrences(string rule, DateTime start)
    {
        var calendarEvent = new CalendarEvent { DtStart = new CalDateTime(start, "UTC", true), RecurrenceRule = new RecurrencePattern(rule) };
        return calendarEvent.GetOccurrences(new CalDateTime(start, "UTC", true), null)
            .Select(o => new DateTimeOffset(DateTime.SpecifyKind(o.Period.StartTime.Value, DateTimeKind.Utc)));
    }
}

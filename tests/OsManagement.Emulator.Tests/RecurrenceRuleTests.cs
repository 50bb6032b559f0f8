using System;
using OsManagement.Emulator.Apis.Hub;

namespace OsManagement.Emulator.Tests;

/// <summary>OS Management Hub's recurringRule: what is refused (with the reason) and when the next run is.</summary>
public sealed class RecurrenceRuleTests
{
    // A Tuesday.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0", "2026-12-06T03:00:00Z", "2026-12-13T03:00:00Z")]
    [InlineData("FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1;BYHOUR=3;BYMINUTE=0", "2026-12-06T03:00:00Z", "2027-01-03T03:00:00Z")]
    [InlineData("FREQ=MONTHLY;BYDAY=1SU;BYHOUR=3", "2026-12-06T03:00:00Z", "2027-01-03T03:00:00Z")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "2026-12-03T10:00:00Z", "2026-12-05T10:00:00Z")]
    [InlineData("FREQ=HOURLY;INTERVAL=6", "2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31", "2026-12-31T10:00:00Z", "2027-01-31T10:00:00Z")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2028-02-29T10:00:00Z", "2032-02-29T10:00:00Z")]
    [InlineData("freq=weekly;byday=mo,th", "2026-12-03T10:00:00Z", "2026-12-07T10:00:00Z")]
    public void NextOccurrencesFollowTheRuleInUtc(string rule, string first, string second)
    {
        var parsed = RecurrenceRule.Parse(rule);
        var one = parsed.NextAfter(Start, Start);
        Assert.Equal(DateTimeOffset.Parse(first), one);
        Assert.Equal(DateTimeOffset.Parse(second), parsed.NextAfter(Start, one!.Value));
    }

    [Fact]
    public void StartingAgainAtAnOccurrenceKeepsTheSameSeries()
    {
        var rule = RecurrenceRule.Parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;BYHOUR=3;BYMINUTE=0");
        var first = rule.NextAfter(Start, Start)!.Value;
        var second = rule.NextAfter(Start, first)!.Value;
        Assert.Equal(second, rule.NextAfter(first, first));
        Assert.Equal(TimeSpan.FromDays(14), second - first);
    }

    [Fact]
    public void ARuleWithoutAnyDateHasNoNextOccurrence() =>
        Assert.Null(RecurrenceRule.Parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").NextAfter(Start, Start));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("RRULE:FREQ=DAILY", "starts with 'RRULE:'; give the value only, such as 'FREQ=DAILY'")]
    [InlineData("BYDAY=SU", "has no FREQ")]
    [InlineData("FREQ=MINUTELY", "FREQ=MINUTELY is not supported")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX", "BYDAY value 'XX' is not a day")]
    [InlineData("FREQ=WEEKLY;BYDAY=0SU", "BYDAY value '0SU' is not a day")]
    [InlineData("FREQ=DAILY;COUNT=3", "COUNT is not supported")]
    [InlineData("FREQ=DAILY;UNTIL=20270101T000000Z", "UNTIL is not supported")]
    [InlineData("FREQ=DAILY;BYHOUR=24", "BYHOUR=24 is out of range; BYHOUR takes 0 to 23")]
    [InlineData("FREQ=DAILY;BYMINUTE=-5", "BYMINUTE=-5 is out of range")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-32", "BYMONTHDAY=-32 is out of range")]
    [InlineData("FREQ=DAILY;INTERVAL=0", "INTERVAL=0 is out of range")]
    [InlineData("FREQ=DAILY;INTERVAL=1,2", "INTERVAL takes one number")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "FREQ is given twice")]
    [InlineData("FREQ=DAILY;BYHOUR", "'BYHOUR' is not NAME=VALUE")]
    [InlineData("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs another BY part")]
    public void BadRulesAreRefusedWithTheReason(string rule, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RecurrenceRule.Parse(rule));
        Assert.Contains(reason, error.Message);
    }
}

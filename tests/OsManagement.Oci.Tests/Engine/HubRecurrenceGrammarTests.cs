using System;
using System.Linq;
using OsManagement.Shared;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The one grammar of OS Management Hub's rules (src/Shared), read the module's way (a user's rule) and the service's
/// way (a recurringRule as sent): the same problems, each said in its reader's words, and the parts an expansion needs.
/// </summary>
public sealed class HubRecurrenceGrammarTests
{
    [Theory]
    [InlineData("", "recurringRule is empty; give an RRULE value such as 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0'.")]
    [InlineData("RRULE:FREQ=DAILY", "recurringRule 'RRULE:FREQ=DAILY' starts with 'RRULE:'; give the value only, such as 'FREQ=DAILY'.")]
    [InlineData("BYDAY=SU", "recurringRule 'BYDAY=SU' has no FREQ; start it with FREQ=YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.")]
    [InlineData("FREQ=minutely", "recurringRule 'FREQ=minutely': FREQ=minutely is not supported; use YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.")]
    [InlineData("FREQ=WEEKLY;BYDAY=xx",
        "recurringRule 'FREQ=WEEKLY;BYDAY=xx': BYDAY value 'xx' is not a day; use MO, TU, WE, TH, FR, SA or SU, optionally with an ordinal such as 1SU or -1FR.")]
    [InlineData("FREQ=DAILY;count=3",
        "recurringRule 'FREQ=DAILY;count=3': COUNT is not supported; OS Management Hub takes FREQ, INTERVAL, BYMONTHDAY, BYDAY, BYSETPOS, BYMONTH, BYHOUR, BYMINUTE and BYSECOND.")]
    [InlineData("FREQ=DAILY;BYHOUR=24", "recurringRule 'FREQ=DAILY;BYHOUR=24': BYHOUR=24 is out of range; BYHOUR takes 0 to 23.")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-32", "recurringRule 'FREQ=MONTHLY;BYMONTHDAY=-32': BYMONTHDAY=-32 is out of range; BYMONTHDAY takes 1 to 31 or -31 to -1.")]
    [InlineData("FREQ=DAILY;INTERVAL=1,2", "recurringRule 'FREQ=DAILY;INTERVAL=1,2': INTERVAL takes one number.")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "recurringRule 'FREQ=DAILY;FREQ=WEEKLY': FREQ is given twice.")]
    [InlineData("FREQ=DAILY;BYHOUR", "recurringRule 'FREQ=DAILY;BYHOUR': 'BYHOUR' is not NAME=VALUE.")]
    [InlineData("FREQ=WEEKLY,BYDAY=SU", "recurringRule 'FREQ=WEEKLY,BYDAY=SU': 'FREQ=WEEKLY,BYDAY=SU' runs parts together; parts are separated by ';' (such as 'FREQ=WEEKLY;BYDAY=SU').")]
    [InlineData("FREQ=MONTHLY;BYSETPOS=1",
        "recurringRule 'FREQ=MONTHLY;BYSETPOS=1': BYSETPOS needs another BY part to choose from, such as BYDAY=SU;BYSETPOS=1 for the first Sunday.")]
    public void Read_as_sent_a_bad_rule_is_said_as_the_service_says_it(string rule, string expected)
    {
        var read = HubRecurrenceGrammar.Read(rule, HubRuleReading.AsSent);

        Assert.Equal(expected, read.Problem!.DescribeAsService(rule));
    }

    [Theory]
    [InlineData("FREQ = DAILY", nameof(HubRuleProblemKind.UnsupportedPart))]
    [InlineData("FREQ=DAILY;INTERVAL= 2", nameof(HubRuleProblemKind.OutOfRange))]
    [InlineData("RRULE:FREQ=DAILY", nameof(HubRuleProblemKind.Prefixed))]
    public void Read_as_sent_each_part_is_taken_as_written(string rule, string expected)
    {
        Assert.Equal(expected, HubRecurrenceGrammar.Read(rule, HubRuleReading.AsSent).Problem!.Kind.ToString());
        Assert.Null(HubRecurrenceGrammar.Read(rule, HubRuleReading.Forgiving).Problem);
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0")]
    [InlineData("freq=weekly;byday=mo,th")]
    [InlineData("FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")]
    public void A_good_rule_has_no_problem_either_way_and_is_kept_in_its_own_case(string rule)
    {
        foreach (var reading in new[] { HubRuleReading.AsSent, HubRuleReading.Forgiving })
        {
            var read = HubRecurrenceGrammar.Read(" " + rule + " ", reading);
            Assert.Null(read.Problem);
            Assert.Equal(rule, read.Text);
        }
    }

    [Fact]
    public void Read_forgivingly_the_prefix_goes_and_the_problems_are_said_in_capitals()
    {
        var read = HubRecurrenceGrammar.Read("rrule:freq=weekly;byday=sunday", HubRuleReading.Forgiving);

        Assert.Equal("freq=weekly;byday=sunday", read.Text);
        Assert.Equal(HubRuleProblemKind.NotADay, read.Problem!.Kind);
        Assert.StartsWith("BYDAY value 'SUNDAY' is not a day", read.Problem.Describe());
    }

    [Fact]
    public void The_parts_give_what_an_expansion_needs()
    {
        var read = HubRecurrenceGrammar.Read("FREQ=monthly;INTERVAL=3;BYDAY=-1fr,2TU;BYHOUR=3,15;BYSETPOS=-1", HubRuleReading.AsSent);

        Assert.Null(read.Problem);
        Assert.Equal("MONTHLY", read.Frequency);
        Assert.Equal(3, read.Interval);
        Assert.Equal(new[] { (-1, DayOfWeek.Friday), (2, DayOfWeek.Tuesday) }, read.Days!);
        Assert.Equal(new[] { 3, 15 }, read.Numbers("BYHOUR"));
        Assert.Equal(new[] { -1 }, read.Numbers("BYSETPOS"));
        Assert.Null(read.Numbers("BYMONTH"));
        Assert.False(read.HasOnlyFrequencyAndInterval);
        Assert.Equal(new[] { "FREQ", "INTERVAL", "BYDAY", "BYHOUR", "BYSETPOS" }, read.Parts.Select(p => p.Key));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The edges of the compliance rules that mutation testing found unheld: the last day an SLA may be, the forms of a
/// number of days a user may type, the exact day without a check-in, and whether a summary knows severity.
/// </summary>
public sealed class ComplianceBoundaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static SlaPolicy? Policy(object? days, out IReadOnlyList<SlaProblem> problems) =>
        SlaPolicy.From(new[] { new KeyValuePair<object?, object?>("Critical", days) }, out problems);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(SlaPolicy.MaxDays, SlaPolicy.MaxDays)]
    [InlineData(" 21 ", 21)]
    [InlineData("3650", SlaPolicy.MaxDays)]
    [InlineData("7.0", 7)]
    [InlineData(7.0, 7)]
    [InlineData(9L, 9)]
    [InlineData((byte)5, 5)]
    [InlineData((sbyte)6, 6)]
    [InlineData((short)8, 8)]
    [InlineData((ushort)10, 10)]
    [InlineData(12u, 12)]
    [InlineData(13UL, 13)]
    [InlineData(11f, 11)]
    public void A_whole_number_of_days_from_zero_to_ten_years_is_taken_as_a_number_or_its_text(object days, int expected)
    {
        var policy = Policy(days, out var problems);
        Assert.Empty(problems);
        Assert.Equal(expected, policy!.DaysFor(AdvisorySeverity.Critical));
        Assert.Equal(Now.AddDays(expected), policy.DueDate(AdvisorySeverity.Critical, Now));
    }

    [Theory]
    [InlineData("3651")]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("1e2")]
    [InlineData("")]
    public void Text_that_is_not_a_whole_number_of_days_in_range_is_refused(string days)
    {
        Assert.Null(Policy(days, out var problems));
        Assert.Equal(SlaProblemKind.NotDays, Assert.Single(problems).Kind);
    }

    [Fact]
    public void A_value_of_another_type_is_refused()
    {
        Assert.Null(Policy(TimeSpan.FromDays(7), out var problems));
        Assert.Equal(SlaProblemKind.NotDays, Assert.Single(problems).Kind);
    }

    [Fact]
    public void The_policys_days_are_listed_most_severe_first()
    {
        var policy = Policy(5, out _)!;
        Assert.Equal(new[] { AdvisorySeverity.Critical, AdvisorySeverity.Important, AdvisorySeverity.Moderate, AdvisorySeverity.Low },
            policy.Days.Select(d => d.Key));
        Assert.Equal(new[] { 5, 30, 60, 90 }, policy.Days.Select(d => d.Value));
        Assert.Equal("Critical 5, Important 30, Moderate 60, Low 90", policy.ToString());
    }

    [Fact]
    public void A_check_in_a_whole_day_ago_is_stale_and_one_a_second_later_is_not()
    {
        Assert.Equal(StaleReason.NoRecentCheckin, Staleness.Of("NORMAL", Now - Staleness.Threshold, Now));
        Assert.Null(Staleness.Of("NORMAL", Now - Staleness.Threshold + TimeSpan.FromSeconds(1), Now));
        Assert.Null(Staleness.Of(null, Now, Now));
    }

    [Fact]
    public void A_summary_knows_severity_only_when_every_instance_counted_had_it()
    {
        var instance = new ManagedInstanceRecord { Id = "ocid1.instance.oc1.iad.one", Status = "NORMAL", LastCheckin = Now, IsDetailed = true };
        ComplianceAssessment Assess(bool severityKnown) =>
            ComplianceAssessment.Of(instance, Array.Empty<MissingAdvisory>(), severityKnown, SlaPolicy.Default, Now);

        var tally = new ComplianceTally();
        Assert.False(tally.SeverityKnown);
        tally.Add(Assess(true), Array.Empty<MissingAdvisory>());
        Assert.True(tally.SeverityKnown);
        tally.Add(Assess(false), Array.Empty<MissingAdvisory>());
        Assert.False(tally.SeverityKnown);
        tally.Add(Assess(true), Array.Empty<MissingAdvisory>());
        Assert.False(tally.SeverityKnown);

        var unknownFirst = new ComplianceTally();
        unknownFirst.Add(Assess(false), Array.Empty<MissingAdvisory>());
        Assert.False(unknownFirst.SeverityKnown);
    }
}

using System;
using System.Linq;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>The engine's vocabulary, the words users type for it, and the retired service's one table of wire words.</summary>
public sealed class VocabularyTests
{
    [Theory]
    [InlineData("Security", UpdateKind.Security)]
    [InlineData("bug", UpdateKind.Bugfix)]
    [InlineData("Bugfix", UpdateKind.Bugfix)]
    [InlineData("ALL", UpdateKind.All)]
    [InlineData("ksplice", UpdateKind.Ksplice)]
    public void Both_spellings_users_type_for_update_kinds_are_understood(string word, UpdateKind expected) =>
        Assert.Equal(expected, UpdateKinds.Parse(word));

    [Theory]
    [InlineData("In_Progress", WorkRequestStatus.InProgress)]
    [InlineData("inprogress", WorkRequestStatus.InProgress)]
    [InlineData("Cancelling", WorkRequestStatus.Canceling)]
    [InlineData("Canceling", WorkRequestStatus.Canceling)]
    [InlineData("Skipped", WorkRequestStatus.Skipped)]
    public void Both_spellings_of_work_request_statuses_are_understood(string word, WorkRequestStatus expected) =>
        Assert.Equal(expected, WorkRequestStatuses.Parse(word));

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("Linuxish")]
    public void Numbers_and_unknown_words_are_not_values(string word)
    {
        Assert.Null(Vocabulary.TryParse<OsFamily>(word));
        Assert.Throws<ArgumentException>(() => Vocabulary.Parse<OsFamily>(word));
    }

    [Fact]
    public void Final_statuses_are_the_ones_a_work_request_never_leaves()
    {
        var final = Enum.GetValues(typeof(WorkRequestStatus)).Cast<WorkRequestStatus>().Where(s => s.IsFinal());
        Assert.Equal(new[] { WorkRequestStatus.Failed, WorkRequestStatus.Succeeded, WorkRequestStatus.Canceled, WorkRequestStatus.Skipped }, final);
    }

    [Theory]
    [InlineData("FREQ=DAILY", IntervalUnit.Day, 1)]
    [InlineData("RRULE:freq=weekly;interval=2", IntervalUnit.Week, 2)]
    [InlineData("INTERVAL=6;FREQ=HOURLY", IntervalUnit.Hour, 6)]
    [InlineData("FREQ=MONTHLY;INTERVAL=3", IntervalUnit.Month, 3)]
    public void A_rule_that_says_no_more_than_an_interval_is_an_interval(string rule, IntervalUnit unit, int interval)
    {
        var recurrence = Recurrence.ByRule(rule);
        Assert.True(recurrence.IsInterval);
        Assert.Equal((unit, interval), (recurrence.Unit!.Value, recurrence.Interval));
        Assert.Null(recurrence.Rule);
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=SU")]
    [InlineData("FREQ=MONTHLY;BYDAY=1SU")]
    [InlineData("FREQ=YEARLY")]
    [InlineData("FREQ=DAILY;INTERVAL=0")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY")]
    public void A_rule_an_interval_cannot_say_is_kept_as_a_rule(string rule)
    {
        var recurrence = Recurrence.ByRule(rule);
        Assert.False(recurrence.IsInterval);
        Assert.Equal(rule, recurrence.Rule);
        Assert.Equal(rule, recurrence.ToRule());
    }

    [Fact]
    public void An_interval_the_retired_service_reports_is_a_recurrence_and_a_unit_the_engine_does_not_know_is_kept_as_its_word()
    {
        var weekly = Recurrence.Reported(ClassicVocabulary.IntervalUnits.FromWire("WEEK"), 2)!;
        Assert.Equal((IntervalUnit.Week, 2, "FREQ=WEEKLY;INTERVAL=2"), (weekly.Unit!.Value, weekly.Interval, weekly.ToRule()));

        var unknown = Recurrence.Reported(ClassicVocabulary.IntervalUnits.FromWire("FORTNIGHT"), 1)!;
        Assert.Equal(("FORTNIGHT", 1), (unknown.ReportedUnit.Text, unknown.Interval));
        Assert.False(unknown.IsInterval);
        Assert.False(unknown.HasRule);
        Assert.Null(unknown.Rule);
        Assert.Throws<NotSupportedException>(() => unknown.ToRule());

        Assert.Null(Recurrence.Reported(ClassicVocabulary.IntervalUnits.FromWire(null), 3));
    }

    [Fact]
    public void An_interval_runs_by_its_own_rule()
    {
        var start = new DateTimeOffset(2030, 1, 6, 3, 0, 0, TimeSpan.Zero);
        Assert.Equal(start.AddDays(14), Recurrence.Every(IntervalUnit.Week, 2).NextAfter(start, start));
        Assert.Equal(start.AddDays(14), Recurrence.ByRule("INTERVAL=2;FREQ=WEEKLY").NextAfter(start, start));
    }

    [Fact]
    public void An_interval_reads_as_an_RRULE()
    {
        Assert.Equal("FREQ=HOURLY", Recurrence.Every(IntervalUnit.Hour).ToRule());
        Assert.Equal("FREQ=WEEKLY;INTERVAL=2", Recurrence.Every(IntervalUnit.Week, 2).ToRule());
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Every(IntervalUnit.Day, 0));
    }

    [Fact]
    public void The_retired_services_table_says_every_value_it_has_and_reads_it_back()
    {
        AssertRoundTrip(ClassicVocabulary.Families, "LINUX", "WINDOWS", "ALL");
        AssertRoundTrip(ClassicVocabulary.InstallKinds, "ALL", "SECURITY", "BUGFIX", "ENHANCEMENT", "OTHER", "KSPLICE");
        AssertRoundTrip(ClassicVocabulary.Classifications, "SECURITY", "BUG", "ENHANCEMENT", "OTHER");
        AssertRoundTrip(ClassicVocabulary.Operations, "INSTALL", "UPDATE", "REMOVE", "UPDATEALL");
        AssertRoundTrip(ClassicVocabulary.ScheduleKinds, "ONETIME", "RECURRING");
        AssertRoundTrip(ClassicVocabulary.IntervalUnits, "HOUR", "DAY", "WEEK", "MONTH");
        AssertRoundTrip(ClassicVocabulary.Statuses, "ACCEPTED", "IN_PROGRESS", "FAILED", "SUCCEEDED", "CANCELLING", "CANCELED");
        AssertRoundTrip(ClassicVocabulary.JobStates, "CREATING", "UPDATING", "ACTIVE", "DELETING", "DELETED", "FAILED");
    }

    [Fact]
    public void The_two_update_vocabularies_of_the_retired_service_meet_in_one_engine_kind()
    {
        Assert.Equal(UpdateKind.Bugfix, ClassicVocabulary.Classifications.FromWire("BUG").Value);
        Assert.Equal(UpdateKind.Bugfix, ClassicVocabulary.InstallKinds.FromWire("BUGFIX").Value);
        Assert.Equal("BUGFIX", ClassicVocabulary.InstallKinds.ToWire(UpdateKind.Bugfix));
    }

    [Fact]
    public void What_the_retired_service_cannot_say_is_refused_and_what_it_says_that_the_engine_does_not_know_is_kept()
    {
        Assert.False(ClassicVocabulary.Operations.Has(JobOperation.Reboot));
        Assert.Throws<NotSupportedException>(() => ClassicVocabulary.Operations.ToWire(JobOperation.Reboot));
        Assert.False(ClassicVocabulary.Statuses.Has(WorkRequestStatus.Waiting));

        var compound = ClassicVocabulary.Operations.FromWire("COMPOUND");
        Assert.Null(compound.Value);
        Assert.Equal("COMPOUND", compound.Text);
        Assert.True(ClassicVocabulary.Operations.FromWire(null).IsEmpty);
        Assert.True(default(Reported<JobOperation>).IsEmpty);
    }

    private static void AssertRoundTrip<T>(WireMap<T> map, params string[] wire) where T : struct, Enum
    {
        foreach (var word in wire)
        {
            var value = map.FromWire(word);
            Assert.True(value.Value.HasValue, $"{typeof(T).Name}: '{word}' is not understood");
            Assert.Equal(word, map.ToWire(value.Value!.Value));
            Assert.Equal(value.Value, map.FromWire(word.ToLowerInvariant()).Value);
        }
        Assert.Equal(wire.Length, map.Values.Count);
    }
}

using System;
using OsManagement.Emulator.Apis.Classic;

namespace OsManagement.Emulator.Tests;

public sealed class RecurrenceTests
{
    private static readonly DateTimeOffset Anchor = new(2026, 1, 31, 22, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("HOUR", 6, 2, "2026-02-01T10:30:00Z")]
    [InlineData("DAY", 1, 1, "2026-02-01T22:30:00Z")]
    [InlineData("DAY", 3, 2, "2026-02-06T22:30:00Z")]
    [InlineData("WEEK", 2, 1, "2026-02-14T22:30:00Z")]
    public void FixedIntervalsAddIntervalTimesValue(string type, int value, int index, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Recurrence.Occurrence(Anchor, type, value, index));

    [Theory]
    [InlineData(1, "2026-02-28T22:30:00Z")]
    [InlineData(2, "2026-03-31T22:30:00Z")]
    [InlineData(3, "2026-04-30T22:30:00Z")]
    [InlineData(12, "2027-01-31T22:30:00Z")]
    public void MonthlyJobsOnThe31stUseTheLastDayOfShortMonthsWithoutDrifting(int index, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Recurrence.Occurrence(Anchor, "MONTH", 1, index));

    [Fact]
    public void MonthlyJobsOnTheLeapDayComeBackInLeapYears()
    {
        var leap = new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2029, 2, 28, 0, 0, 0, TimeSpan.Zero), Recurrence.Occurrence(leap, "MONTH", 12, 1));
        Assert.Equal(new DateTimeOffset(2032, 2, 29, 0, 0, 0, TimeSpan.Zero), Recurrence.Occurrence(leap, "MONTH", 12, 4));
    }

    [Fact]
    public void UnknownIntervalTypesAreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Occurrence(Anchor, "YEAR", 1, 1));
}

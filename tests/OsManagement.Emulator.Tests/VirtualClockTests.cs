using System;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class VirtualClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StartsAtRealTimeAndRunsAtItsSpeed()
    {
        var real = new ManualTimeProvider(Start);
        var clock = new VirtualClock(real, 60);
        Assert.Equal(Start, clock.Now);
        real.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(Start.AddMinutes(2), clock.Now);
    }

    [Fact]
    public void AdvanceJumpsAndKeepsRunningFromThere()
    {
        var real = new ManualTimeProvider(Start);
        var clock = new VirtualClock(real, 2);
        Assert.True(IsoDuration.TryParse("PT1H", out var hour));
        Assert.Equal(Start.AddHours(1), clock.Advance(hour));
        real.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddHours(1).AddSeconds(20), clock.Now);
    }

    [Fact]
    public void AMonthIsACalendarMonth()
    {
        var clock = new VirtualClock(new ManualTimeProvider(Start), 1);
        Assert.True(IsoDuration.TryParse("P1M", out var month));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 12, 0, 0, TimeSpan.Zero), clock.Advance(month));
    }

    [Fact]
    public void ResetReturnsToRealTime()
    {
        var real = new ManualTimeProvider(Start);
        var clock = new VirtualClock(real, 1);
        Assert.True(IsoDuration.TryParse("P7D", out var week));
        clock.Advance(week);
        clock.Reset();
        Assert.Equal(Start, clock.Now);
    }

    [Theory]
    [InlineData("PT1H", 0, 0, 3600)]
    [InlineData("P1DT12H", 0, 0, 129600)]
    [InlineData("P2W", 0, 0, 1209600)]
    [InlineData("PT90M", 0, 0, 5400)]
    [InlineData("PT0.5S", 0, 0, 0.5)]
    [InlineData("P1Y2M", 1, 2, 0)]
    public void ParsesIsoDurations(string text, int years, int months, double seconds)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(years, duration.Years);
        Assert.Equal(months, duration.Months);
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration.Rest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1H")]
    [InlineData("PT")]
    [InlineData("P0D")]
    [InlineData("PT-1H")]
    [InlineData("tomorrow")]
    public void RejectsMalformedOrEmptyDurations(string text) => Assert.False(IsoDuration.TryParse(text, out _));

    [Fact]
    public void RejectsNonPositiveSpeeds() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualClock(TimeProvider.System, 0));
}

using System;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Tests;

/// <summary>Query times as clients really send them; none of these depends on the clock or the time zone.</summary>
public sealed class RequestTimeTests
{
    [Theory]
    // oci-common's formatDateToRFC3339 does not pad the hour: CI failed on this between 00:00 and 09:59 UTC.
    [InlineData("2026-12-01T5:59:00Z", "2026-12-01T05:59:00+00:00")]
    [InlineData("2026-12-01T0:00:00Z", "2026-12-01T00:00:00+00:00")]
    [InlineData("2026-12-01T05:59:00Z", "2026-12-01T05:59:00+00:00")]
    [InlineData("2026-12-01T15:59:00.123Z", "2026-12-01T15:59:00.123+00:00")]
    [InlineData("2026-12-01T05:59:00+02:00", "2026-12-01T03:59:00+00:00")]
    [InlineData("2026-12-01T05:59:00", "2026-12-01T05:59:00+00:00")]
    public void AcceptsWhatOraclesSdksSend(string sent, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RequestReader.ParseTime(sent));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-12-01")]
    [InlineData("2026-13-01T05:00:00Z")]
    [InlineData("2026-12-01T25:00:00Z")]
    [InlineData("2026-12-01T123:00:00Z")]
    public void RefusesWhatIsNoTime(string sent)
    {
        Assert.Null(RequestReader.ParseTime(sent));
    }
}

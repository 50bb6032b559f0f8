using System.Text.RegularExpressions;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// A time in a fleet file: relative to the emulator's clock (<c>"45 days ago"</c>, <c>"P1DT6H ago"</c>, <c>"now"</c>),
/// so a test written today still means the same next year and after a reset, or absolute (RFC 3339, UTC when no
/// offset is given; Windows PowerShell's <c>/Date(ms)/</c> too).
/// </summary>
internal readonly partial record struct FleetTime(DateTimeOffset? Absolute, IsoDuration? Ago)
{
    public const string Forms = "a time relative to the emulator's clock such as \"45 days ago\", \"3 hours ago\" or \"P1DT6H ago\", \"now\", " +
        "or an RFC 3339 time such as \"2026-01-15T08:00:00Z\"";

    [GeneratedRegex(@"^(?<n>\d+)\s+(?<unit>second|minute|hour|day|week|month|year)s?\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?<duration>P\S+)\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^/Date\((?<ms>-?\d+)(?:[+-]\d{4})?\)/$", RegexOptions.CultureInvariant)]
    private static partial Regex MicrosoftJson();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    /// <summary>The time this stands for when the clock reads <paramref name="now"/>.</summary>
    public DateTimeOffset At(DateTimeOffset now) => Absolute ?? Subtract(now, Ago!.Value);

    public static bool TryParse(string text, out FleetTime time)
    {
        time = default;
        text = text.Trim();
        if (text.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            time = new FleetTime(null, new IsoDuration(0, 0, TimeSpan.Zero));
            return true;
        }
        if (Words().Match(text) is { Success: true } words)
        {
            if (!int.TryParse(words.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }
            var ago = words.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "second" => new IsoDuration(0, 0, TimeSpan.FromSeconds(n)),
                "minute" => new IsoDuration(0, 0, TimeSpan.FromMinutes(n)),
                "hour" => new IsoDuration(0, 0, TimeSpan.FromHours(n)),
                "day" => new IsoDuration(0, 0, TimeSpan.FromDays(n)),
                "week" => new IsoDuration(0, 0, TimeSpan.FromDays(7 * n)),
                "month" => new IsoDuration(0, n, TimeSpan.Zero),
                _ => new IsoDuration(n, 0, TimeSpan.Zero),
            };
            time = new FleetTime(null, ago);
            return true;
        }
        if (Duration().Match(text) is { Success: true } iso)
        {
            if (!IsoDuration.TryParse(iso.Groups["duration"].Value, out var duration))
            {
                return false;
            }
            time = new FleetTime(null, duration);
            return true;
        }
        if (MicrosoftJson().Match(text) is { Success: true } ms)
        {
            time = new FleetTime(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(ms.Groups["ms"].Value, CultureInfo.InvariantCulture)), null);
            return true;
        }
        var absolute = RequestReader.ParseTime(DateOnly().IsMatch(text) ? text + "T00:00:00Z" : text);
        if (absolute is { } at)
        {
            time = new FleetTime(at, null);
            return true;
        }
        return false;
    }

    private static DateTimeOffset Subtract(DateTimeOffset now, IsoDuration ago) =>
        now.AddYears(-ago.Years).AddMonths(-ago.Months).Subtract(ago.Rest);
}

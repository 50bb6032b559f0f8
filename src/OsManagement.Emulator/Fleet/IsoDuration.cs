using System.Text.RegularExpressions;

namespace OsManagement.Emulator.Fleet;

/// <summary>An ISO 8601 duration such as <c>PT1H</c>, <c>P1DT12H</c>, <c>P2W</c> or <c>P1M</c> (calendar months).</summary>
internal readonly partial record struct IsoDuration(int Years, int Months, TimeSpan Rest)
{
    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses the duration; false for anything malformed, empty or zero.</summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text) || text.EndsWith('T'))
        {
            return false;
        }
        var match = Pattern().Match(text.ToUpperInvariant());
        if (!match.Success)
        {
            return false;
        }
        int Int(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups["s"].Success ? double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var rest = TimeSpan.FromDays(Int("w") * 7 + Int("d")) + TimeSpan.FromHours(Int("h")) + TimeSpan.FromMinutes(Int("mi")) + TimeSpan.FromSeconds(seconds);
        duration = new IsoDuration(Int("y"), Int("mo"), rest);
        return duration.Years > 0 || duration.Months > 0 || rest > TimeSpan.Zero;
    }

    /// <summary>Adds the duration to a time, months first (so Jan 31 + P1M is Feb 28/29).</summary>
    public DateTimeOffset AddTo(DateTimeOffset time) => time.AddYears(Years).AddMonths(Months).Add(Rest);
}

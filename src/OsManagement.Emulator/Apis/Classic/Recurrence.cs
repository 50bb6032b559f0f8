using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// Occurrence arithmetic for recurring jobs. Occurrence k is anchor + k intervals, computed from the
/// anchor each time, so a monthly job anchored on the 31st runs on the last day of short months and
/// returns to the 31st afterwards instead of drifting.
/// </summary>
internal static class Recurrence
{
    public static DateTimeOffset Occurrence(DateTimeOffset anchor, string intervalType, int intervalValue, int index)
    {
        var steps = checked(intervalValue * index);
        return intervalType switch
        {
            "HOUR" => anchor.AddHours(steps),
            "DAY" => anchor.AddDays(steps),
            "WEEK" => anchor.AddDays(7.0 * steps),
            "MONTH" => anchor.AddMonths(steps),
            _ => throw new ArgumentOutOfRangeException(nameof(intervalType), intervalType, "Unknown interval type."),
        };
    }

    public static bool IsIntervalType(string? value) =>
        value is "HOUR" or "DAY" or "WEEK" or "MONTH";
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// How many days an instance may miss an advisory of each severity before it is out of its service level agreement
/// (SLA): an advisory is due that many days after it was issued. The defaults are <see cref="DefaultDays"/>. Updates no
/// advisory rates (Windows updates: OS Management Hub gives them no severity or date) have no SLA unless one is given as
/// <see cref="UnratedKey"/>: they are then due that many days after a report first saw them (<see cref="History"/>).
/// </summary>
public sealed class SlaPolicy
{
    /// <summary>The most days a severity's SLA can be: ten years.</summary>
    public const int MaxDays = 3650;

    /// <summary>The default days: Critical 14, Important 30, Moderate 60, Low 90.</summary>
    public static IReadOnlyDictionary<AdvisorySeverity, int> DefaultDays { get; } = new Dictionary<AdvisorySeverity, int>
    {
        [AdvisorySeverity.Critical] = 14,
        [AdvisorySeverity.Important] = 30,
        [AdvisorySeverity.Moderate] = 60,
        [AdvisorySeverity.Low] = 90,
    };

    /// <summary>The default policy.</summary>
    public static SlaPolicy Default { get; } = new(DefaultDays);

    /// <summary>The key that gives unrated updates an SLA: -SlaDays @{ Unrated = 30 }.</summary>
    public const string UnratedKey = "Unrated";

    private readonly Dictionary<AdvisorySeverity, int> _days;

    private SlaPolicy(IReadOnlyDictionary<AdvisorySeverity, int> days, int? unratedDays = null, ComplianceHistory? history = null)
    {
        _days = days.ToDictionary(p => p.Key, p => p.Value);
        UnratedDays = unratedDays;
        History = history;
    }

    /// <summary>The days an unrated advisory may be missed, counted from when a report first saw it; null: no SLA for them (the default).</summary>
    public int? UnratedDays { get; }

    /// <summary>The earlier reports that say when each unrated advisory was first seen; null: none, so this report is the first.</summary>
    public ComplianceHistory? History { get; }

    /// <summary>This policy with <paramref name="history"/> to date unrated advisories by.</summary>
    public SlaPolicy WithHistory(ComplianceHistory? history) => new(_days, UnratedDays, history);

    /// <summary>
    /// When a report first saw <paramref name="advisoryName"/> missing on <paramref name="instanceId"/>: by the history,
    /// or <paramref name="now"/>.
    /// </summary>
    public DateTimeOffset FirstSeen(string instanceId, string advisoryName, DateTimeOffset now) =>
        History?.FirstSeen(instanceId, advisoryName) is { } seen && seen < now ? seen : now;

    /// <summary>The days per severity, every severity present, most severe first.</summary>
    public IReadOnlyList<KeyValuePair<AdvisorySeverity, int>> Days =>
        _days.OrderByDescending(p => p.Key).ToList();

    /// <summary>The days an advisory of <paramref name="severity"/> may be missed.</summary>
    public int DaysFor(AdvisorySeverity severity) => _days[severity];

    /// <summary>When an advisory of <paramref name="severity"/> issued at <paramref name="issued"/> is due.</summary>
    public DateTimeOffset DueDate(AdvisorySeverity severity, DateTimeOffset issued) => issued.AddDays(DaysFor(severity));

    /// <summary>
    /// The defaults with a user's changes: each key a severity name in any case (Critical, Important, Moderate, Low), or
    /// Unrated, each value a whole number of days from 0 to <see cref="MaxDays"/> (a number, or text that is one).
    /// Severities not given keep their default; unrated updates have no SLA unless given one. Every bad entry is a
    /// problem; the policy is null when there is one.
    /// </summary>
    public static SlaPolicy? From(IEnumerable<KeyValuePair<object?, object?>> entries, out IReadOnlyList<SlaProblem> problems)
    {
        var found = new List<SlaProblem>();
        var days = DefaultDays.ToDictionary(p => p.Key, p => p.Value);
        int? unrated = null;
        foreach (var entry in entries)
        {
            var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            if (string.Equals(key.Trim(), UnratedKey, StringComparison.OrdinalIgnoreCase))
            {
                if (WholeDays(entry.Value) is { } unratedDays)
                {
                    unrated = unratedDays;
                }
                else
                {
                    found.Add(new SlaProblem(SlaProblemKind.NotDays, UnratedKey, entry.Value));
                }
                continue;
            }
            if (Vocabulary.TryParse<AdvisorySeverity>(key) is not { } severity)
            {
                found.Add(new SlaProblem(SlaProblemKind.UnknownSeverity, key, entry.Value));
                continue;
            }
            if (WholeDays(entry.Value) is not { } value)
            {
                found.Add(new SlaProblem(SlaProblemKind.NotDays, severity.ToString(), entry.Value));
                continue;
            }
            days[severity] = value;
        }
        problems = found;
        return found.Count == 0 ? new SlaPolicy(days, unrated) : null;
    }

    // A whole number of days in range, from a number or its text; null otherwise (fractions, negatives, words, nothing).
    private static int? WholeDays(object? value)
    {
        double number;
        switch (value)
        {
            case null or bool:
                return null;
            case string text:
                if (!double.TryParse(text.Trim(), NumberStyles.Integer | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
                {
                    return null;
                }
                break;
            case IConvertible convertible when value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                number = convertible.ToDouble(CultureInfo.InvariantCulture);
                break;
            default:
                return null;
        }
        return number >= 0 && number <= MaxDays && Math.Floor(number) == number ? (int)number : null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Days.Select(p => $"{p.Key} {p.Value}")) + (UnratedDays is { } unrated ? $", {UnratedKey} {unrated} (from first seen)" : "");
}

/// <summary>What is wrong with an entry of an SLA given by a user.</summary>
public enum SlaProblemKind
{
    /// <summary>The key names no severity.</summary>
    UnknownSeverity,

    /// <summary>The value is not a whole number of days in range.</summary>
    NotDays,
}

/// <summary>One bad entry of an SLA: what is wrong, the key as given (or the severity it named), and the value.</summary>
public sealed class SlaProblem
{
    /// <summary>A problem with one entry.</summary>
    public SlaProblem(SlaProblemKind kind, string key, object? value)
    {
        Kind = kind;
        Key = key;
        Value = value;
    }

    /// <summary>What is wrong.</summary>
    public SlaProblemKind Kind { get; }

    /// <summary>The key as given (UnknownSeverity) or the severity it named, or Unrated (NotDays).</summary>
    public string Key { get; }

    /// <summary>The value as given.</summary>
    public object? Value { get; }
}

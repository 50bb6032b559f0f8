using System.Text.Json;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// Reads one JSON object of a fleet file: properties by name, case-insensitively (PowerShell users write
/// <c>Name</c> as often as <c>name</c>), each mistake noted with its JSON path, and at the end the properties
/// that are no field of this object (a misspelt one would otherwise be ignored without a word).
/// A JSON <c>null</c> counts as absent, as ConvertTo-Json writes one for every <c>$null</c> property.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonProperty> _properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly FleetFileProblems _problems;

    private JsonFields(JsonElement element, string path, FleetFileProblems problems)
    {
        Path = path;
        _problems = problems;
        foreach (var property in element.EnumerateObject())
        {
            if (!_properties.TryAdd(property.Name, property))
            {
                problems.Add(Child(property.Name), $"'{_properties[property.Name].Name}' is given twice (names are read without regard to case). Keep one of them.");
            }
        }
    }

    /// <summary>The JSON path of this object, e.g. <c>$.instances[2]</c>.</summary>
    public string Path { get; }

    public FleetFileProblems Problems => _problems;

    /// <summary>The object at <paramref name="path"/>, or null (and a problem noted) when it is something else.</summary>
    public static JsonFields? Read(JsonElement element, string path, string what, FleetFileProblems problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(element, path, problems);
        }
        problems.Add(path, $"{what} must be a JSON object ({{ ... }}), not {Describe(element)}.{DepthHint(element)}");
        return null;
    }

    public string Child(string name) => $"{Path}.{name}";

    /// <summary>The object a property holds, or null when it is absent (and a problem noted when it is something else).</summary>
    public JsonFields? Object(string name, string what) => Value(name) is { } value ? Read(value, Child(name), what, _problems) : null;

    /// <summary>True when the property is there and not null.</summary>
    public bool Has(string name) => Value(name) is not null;

    /// <summary>A string; null when absent. Empty or blank text is a mistake.</summary>
    public string? String(string name)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            _problems.Add(Child(name), $"must be a string in quotes, not {Describe(value)}.{DepthHint(value)}");
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            _problems.Add(Child(name), "is empty. Give a value, or leave it out for the default.");
            return null;
        }
        return text;
    }

    /// <summary>One of <paramref name="allowed"/> (any case, answered as written there); null when absent.</summary>
    public string? Enum(string name, string what, IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }
        var match = allowed.FirstOrDefault(a => a.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null && aliases is not null && aliases.TryGetValue(text, out var alias))
        {
            match = alias;
        }
        if (match is null)
        {
            _problems.Add(Child(name), $"'{text}' is not {what}. Use {OneOf(allowed)}.");
        }
        return match;
    }

    /// <summary>The value of one of a vocabulary's words (any case, or an alias); <paramref name="absent"/> when absent or not a word.</summary>
    public T Enum<T>(string name, string what, WordMap<T> words, T absent, IReadOnlyDictionary<string, string>? aliases = null) where T : notnull =>
        Enum(name, what, words.Words, aliases) is { } word ? words.Value(word) : absent;

    /// <summary>The value of one of a vocabulary's words (any case, or an alias); null when absent or not a word.</summary>
    public T? Enum<T>(string name, string what, WordMap<T> words, IReadOnlyDictionary<string, string>? aliases = null) where T : struct =>
        Enum(name, what, words.Words, aliases) is { } word ? words.Value(word) : null;

    /// <summary>true or false; null when absent.</summary>
    public bool? Bool(string name)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        _problems.Add(Child(name), $"must be true or false (no quotes), not {Describe(value)}.");
        return null;
    }

    /// <summary>A list of strings: a JSON array of strings, or one string for a list of one.</summary>
    public List<string> Strings(string name)
    {
        var list = new List<string>();
        if (Value(name) is not { } value)
        {
            return list;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            if (String(name) is { } one)
            {
                list.Add(one);
            }
            return list;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(Child(name), $"must be a list of strings ([\"...\", \"...\"]), not {Describe(value)}.");
            return list;
        }
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                _problems.Add($"{Child(name)}[{index}]", $"must be a non-empty string, not {Describe(item)}.");
            }
            else
            {
                list.Add(text);
            }
            index++;
        }
        return list;
    }

    /// <summary>
    /// The objects of a list property, each with its path; a single object counts as a list of one, because
    /// PowerShell unrolls a one-item array into the item itself.
    /// </summary>
    public IEnumerable<JsonFields> Objects(string name, string what)
    {
        if (Value(name) is not { } value)
        {
            yield break;
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            yield return new JsonFields(value, Child(name), _problems);
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(Child(name), $"must be a list of {what}s ([{{ ... }}, {{ ... }}]), not {Describe(value)}.{DepthHint(value)}");
            yield break;
        }
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Read(item, $"{Child(name)}[{index}]", $"Each {what}", _problems) is { } fields)
            {
                yield return fields;
            }
            index++;
        }
    }

    /// <summary>Notes every property that is not one of <paramref name="known"/>, with the nearest known name.</summary>
    public void RejectUnknown(string what, params string[] known)
    {
        foreach (var property in _properties.Values)
        {
            if (known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var guess = NearestNames.To(property.Name, known, max: 1) is [var nearest] ? $"Did you mean '{nearest}'? " : "";
            _problems.Add(Child(property.Name), $"'{property.Name}' is not a field of {what}. {guess}The fields are {string.Join(", ", known)}.");
        }
    }

    private JsonElement? Value(string name) =>
        _properties.TryGetValue(name, out var property) && property.Value.ValueKind != JsonValueKind.Null ? property.Value : null;

    /// <summary>"a, b or c".</summary>
    public static string OneOf(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string '{Shorten(value.GetString()!)}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>
    /// ConvertTo-Json stops at -Depth 2 by default and writes deeper objects as their .NET type name or as
    /// <c>@{name=...}</c>: say so, since the file then looks right in the script that wrote it.
    /// </summary>
    private static string DepthHint(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            && (text.StartsWith("@{", StringComparison.Ordinal) || text.StartsWith("System.", StringComparison.Ordinal))
            ? " It looks like ConvertTo-Json stopped at its default depth of 2: write the file with ConvertTo-Json -Depth 10."
            : "";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

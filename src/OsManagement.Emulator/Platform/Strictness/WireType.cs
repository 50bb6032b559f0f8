namespace OsManagement.Emulator.Platform.Strictness;

/// <summary>
/// The type of a request field as Oracle's SDK declares it, in the grammar of the request rules
/// (<c>tests/conformance-hub/support/declarations.mjs</c>): string, number, integer, boolean, date-time, any,
/// enum:Name, model:Name, array&lt;T&gt;, map&lt;T&gt;.
/// </summary>
internal abstract record WireType
{
    /// <summary>How a message names what a value of this type must be ("a whole number", "one of A, B").</summary>
    public abstract string Expected { get; }

    /// <summary>Reads one type of the grammar; enums and models are looked up by name in the API's table.</summary>
    public static WireType Parse(string text, IReadOnlyDictionary<string, WireEnum> enums, IReadOnlyDictionary<string, WireModel> models)
    {
        if (text.StartsWith("array<", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            return new WireArray(Parse(text["array<".Length..^1], enums, models));
        }
        if (text.StartsWith("map<", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            return new WireMap(Parse(text["map<".Length..^1], enums, models));
        }
        if (text.StartsWith("enum:", StringComparison.Ordinal))
        {
            return enums.GetValueOrDefault(text["enum:".Length..]) ?? throw new FormatException($"The request rules name an enum they lack: {text}.");
        }
        if (text.StartsWith("model:", StringComparison.Ordinal))
        {
            return models.GetValueOrDefault(text["model:".Length..]) ?? throw new FormatException($"The request rules name a model they lack: {text}.");
        }
        return text switch
        {
            "string" => WireScalar.String,
            "number" => WireScalar.Number,
            "integer" => WireScalar.Integer,
            "boolean" => WireScalar.Boolean,
            "date-time" => WireScalar.DateTime,
            "any" => WireScalar.Any,
            _ => throw new FormatException($"The request rules use a type this emulator cannot check: {text}."),
        };
    }
}

/// <summary>A value with no parts.</summary>
internal sealed record WireScalar(string Name, string ExpectedText) : WireType
{
    public static readonly WireScalar String = new("string", "a string");
    public static readonly WireScalar Number = new("number", "a number");
    public static readonly WireScalar Integer = new("integer", "a whole number");
    public static readonly WireScalar Boolean = new("boolean", "true or false");
    public static readonly WireScalar DateTime = new("date-time", "an RFC 3339 date-time such as 2026-11-24T14:31:08.000Z");
    public static readonly WireScalar Any = new("any", "any value");

    public override string Expected => ExpectedText;
}

/// <summary>One of a list of words (the SDK's <c>UNKNOWN_VALUE</c>, its own stand-in for a word it does not know, is not one).</summary>
internal sealed record WireEnum(string Name, IReadOnlyList<string> Values) : WireType
{
    public override string Expected => $"one of {string.Join(", ", Values)}";

    public bool Allows(string value) => Values.Contains(value, StringComparer.Ordinal);
}

/// <summary>A JSON array of one type.</summary>
internal sealed record WireArray(WireType Item) : WireType
{
    public override string Expected => "a list";
}

/// <summary>A JSON object of any keys, whose values are of one type (tags).</summary>
internal sealed record WireMap(WireType Value) : WireType
{
    public override string Expected => "an object";
}

/// <summary>A JSON object with the fields an SDK model declares (filled in once every model of the table is known).</summary>
internal sealed record WireModel(string Name) : WireType
{
    public Dictionary<string, FieldRule> Fields { get; } = new(StringComparer.Ordinal);

    public override string Expected => "an object";
}

/// <summary>A field, a query parameter or a header: its type and whether the request must carry it.</summary>
internal sealed record FieldRule(WireType Type, bool Required);

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// OCI's JSON as every API the emulator serves writes and reads it: camelCase names, nulls left out, times as RFC 3339
/// UTC with milliseconds (<c>2026-11-24T14:31:08.000Z</c>).
/// </summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A time the way OCI writes it: <c>2026-11-24T14:31:08.000Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonSerializerOptions Create()
    {
        // Reflection-based contracts, named explicitly because read-only options need a resolver.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new Rfc3339Converter() },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Times as OCI writes them; any time <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/> reads, UTC when it names no offset.</summary>
    private sealed class Rfc3339Converter : JsonConverter<DateTimeOffset>
    {
        private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Utc, out var time)
                ? time
                : throw new JsonException($"'{reader.GetString()}' is not an RFC 3339 time.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(FormatTime(value));
    }
}

/// <summary>
/// A summary shape as a list shows it: the fields of the full resource the summary names, in the summary's order, so the
/// two never disagree. Only for resources whose full shape is as cheap to make as the summary and holds every field the
/// summary shows; a field the full shape does not have is refused when the summary is made.
/// </summary>
internal sealed class WireSummary<TFull> where TFull : notnull
{
    public WireSummary(params string[] fields)
    {
        var known = WireJson.Options.GetTypeInfo(typeof(TFull)).Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = fields.Where(f => !known.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"{typeof(TFull).Name} has no field {string.Join(", ", unknown)}.", nameof(fields));
        }
        Fields = fields;
    }

    /// <summary>The fields the summary shows, in its order (wire names).</summary>
    public IReadOnlyList<string> Fields { get; }

    public JsonObject Of(TFull full)
    {
        var resource = JsonSerializer.SerializeToNode(full, WireJson.Options)!.AsObject();
        var summary = new JsonObject();
        foreach (var field in Fields)
        {
            if (resource[field] is { } value)
            {
                summary[field] = value.DeepClone();
            }
        }
        return summary;
    }
}

using System.Text.Json;
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

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            // Reflection-based contracts; set explicitly because read-only options need a resolver.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new Rfc3339Converter());
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// A resource's summary as a list shows it: the full resource seen through the summary's fields, so the two never
    /// disagree. Only for resources whose full shape is as cheap to make as the summary.
    /// </summary>
    public static TSummary Project<TSummary>(object full) =>
        JsonSerializer.Deserialize<TSummary>(JsonSerializer.SerializeToElement(full, full.GetType(), Options), Options)!;

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>A time the way OCI writes it: <c>2026-11-24T14:31:08.000Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private sealed class Rfc3339Converter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is null ||
                !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                throw new JsonException($"'{text}' is not an RFC 3339 time.");
            }
            return value;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(FormatTime(value));
    }
}

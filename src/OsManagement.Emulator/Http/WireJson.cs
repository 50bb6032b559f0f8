using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OsManagement.Emulator.Http;

/// <summary>
/// The wire's JSON settings (camelCase names from the models' attributes, nulls left out, times as
/// <c>2026-11-24T14:31:08.000Z</c>). Mirrors OsManagement.Oci's OciJson, whose options currently fail to
/// initialise on .NET 8+ (MakeReadOnly without a TypeInfoResolver), so the emulator keeps its own.
/// </summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Formats a time the way OCI does.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new Rfc3339Converter());
        options.MakeReadOnly();
        return options;
    }

    private sealed class Rfc3339Converter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is null ||
                !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                throw new JsonException("Not an RFC 3339 time.");
            }
            return value;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(FormatTime(value));
    }
}

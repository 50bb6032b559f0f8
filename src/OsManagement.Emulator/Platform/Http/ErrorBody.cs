using System.Text.Json.Serialization;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>OCI's error body.</summary>
internal sealed record ErrorBody(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

using System.IO;
using System.Text.Json;

namespace HelpBuilder.Metadata;

/// <summary>Reads the JSON written by tools/Export-CommandMetadata.ps1.</summary>
public static class MetadataReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static ModuleMetadata Parse(string json) =>
        JsonSerializer.Deserialize<ModuleMetadata>(json, Options)
        ?? throw new InvalidDataException("The command metadata file is empty.");

    public static ModuleMetadata Load(string path) => Parse(File.ReadAllText(path));
}

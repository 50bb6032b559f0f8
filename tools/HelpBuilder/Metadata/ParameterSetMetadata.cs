using System.Collections.Generic;

namespace HelpBuilder.Metadata;

/// <summary>One parameter set of a cmdlet.</summary>
public sealed class ParameterSetMetadata
{
    /// <summary>The name PowerShell uses for a cmdlet without named sets.</summary>
    public const string AllParameterSets = "__AllParameterSets";

    public string Name { get; set; } = "";
    public bool IsDefault { get; set; }
    public List<ParameterMetadata> Parameters { get; set; } = new();
}

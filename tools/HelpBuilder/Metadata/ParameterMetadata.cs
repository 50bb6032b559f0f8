using System.Collections.Generic;

namespace HelpBuilder.Metadata;

/// <summary>One parameter as it binds in one parameter set.</summary>
public sealed class ParameterMetadata
{
    public string Name { get; set; } = "";
    public string TypeFullName { get; set; } = "";

    /// <summary>The name users read, e.g. <c>String[]</c>, <c>SwitchParameter</c>.</summary>
    public string TypeName { get; set; } = "";

    public bool IsSwitch { get; set; }
    public bool Mandatory { get; set; }

    /// <summary>Zero-based position, or null when the parameter is named only.</summary>
    public int? Position { get; set; }

    public bool ValueFromPipeline { get; set; }
    public bool ValueFromPipelineByPropertyName { get; set; }
    public List<string> Aliases { get; set; } = new();
    public string? HelpMessage { get; set; }
    public bool SupportsWildcards { get; set; }

    /// <summary>From [ValidateSet] or the values of an enum type.</summary>
    public List<string> ValidValues { get; set; } = new();
}

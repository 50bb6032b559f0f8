using System.Collections.Generic;

namespace HelpBuilder.Metadata;

/// <summary>The facts of every cmdlet a built module exports, as written by tools/Export-CommandMetadata.ps1.</summary>
public sealed class ModuleMetadata
{
    public string ModuleName { get; set; } = "";
    public string ModuleVersion { get; set; } = "";
    public List<CommandMetadata> Commands { get; set; } = new();
}

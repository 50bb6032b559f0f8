using System.Collections.Generic;
using System.Linq;
using HelpBuilder.Metadata;

namespace HelpBuilder.Skeleton;

/// <summary>One parameter set as PowerShell prints it: <c>Get-Thing [-Id] &lt;String&gt; [-Force] [&lt;CommonParameters&gt;]</c>.</summary>
public static class SyntaxFormatter
{
    public static string Format(CommandMetadata command, ParameterSetMetadata set)
    {
        var parts = new List<string> { command.Name };
        var ordered = set.Parameters
            .OrderBy(p => StandardParameters.IsShouldProcess(p.Name) ? 3 : p.Position.HasValue ? 0 : p.Mandatory ? 1 : 2)
            .ThenBy(p => p.Position ?? 0);
        parts.AddRange(ordered.Select(Format));
        parts.Add("[<CommonParameters>]");
        return string.Join(" ", parts);
    }

    private static string Format(ParameterMetadata p)
    {
        string name = p.Position.HasValue ? $"[-{p.Name}]" : $"-{p.Name}";
        string text = p.IsSwitch ? $"-{p.Name}" : $"{name} <{p.TypeName}>";
        return p.Mandatory ? text : $"[{text}]";
    }
}

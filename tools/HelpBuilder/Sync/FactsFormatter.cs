using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelpBuilder.Maml;
using HelpBuilder.Metadata;
using HelpBuilder.Skeleton;

namespace HelpBuilder.Sync;

/// <summary>
/// The lines of a page that state facts of the compiled cmdlet: the <c>## SYNTAX</c> section and each
/// parameter's yaml blocks, in platyPS's layout. Skeleton pages and --update-pages both write them from here,
/// so a new page is in sync from the start.
/// </summary>
public static class FactsFormatter
{
    /// <summary>The info string of the code block under each <c>### SetName</c> heading of <c>## SYNTAX</c>.</summary>
    public const string SyntaxFence = "```powershell";

    /// <summary>What a yaml block says when the page gives no default.</summary>
    public const string NoDefault = "None";

    /// <summary>The body of <c>## SYNTAX</c>: a blank line, then per set (default first) its heading and code block, each followed by a blank line.</summary>
    public static List<string> SyntaxBody(CommandMetadata command)
    {
        var lines = new List<string> { "" };
        foreach (var set in command.ParameterSetsDefaultFirst)
        {
            bool isDefault = command.ParameterSets.Count > 1 && (set.IsDefault || set.Name == command.DefaultParameterSet);
            lines.Add("### " + set.Name + (isDefault ? " (Default)" : ""));
            lines.Add(SyntaxFence);
            lines.Add(SyntaxFormatter.Format(command, set));
            lines.Add("```");
            lines.Add("");
        }
        return lines;
    }

    /// <summary>
    /// One yaml block per group of sets in which the parameter binds the same way, as platyPS writes them.
    /// <paramref name="defaultValue"/> gives the <c>Default value:</c> for a group, from its set names.
    /// </summary>
    public static List<List<string>> YamlBlocks(CommandMetadata command, string parameterName, Func<IReadOnlyList<string>, string> defaultValue)
    {
        var blocks = new List<List<string>>();
        var groups = command.Occurrences(parameterName).GroupBy(o => (o.Parameter.Mandatory, o.Parameter.Position,
            o.Parameter.ValueFromPipeline, o.Parameter.ValueFromPipelineByPropertyName));
        foreach (var group in groups)
        {
            var p = group.First().Parameter;
            var setNames = group.Select(o => o.Set.Name).ToList();
            bool inAllSets = group.Count() == command.ParameterSets.Count;
            var block = new List<string>
            {
                "```yaml",
                "Type: " + p.TypeName,
                "Parameter Sets: " + (inAllSets ? "(All)" : string.Join(", ", setNames)),
                ("Aliases: " + string.Join(", ", p.Aliases)).TrimEnd(),
            };
            if (p.ValidValues.Count > 0) block.Add("Accepted values: " + string.Join(", ", p.ValidValues));
            block.Add("");
            block.Add("Required: " + (p.Mandatory ? "True" : "False"));
            block.Add("Position: " + (p.Position?.ToString(CultureInfo.InvariantCulture) ?? "Named"));
            block.Add("Default value: " + defaultValue(setNames));
            block.Add("Accept pipeline input: " + ParameterFacts.PipelineText(p.ValueFromPipelineByPropertyName, p.ValueFromPipeline));
            block.Add("Accept wildcard characters: " + (p.SupportsWildcards ? "True" : "False"));
            block.Add("```");
            blocks.Add(block);
        }
        return blocks;
    }
}

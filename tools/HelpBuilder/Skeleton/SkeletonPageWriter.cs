using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelpBuilder.Maml;
using HelpBuilder.Metadata;
using HelpBuilder.Sync;

namespace HelpBuilder.Skeleton;

/// <summary>
/// Writes a new page for a cmdlet in platyPS's markdown schema, with every fact filled in from the
/// compiled cmdlet and <c>{{ ... }}</c> placeholders where prose is needed. Validation fails until
/// every placeholder is replaced, so a skeleton cannot ship by accident.
/// </summary>
public static class SkeletonPageWriter
{
    public const string CommonParametersText =
        "This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, " +
        "-InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, " +
        "-WarningAction, and -WarningVariable. For more information, see " +
        "[about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).";

    public static string Write(ModuleMetadata module, CommandMetadata command)
    {
        var page = new StringBuilder();
        page.Append("---\n")
            .Append("external help file: ").Append(command.HelpFile ?? module.ModuleName + ".dll-Help.xml").Append('\n')
            .Append("Module Name: ").Append(module.ModuleName).Append('\n')
            .Append("online version:\n")
            .Append("schema: 2.0.0\n")
            .Append("---\n\n")
            .Append("# ").Append(command.Name).Append("\n\n")
            .Append("## SYNOPSIS\n{{ One sentence: what ").Append(command.Name).Append(" does. }}\n\n")
            .Append("## SYNTAX\n\n");
        foreach (var line in FactsFormatter.SyntaxBody(command).Skip(1)) page.Append(line).Append('\n');
        page.Append("## DESCRIPTION\n{{ What the cmdlet does, what it needs, and what it outputs. }}\n\n")
            .Append("## EXAMPLES\n\n")
            .Append("### Example 1: {{ Title }}\n")
            .Append("```powershell\n").Append(command.Name).Append(" {{ parameters }}\n```\n\n")
            .Append("{{ What the example does and what it shows. }}\n\n")
            .Append("## PARAMETERS\n\n");
        foreach (var name in command.ParameterNames)
            AppendParameter(page, command, name);
        page.Append("### CommonParameters\n").Append(CommonParametersText).Append("\n\n")
            .Append("## INPUTS\n\n");
        foreach (var type in command.PipelineInputTypes.DefaultIfEmpty("None"))
            page.Append("### ").Append(type).Append("\n\n");
        page.Append("## OUTPUTS\n\n");
        foreach (var type in command.OutputTypes.DefaultIfEmpty("None"))
            page.Append("### ").Append(type).Append("\n\n");
        page.Append("## NOTES\n\n")
            .Append("## RELATED LINKS\n\n")
            .Append("[about_").Append(module.ModuleName).Append("](about_").Append(module.ModuleName).Append(".md)\n");
        return page.ToString();
    }

    private static void AppendParameter(StringBuilder page, CommandMetadata command, string name)
    {
        var occurrences = command.Occurrences(name);
        var first = occurrences[0].Parameter;
        string description = StandardParameters.DefaultDescription(name) ?? first.HelpMessage ?? $"{{{{ What -{name} does. }}}}";
        page.Append("### -").Append(name).Append('\n').Append(description).Append("\n\n");

        foreach (var block in FactsFormatter.YamlBlocks(command, name, _ => FactsFormatter.NoDefault))
        {
            foreach (var line in block) page.Append(line).Append('\n');
            page.Append('\n');
        }
    }
}

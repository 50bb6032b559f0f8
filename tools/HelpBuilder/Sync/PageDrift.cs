using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelpBuilder.Metadata;
using HelpBuilder.Pages;
using HelpBuilder.Validation;

namespace HelpBuilder.Sync;

/// <summary>Finds pages whose SYNTAX or parameter yaml blocks are not what <see cref="PageFactsWriter"/> would write.</summary>
public static class PageDrift
{
    /// <summary>One problem per drifted page, naming what differs. Pages of unknown cmdlets are the validator's to report.</summary>
    public static List<HelpProblem> Find(ModuleMetadata module, IEnumerable<string> pagePaths)
    {
        var problems = new List<HelpProblem>();
        foreach (var path in pagePaths)
        {
            string text = File.ReadAllText(path);
            var command = CommandOf(module, text, path);
            if (command is null) continue;
            var rewritten = PageFactsWriter.Rewrite(text, command);
            if (rewritten.Changed)
                problems.Add(new(path, $"out of date with the compiled {command.Name}; differs in: {string.Join(", ", rewritten.Changes)}"));
        }
        return problems;
    }

    /// <summary>The cmdlet a page documents (its <c># Verb-Noun</c> heading), or null when the module does not export it.</summary>
    public static CommandMetadata? CommandOf(ModuleMetadata module, string text, string path)
    {
        string? name = CommandPageParser.Parse(text, path).Name;
        return name is null ? null : module.Commands.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelpBuilder.About;
using HelpBuilder.Metadata;
using HelpBuilder.Pages;

namespace HelpBuilder.Validation;

/// <summary>
/// Checks the pages against the compiled cmdlets and reports every problem at once, so one build run
/// lists all the work left rather than the first gap.
/// </summary>
public static class HelpValidator
{
    public static List<HelpProblem> Validate(ModuleMetadata module, IReadOnlyList<CommandPage> pages, AboutTopic? about)
    {
        var problems = new List<HelpProblem>();
        var commands = module.Commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var documented = new Dictionary<string, CommandPage>(StringComparer.OrdinalIgnoreCase);
        var pageFiles = new HashSet<string>(pages.Select(p => Path.GetFileName(p.SourcePath)), StringComparer.OrdinalIgnoreCase);
        if (about is not null) pageFiles.Add(Path.GetFileName(about.SourcePath));

        foreach (var page in pages)
        {
            if (string.IsNullOrWhiteSpace(page.Name))
            {
                problems.Add(new(page.SourcePath, "has no '# Verb-Noun' heading naming its cmdlet"));
                continue;
            }
            if (!commands.TryGetValue(page.Name, out var command))
            {
                problems.Add(new(page.SourcePath, $"documents '{page.Name}', which {module.ModuleName} does not export"));
                continue;
            }
            if (!documented.TryAdd(command.Name, page))
            {
                problems.Add(new(page.SourcePath, $"documents '{command.Name}', which {documented[command.Name].SourcePath} already documents"));
                continue;
            }
            string expectedFile = command.Name + ".md";
            if (!Path.GetFileName(page.SourcePath).Equals(expectedFile, StringComparison.Ordinal))
                problems.Add(new(page.SourcePath, $"documents '{command.Name}', so it should be named {expectedFile}"));
            ValidatePage(command, page, pageFiles, problems);
        }

        foreach (var command in module.Commands.Where(c => !documented.ContainsKey(c.Name)))
            problems.Add(new(command.Name, $"has no page; write docs/{command.Name}.md (HelpBuilder --new-page {command.Name} writes a skeleton)"));

        ValidateAbout(module, about, problems);
        return problems;
    }

    private static void ValidatePage(CommandMetadata command, CommandPage page, ISet<string> pageFiles, List<HelpProblem> problems)
    {
        void Report(string message) => problems.Add(new(page.SourcePath, message));

        if (Placeholder.IsUnwritten(page.Synopsis)) Report("## SYNOPSIS is empty or still a {{ placeholder }}");
        if (Placeholder.IsUnwritten(page.Description)) Report("## DESCRIPTION is empty or still a {{ placeholder }}");
        if (page.Examples.Count == 0) Report("## EXAMPLES has no '### Example 1: ...' section");
        foreach (var example in page.Examples)
        {
            if (example.CodeBlocks.Count == 0 || example.CodeBlocks.All(string.IsNullOrWhiteSpace))
                Report($"example '{example.Title}' has no code block");
            if (Placeholder.HasPlaceholder(example.Title) || example.CodeBlocks.Any(Placeholder.HasPlaceholder)
                || example.Remarks.Any(Placeholder.HasPlaceholder))
                Report($"example '{example.Title}' still holds a {{{{ placeholder }}}}");
        }

        var sections = new Dictionary<string, ParameterSection>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in page.Parameters)
        {
            if (!sections.TryAdd(section.Name, section))
                Report($"documents parameter -{section.Name} twice");
            else if (!command.ParameterNames.Contains(section.Name, StringComparer.OrdinalIgnoreCase))
                Report($"documents parameter -{section.Name}, which {command.Name} does not have");
        }
        foreach (var name in command.ParameterNames)
        {
            bool standard = StandardParameters.IsShouldProcess(name);
            if (!sections.TryGetValue(name, out var section))
            {
                if (!standard) Report($"parameter -{name} has no '### -{name}' section");
            }
            else if (standard ? section.Description.Any(Placeholder.HasPlaceholder) : Placeholder.IsUnwritten(section.Description))
            {
                Report($"parameter -{name} has no description (empty or still a {{{{ placeholder }}}})");
            }
        }

        if (new[] { page.Notes, page.Inputs.SelectMany(i => i.Description), page.Outputs.SelectMany(o => o.Description) }
            .Any(texts => texts.Any(Placeholder.HasPlaceholder)))
            Report("INPUTS, OUTPUTS or NOTES still hold a {{ placeholder }}");

        foreach (var link in page.RelatedLinks)
        {
            bool isLocalPage = !MarkdownText.IsWebAddress(link.Uri) && link.Uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            if (isLocalPage && !pageFiles.Contains(Path.GetFileName(link.Uri)))
                Report($"related link '{link.Text}' points to {link.Uri}, which does not exist");
        }
    }

    private static void ValidateAbout(ModuleMetadata module, AboutTopic? about, List<HelpProblem> problems)
    {
        string expectedName = "about_" + module.ModuleName;
        if (about is null)
        {
            problems.Add(new($"{expectedName}.md", $"the about topic is missing; write docs/{expectedName}.md"));
            return;
        }
        if (!string.Equals(about.Name, expectedName, StringComparison.OrdinalIgnoreCase))
            problems.Add(new(about.SourcePath, $"should start with '# {expectedName}'"));
        if (about.ShortDescription.Length == 0 || Placeholder.HasPlaceholder(about.ShortDescription))
            problems.Add(new(about.SourcePath, "## SHORT DESCRIPTION is empty"));
        int maxShort = AboutTextRenderer.DefaultWidth - AboutTextRenderer.TextIndent.Length;
        if (about.ShortDescription.Length > maxShort)
            problems.Add(new(about.SourcePath, $"## SHORT DESCRIPTION is {about.ShortDescription.Length} characters; keep it to {maxShort} so it fits one line (Get-Help lists the first line as the topic's synopsis)"));
        if (!about.Blocks.Any(b => b.Kind == AboutBlockKind.Heading && b.Text.Equals("LONG DESCRIPTION", StringComparison.OrdinalIgnoreCase)))
            problems.Add(new(about.SourcePath, "has no ## LONG DESCRIPTION"));
        int maxCode = AboutTextRenderer.MaxCodeLineLength();
        foreach (var line in about.Blocks.Where(b => b.Kind == AboutBlockKind.Code).SelectMany(b => b.Text.Split('\n')))
        {
            if (line.Length > maxCode)
                problems.Add(new(about.SourcePath, $"code line longer than {maxCode} characters (it would pass the 80-column help text): {line.Trim()}"));
        }
    }
}

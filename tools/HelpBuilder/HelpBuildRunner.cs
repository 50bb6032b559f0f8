using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using HelpBuilder.About;
using HelpBuilder.Maml;
using HelpBuilder.Metadata;
using HelpBuilder.Pages;
using HelpBuilder.Skeleton;
using HelpBuilder.Sync;
using HelpBuilder.Validation;

namespace HelpBuilder;

/// <summary>The jobs of the tool: build help from docs/, start new pages, and rewrite the pages' facts from the cmdlets.</summary>
public sealed class HelpBuildRunner
{
    /// <summary>The command that rewrites pages whose facts have drifted from the cmdlets.</summary>
    public const string UpdatePagesCommand = "dotnet pwsh ./build.ps1 help -UpdatePages";

    /// <summary>
    /// Files in docs/ whose names start with this are not help (e.g. _template.md); nor is a page named neither Verb-Noun
    /// nor about_* (architecture.md, the project's own documentation beside the help).
    /// </summary>
    public const string IgnoredPrefix = "_";

    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly TextWriter _output;
    private readonly TextWriter _errors;

    public HelpBuildRunner(TextWriter output, TextWriter errors)
    {
        _output = output;
        _errors = errors;
    }

    /// <summary>Validates every page against the metadata, then writes MAML and about text to <paramref name="outDir"/>.</summary>
    /// <returns>0 when the help was written; 1 when problems were found (all listed on the error writer), and nothing was written.</returns>
    public int Build(ModuleMetadata module, string docsDir, string outDir)
    {
        var pages = new List<CommandPage>();
        var abouts = new List<AboutTopic>();
        foreach (var file in DocFiles(docsDir))
        {
            if (Path.GetFileName(file).StartsWith("about_", StringComparison.OrdinalIgnoreCase)) abouts.Add(AboutTopicParser.Load(file));
            else pages.Add(CommandPageParser.Load(file));
        }
        var mainAbout = abouts.FirstOrDefault(a =>
            Path.GetFileNameWithoutExtension(a.SourcePath).Equals("about_" + module.ModuleName, StringComparison.OrdinalIgnoreCase));
        var problems = HelpValidator.Validate(module, pages, mainAbout);
        var drift = PageDrift.Find(module, pages.Select(p => p.SourcePath));
        problems.AddRange(drift);
        if (problems.Count > 0)
        {
            _errors.WriteLine($"Help for {module.ModuleName} cannot be built: {problems.Count} problem(s).");
            foreach (var problem in problems) _errors.WriteLine("  " + problem);
            if (drift.Count > 0)
                _errors.WriteLine($"{drift.Count} page(s) state syntax or parameter facts the cmdlets no longer match: run `{UpdatePagesCommand}` to rewrite them.");
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var byName = pages.ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase);
        foreach (var group in module.Commands.GroupBy(c => c.HelpFile ?? module.ModuleName + ".dll-Help.xml"))
        {
            string path = Path.Combine(outDir, group.Key);
            SaveXml(MamlWriter.Write(group, byName), path);
            _output.WriteLine($"Wrote {path} ({group.Count()} cmdlets)");
        }
        foreach (var about in abouts)
        {
            string path = Path.Combine(outDir, Path.GetFileNameWithoutExtension(about.SourcePath) + ".help.txt");
            File.WriteAllText(path, AboutTextRenderer.Render(about), Utf8NoBom);
            _output.WriteLine($"Wrote {path}");
        }
        return 0;
    }

    /// <summary>Writes a skeleton page for each named cmdlet that has none.</summary>
    /// <returns>0 when every page was written; 1 when a name is not exported or its page already exists.</returns>
    public int NewPages(ModuleMetadata module, string docsDir, IEnumerable<string> names)
    {
        int exitCode = 0;
        Directory.CreateDirectory(docsDir);
        var existing = DocFiles(docsDir).Select(CommandPageParser.Load)
            .Where(p => p.Name is not null).Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var command = module.Commands.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            string path = Path.Combine(docsDir, (command?.Name ?? name) + ".md");
            if (command is null)
            {
                _errors.WriteLine($"{name}: {module.ModuleName} does not export this cmdlet; no page written");
                exitCode = 1;
            }
            else if (existing.Contains(command.Name) || File.Exists(path))
            {
                _errors.WriteLine($"{command.Name}: a page already exists; not overwritten");
                exitCode = 1;
            }
            else
            {
                File.WriteAllText(path, SkeletonPageWriter.Write(module, command), Utf8NoBom);
                _output.WriteLine($"Wrote {path}: replace every {{{{ ... }}}} before building help");
            }
        }
        return exitCode;
    }

    /// <summary>
    /// Rewrites the <c>## SYNTAX</c> section and the parameter yaml blocks of every page from the metadata,
    /// leaving the prose and each <c>Default value:</c> as written. Pages already in sync are not touched.
    /// </summary>
    /// <returns>0, after listing each page rewritten and what changed in it.</returns>
    public int UpdatePages(ModuleMetadata module, string docsDir)
    {
        int updated = 0, total = 0;
        foreach (var file in CommandPageFiles(docsDir))
        {
            string text = File.ReadAllText(file);
            var command = PageDrift.CommandOf(module, text, file);
            if (command is null)
            {
                _output.WriteLine($"{file}: documents no cmdlet {module.ModuleName} exports; left as it is");
                continue;
            }
            total++;
            var rewritten = PageFactsWriter.Rewrite(text, command);
            if (!rewritten.Changed) continue;
            File.WriteAllText(file, rewritten.Text, Utf8NoBom);
            updated++;
            _output.WriteLine($"Updated {file}: {string.Join(", ", rewritten.Changes)}");
        }
        _output.WriteLine($"{updated} of {total} page(s) rewritten from the cmdlets' metadata.");
        return 0;
    }

    /// <summary>The pages of cmdlets in docs/ (not about topics, not _ files).</summary>
    public static IEnumerable<string> CommandPageFiles(string docsDir) =>
        DocFiles(docsDir).Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase));

    /// <summary>The cmdlets that have no page yet.</summary>
    public static IEnumerable<string> Undocumented(ModuleMetadata module, string docsDir)
    {
        var documented = Directory.Exists(docsDir)
            ? DocFiles(docsDir).Select(CommandPageParser.Load).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string?>();
        return module.Commands.Select(c => c.Name).Where(n => !documented.Contains(n)).ToList();
    }

    private static IEnumerable<string> DocFiles(string docsDir) =>
        Directory.EnumerateFiles(docsDir, "*.md")
            .Where(f => !Path.GetFileName(f).StartsWith(IgnoredPrefix, StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f).Contains('-') || Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static void SaveXml(System.Xml.Linq.XDocument document, string path)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = Utf8NoBom, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(path, settings);
        document.Save(writer);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelpBuilder.Metadata;

namespace HelpBuilder;

/// <summary>Command line: build help, write skeleton pages, or rewrite the pages' facts. Exit codes: 0 done, 1 problems found, 2 bad usage.</summary>
public static class Program
{
    private const string Usage =
        "Usage:\n" +
        "  HelpBuilder --commands <commands.json> --docs <dir> --out <dir>\n" +
        "      Validate docs/*.md against the cmdlets and write <Assembly>.dll-Help.xml and about_*.help.txt.\n" +
        "  HelpBuilder --commands <commands.json> --docs <dir> --new-page <Cmdlet>[,<Cmdlet>...]\n" +
        "  HelpBuilder --commands <commands.json> --docs <dir> --new-missing-pages\n" +
        "      Write skeleton pages (never overwriting one) for the named cmdlets / for every cmdlet without a page.\n" +
        "  HelpBuilder --commands <commands.json> --docs <dir> --update-pages\n" +
        "      Rewrite every page's ## SYNTAX and parameter yaml blocks from the cmdlets (prose and Default value kept).\n" +
        "commands.json comes from tools/Export-CommandMetadata.ps1.";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var newPages = new List<string>();
        bool missingPages = false;
        bool updatePages = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg.Equals("--new-missing-pages", StringComparison.OrdinalIgnoreCase)) { missingPages = true; continue; }
            if (arg.Equals("--update-pages", StringComparison.OrdinalIgnoreCase)) { updatePages = true; continue; }
            if (arg is "-h" or "--help" or "-?") { output.WriteLine(Usage); return 0; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                return Fail(errors, $"Unexpected argument '{arg}'.");
            string value = args[++i];
            if (arg.Equals("--new-page", StringComparison.OrdinalIgnoreCase))
                newPages.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else if (arg is "--commands" or "--docs" or "--out")
                options[arg] = value;
            else
                return Fail(errors, $"Unknown option '{arg}'.");
        }
        if (!options.TryGetValue("--commands", out var commandsPath) || !options.TryGetValue("--docs", out var docsDir))
            return Fail(errors, "--commands and --docs are required.");
        bool writingPages = missingPages || newPages.Count > 0;
        if (updatePages && (writingPages || options.ContainsKey("--out")))
            return Fail(errors, "--update-pages goes with --commands and --docs only.");
        if (!writingPages && !updatePages && !options.ContainsKey("--out"))
            return Fail(errors, "--out is required to build help.");
        if (!File.Exists(commandsPath))
            return Fail(errors, $"The command metadata file '{commandsPath}' does not exist; run tools/Export-CommandMetadata.ps1 first.");

        ModuleMetadata module;
        try
        {
            module = MetadataReader.Load(commandsPath);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
        {
            return Fail(errors, $"'{commandsPath}' is not command metadata: {e.Message}");
        }

        var runner = new HelpBuildRunner(output, errors);
        if (writingPages)
        {
            var names = newPages.Concat(missingPages ? HelpBuildRunner.Undocumented(module, docsDir) : Enumerable.Empty<string>());
            return runner.NewPages(module, docsDir, names.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }
        if (!Directory.Exists(docsDir))
            return Fail(errors, $"The docs folder '{docsDir}' does not exist.");
        if (updatePages) return runner.UpdatePages(module, docsDir);
        return runner.Build(module, docsDir, options["--out"]);
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine(message);
        errors.WriteLine(Usage);
        return 2;
    }
}

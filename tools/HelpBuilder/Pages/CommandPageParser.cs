using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpBuilder.Pages;

/// <summary>Reads a cmdlet page written in platyPS's markdown schema (2.0.0).</summary>
public static class CommandPageParser
{
    public static CommandPage Load(string path) => Parse(File.ReadAllText(path), path);

    public static CommandPage Parse(string markdown, string sourcePath = "")
    {
        // Markdig spans index the text it was given; normalise line ends first so slices line up.
        markdown = markdown.Replace("\r\n", "\n");
        var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
        var page = new CommandPage { SourcePath = sourcePath };
        string section = "";
        ExampleSection? example = null;
        ParameterSection? parameter = null;
        TypeSection? type = null;
        bool inCommonParameters = false;

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock frontMatter)
            {
                ReadFrontMatter(frontMatter, page);
                continue;
            }
            if (block is HeadingBlock heading)
            {
                string title = MarkdownText.Inline(heading.Inline).Trim();
                if (heading.Level == 1)
                {
                    page.Name ??= title;
                    section = "";
                }
                else if (heading.Level == 2)
                {
                    section = title.ToUpperInvariant();
                    example = null; parameter = null; type = null; inCommonParameters = false;
                }
                else if (heading.Level == 3)
                {
                    example = null; parameter = null; type = null; inCommonParameters = false;
                    switch (section)
                    {
                        case "EXAMPLES":
                            example = new ExampleSection { Title = title };
                            page.Examples.Add(example);
                            break;
                        case "PARAMETERS" when title.StartsWith('-'):
                            parameter = new ParameterSection { Name = title.TrimStart('-').Trim() };
                            page.Parameters.Add(parameter);
                            break;
                        case "PARAMETERS":
                            inCommonParameters = title.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase);
                            break;
                        case "INPUTS":
                            type = new TypeSection { TypeName = title };
                            page.Inputs.Add(type);
                            break;
                        case "OUTPUTS":
                            type = new TypeSection { TypeName = title };
                            page.Outputs.Add(type);
                            break;
                    }
                }
                continue;
            }
            if (inCommonParameters) continue;
            AddContent(block, markdown, page, section, example, parameter, type);
        }
        return page;
    }

    private static void AddContent(Block block, string source, CommandPage page, string section,
        ExampleSection? example, ParameterSection? parameter, TypeSection? type)
    {
        switch (section)
        {
            case "SYNOPSIS":
                page.Synopsis.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "DESCRIPTION":
                page.Description.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "EXAMPLES" when example is not null:
                if (block is FencedCodeBlock code) example.CodeBlocks.Add(MarkdownText.CodeText(code));
                else example.Remarks.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "PARAMETERS" when parameter is not null:
                if (block is FencedCodeBlock yaml && IsYaml(yaml))
                    parameter.DefaultValue ??= ReadDefaultValue(yaml);
                else
                    parameter.Description.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "INPUTS" or "OUTPUTS" when type is not null:
                type.Description.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "NOTES":
                page.Notes.AddRange(MarkdownText.Paragraphs(block, source));
                break;
            case "RELATED LINKS":
                page.RelatedLinks.AddRange(Links(block));
                break;
        }
    }

    private static bool IsYaml(FencedCodeBlock code) =>
        string.Equals(code.Info, "yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>Default value:</c> line; "None" (platyPS's word for no default) reads as null.</summary>
    private static string? ReadDefaultValue(FencedCodeBlock yaml)
    {
        foreach (var line in MarkdownText.CodeText(yaml).Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon < 0 || !line[..colon].Trim().Equals("Default value", StringComparison.OrdinalIgnoreCase)) continue;
            string value = line[(colon + 1)..].Trim();
            return value.Length == 0 || value.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : value;
        }
        return null;
    }

    private static void ReadFrontMatter(YamlFrontMatterBlock block, CommandPage page)
    {
        foreach (var line in MarkdownText.CodeText(block).Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            page.FrontMatter[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
    }

    private static IEnumerable<RelatedLink> Links(Block block) =>
        MarkdownText.Inlines(block).Select(inline => inline switch
        {
            LinkInline { IsImage: false } link => new RelatedLink(MarkdownText.Inline(link).Trim(), link.Url ?? ""),
            AutolinkInline autolink => new RelatedLink(autolink.Url, autolink.Url),
            _ => null,
        }).OfType<RelatedLink>();
}

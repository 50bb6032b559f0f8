using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpBuilder.Pages;

/// <summary>Turns markdown blocks into the plain paragraphs MAML and about text hold.</summary>
public static class MarkdownText
{
    /// <summary>The one pipeline every page is parsed with.</summary>
    public static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    /// <summary>Plain paragraphs for one block; code keeps its lines, lists become "- item" paragraphs.</summary>
    public static IEnumerable<string> Paragraphs(Block block, string source)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                yield return Inline(paragraph.Inline).Trim();
                break;
            case CodeBlock code when code is not YamlFrontMatterBlock:
                yield return CodeText(code);
                break;
            case ListBlock list:
                int number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    string marker = list.IsOrdered ? $"{number++}. " : "- ";
                    var parts = item.SelectMany(child => Paragraphs(child, source)).ToList();
                    yield return marker + string.Join("\n", parts);
                }
                break;
            case QuoteBlock quote:
                foreach (var text in quote.SelectMany(child => Paragraphs(child, source)))
                    yield return text;
                break;
            case HtmlBlock:
            case ThematicBreakBlock:
                break;
            default:
                // Tables and anything else read best as the author wrote them.
                yield return source.Substring(block.Span.Start, block.Span.Length).TrimEnd();
                break;
        }
    }

    public static string CodeText(CodeBlock code) =>
        string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())).TrimEnd();

    /// <summary>Inline markdown as text: emphasis dropped, code spans keep their backticks, web links keep their address.</summary>
    public static string Inline(ContainerInline? container)
    {
        var text = new StringBuilder();
        if (container is not null)
            foreach (var child in container) Append(child, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append('`').Append(code.Content).Append('`');
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? "\n" : " ");
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LinkInline link:
                string label = Inline(link);
                text.Append(label);
                if (IsWebAddress(link.Url) && label != link.Url) text.Append(" (").Append(link.Url).Append(')');
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }

    public static bool IsWebAddress(string? uri) =>
        uri is not null && (uri.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase)
                            || uri.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Every inline in a block and its children, depth first.</summary>
    public static IEnumerable<Inline> Inlines(Block block)
    {
        if (block is LeafBlock { Inline: { } inline })
            return Flatten(inline);
        if (block is ContainerBlock container)
            return container.SelectMany(Inlines);
        return Enumerable.Empty<Inline>();
    }

    private static IEnumerable<Inline> Flatten(Inline inline)
    {
        yield return inline;
        if (inline is ContainerInline container)
            foreach (var child in container.SelectMany(Flatten)) yield return child;
    }
}

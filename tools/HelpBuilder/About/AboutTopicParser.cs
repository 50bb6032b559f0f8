using System.IO;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using HelpBuilder.Pages;

namespace HelpBuilder.About;

/// <summary>Reads an about topic page: <c># about_Name</c>, then <c>## SHORT DESCRIPTION</c>, <c>## LONG DESCRIPTION</c> and so on.</summary>
public static class AboutTopicParser
{
    public static AboutTopic Load(string path) => Parse(File.ReadAllText(path), path);

    public static AboutTopic Parse(string markdown, string sourcePath = "")
    {
        markdown = markdown.Replace("\r\n", "\n");
        var topic = new AboutTopic { SourcePath = sourcePath };
        foreach (var block in Markdown.Parse(markdown, MarkdownText.Pipeline))
            Add(block, markdown, topic);
        return topic;
    }

    private static void Add(Block block, string source, AboutTopic topic)
    {
        switch (block)
        {
            case HeadingBlock heading:
                string title = MarkdownText.Inline(heading.Inline).Trim();
                if (heading.Level == 1 && topic.Name is null) topic.Name = title;
                else topic.Blocks.Add(new AboutBlock(AboutBlockKind.Heading, title, heading.Level));
                break;
            case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                break;
            case CodeBlock code:
                topic.Blocks.Add(new AboutBlock(AboutBlockKind.Code, MarkdownText.CodeText(code)));
                break;
            case ListBlock list:
                int number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    string marker = list.IsOrdered ? $"{number++}. " : "- ";
                    string text = string.Join(" ", item.SelectMany(child => MarkdownText.Paragraphs(child, source)));
                    topic.Blocks.Add(new AboutBlock(AboutBlockKind.ListItem, text, Marker: marker));
                }
                break;
            default:
                foreach (var paragraph in MarkdownText.Paragraphs(block, source))
                    topic.Blocks.Add(new AboutBlock(AboutBlockKind.Paragraph, paragraph));
                break;
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace HelpBuilder.About;

/// <summary>An about_ topic page (docs/about_*.md), reduced to the parts the text rendering needs.</summary>
public sealed class AboutTopic
{
    public string SourcePath { get; init; } = "";

    /// <summary>The <c># about_Name</c> heading, or null when missing.</summary>
    public string? Name { get; set; }

    public List<AboutBlock> Blocks { get; } = new();

    /// <summary>The text under <c>## SHORT DESCRIPTION</c>.</summary>
    public string ShortDescription
    {
        get
        {
            var texts = Blocks
                .SkipWhile(b => !(b.Kind == AboutBlockKind.Heading && b.Text.Equals("SHORT DESCRIPTION", System.StringComparison.OrdinalIgnoreCase)))
                .Skip(1)
                .TakeWhile(b => b.Kind != AboutBlockKind.Heading)
                .Select(b => b.Text);
            return string.Join(" ", texts).Trim();
        }
    }
}

/// <summary>What kind of thing an <see cref="AboutBlock"/> is.</summary>
public enum AboutBlockKind
{
    Heading,
    Paragraph,
    Code,
    ListItem,
}

/// <summary>One heading, paragraph, code block or list item of an about topic, in page order.</summary>
/// <param name="Kind">Heading, paragraph, code or list item.</param>
/// <param name="Text">The plain text (code keeps its lines).</param>
/// <param name="Level">The heading level (headings only).</param>
/// <param name="Marker">"- " or "1. " (list items only).</param>
public sealed record AboutBlock(AboutBlockKind Kind, string Text, int Level = 0, string Marker = "");

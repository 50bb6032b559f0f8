using System;
using System.Collections.Generic;
using System.Text;

namespace HelpBuilder.About;

/// <summary>
/// Renders an about topic as the plain text Get-Help prints (about_Name.help.txt): section headings in
/// capitals at the margin, text indented four spaces and wrapped so no line is longer than the width,
/// code indented eight spaces and never wrapped.
/// </summary>
public static class AboutTextRenderer
{
    public const int DefaultWidth = 80;
    public const string TextIndent = "    ";
    public const string CodeIndent = "        ";

    /// <summary>The longest code line that still fits the width once indented.</summary>
    public static int MaxCodeLineLength(int width = DefaultWidth) => width - CodeIndent.Length;

    public static string Render(AboutTopic topic, int width = DefaultWidth)
    {
        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(TextIndent).Append(topic.Name).Append('\n');
        AboutBlock? previous = null;
        foreach (var block in topic.Blocks)
        {
            if (NeedsBlankLineBefore(block, previous)) text.Append('\n');
            switch (block.Kind)
            {
                case AboutBlockKind.Heading when block.Level <= 2:
                    text.Append(block.Text.ToUpperInvariant()).Append('\n');
                    break;
                case AboutBlockKind.Heading:
                    text.Append(TextIndent).Append(block.Text.ToUpperInvariant()).Append('\n');
                    break;
                case AboutBlockKind.Paragraph:
                    foreach (var line in Wrap(block.Text, TextIndent, TextIndent, width)) text.Append(line).Append('\n');
                    break;
                case AboutBlockKind.ListItem:
                    string hanging = TextIndent + new string(' ', block.Marker.Length);
                    foreach (var line in Wrap(block.Marker + block.Text, TextIndent, hanging, width)) text.Append(line).Append('\n');
                    break;
                case AboutBlockKind.Code:
                    foreach (var line in block.Text.Split('\n')) text.Append((CodeIndent + line).TrimEnd()).Append('\n');
                    break;
            }
            previous = block;
        }
        return text.ToString();
    }

    // Blocks are separated by a blank line, except that text starts right under a section heading
    // and the items of one list follow each other.
    private static bool NeedsBlankLineBefore(AboutBlock block, AboutBlock? previous) =>
        previous is null
            ? true
            : !(previous.Kind == AboutBlockKind.Heading && previous.Level <= 2)
              && !(previous.Kind == AboutBlockKind.ListItem && block.Kind == AboutBlockKind.ListItem);

    /// <summary>Word-wraps text; a word longer than a whole line gets a line of its own.</summary>
    public static IEnumerable<string> Wrap(string text, string firstIndent, string nextIndent, int width)
    {
        foreach (var hardLine in text.Split('\n'))
        {
            var line = new StringBuilder(firstIndent);
            bool lineHasWord = false;
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineHasWord && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear().Append(nextIndent);
                    lineHasWord = false;
                }
                if (lineHasWord) line.Append(' ');
                line.Append(word);
                lineHasWord = true;
            }
            yield return line.ToString().TrimEnd();
            firstIndent = nextIndent;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace HelpBuilder.Sync;

/// <summary>One heading of a page and the lines under it up to the next heading of any level.</summary>
internal sealed class OutlineChunk
{
    /// <summary>0 for the lines before the first heading (the front matter).</summary>
    public int Level { get; init; }
    public string Title { get; init; } = "";
    public string? HeadingLine { get; init; }
    public List<string> Body { get; set; } = new();

    public IEnumerable<string> Lines => HeadingLine is null ? Body : Body.Prepend(HeadingLine);
}

/// <summary>
/// A page cut at its ATX headings (those outside code blocks), so sections can be replaced while every
/// other line comes back exactly as written.
/// </summary>
internal static class MarkdownOutline
{
    public static List<OutlineChunk> Split(IReadOnlyList<string> lines)
    {
        var chunks = new List<OutlineChunk> { new() { Level = 0 } };
        var fence = new FenceTracker();
        foreach (var line in lines)
        {
            if (!fence.Inside && !fence.Opens(line) && TryHeading(line, out int level, out string title))
            {
                chunks.Add(new OutlineChunk { Level = level, Title = title, HeadingLine = line });
                continue;
            }
            fence.Read(line);
            chunks[^1].Body.Add(line);
        }
        return chunks;
    }

    /// <summary>The index of the first chunk after <paramref name="start"/> at its level or above (the end of its section).</summary>
    public static int SectionEnd(IReadOnlyList<OutlineChunk> chunks, int start)
    {
        int end = start + 1;
        while (end < chunks.Count && chunks[end].Level > chunks[start].Level) end++;
        return end;
    }

    public static int Find(IReadOnlyList<OutlineChunk> chunks, int level, string title, int from = 0, int to = int.MaxValue)
    {
        for (int i = from; i < Math.Min(to, chunks.Count); i++)
            if (chunks[i].Level == level && chunks[i].Title.Equals(title, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static bool TryHeading(string line, out int level, out string title)
    {
        level = 0;
        title = "";
        string text = line.TrimStart(' ');
        if (line.Length - text.Length > 3) return false;
        while (level < text.Length && text[level] == '#') level++;
        if (level is 0 or > 6 || (level < text.Length && text[level] != ' ' && text[level] != '\t')) return false;
        title = text[level..].Trim().TrimEnd('#').Trim();
        return true;
    }
}

/// <summary>Follows fenced code blocks (``` or ~~~) line by line, as CommonMark opens and closes them.</summary>
internal sealed class FenceTracker
{
    private char _char;
    private int _length;

    public bool Inside => _length > 0;

    /// <summary>The info string of the block this line opens (e.g. "yaml"), or null when it opens none.</summary>
    public static string? OpeningInfo(string line)
    {
        var (ch, length, rest) = Measure(line);
        if (length < 3 || (ch == '`' && rest.Contains('`'))) return null;
        return rest.Trim();
    }

    public bool Opens(string line) => !Inside && OpeningInfo(line) is not null;

    /// <summary>Moves past one line; returns true when the line is a fence (opening or closing).</summary>
    public bool Read(string line)
    {
        var (ch, length, rest) = Measure(line);
        if (Inside)
        {
            if (ch != _char || length < _length || rest.Trim().Length > 0) return false;
            _length = 0;
            return true;
        }
        if (OpeningInfo(line) is null) return false;
        _char = ch;
        _length = length;
        return true;
    }

    private static (char Char, int Length, string After) Measure(string line)
    {
        string text = line.TrimStart(' ');
        if (line.Length - text.Length > 3 || text.Length == 0 || (text[0] != '`' && text[0] != '~')) return ('\0', 0, "");
        int length = text.TakeWhile(c => c == text[0]).Count();
        return (text[0], length, text[length..]);
    }
}

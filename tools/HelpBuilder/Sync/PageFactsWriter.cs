using System;
using System.Collections.Generic;
using System.Linq;
using HelpBuilder.Metadata;

namespace HelpBuilder.Sync;

/// <summary>A page after its facts were rewritten, and what changed (<c>## SYNTAX</c>, <c>-Name</c>, ...).</summary>
public sealed record PageFacts(string Text, IReadOnlyList<string> Changes)
{
    public bool Changed => Changes.Count > 0;
}

/// <summary>
/// Rewrites the facts a page states about its cmdlet from the compiled cmdlet's metadata: the
/// <c>## SYNTAX</c> section, and each documented parameter's yaml blocks (keeping the page's
/// <c>Default value:</c>, which only the author knows). Every other line is returned as it was.
/// Rewriting a rewritten page changes nothing.
/// </summary>
public static class PageFactsWriter
{
    public static PageFacts Rewrite(string markdown, CommandMetadata command)
    {
        string newline = markdown.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var chunks = MarkdownOutline.Split(markdown.Replace("\r\n", "\n").Split('\n'));
        var changes = new List<string>();

        RewriteSyntax(chunks, command, changes);
        int parameters = MarkdownOutline.Find(chunks, 2, "PARAMETERS");
        if (parameters >= 0)
        {
            int end = MarkdownOutline.SectionEnd(chunks, parameters);
            for (int i = parameters + 1; i < end; i++)
            {
                var chunk = chunks[i];
                if (chunk.Level != 3 || !chunk.Title.StartsWith('-')) continue;
                string name = chunk.Title.TrimStart('-').Trim();
                string? known = command.ParameterNames.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (known is null) continue; // the validator reports parameters the cmdlet does not have
                var body = RewriteYaml(chunk.Body, command, known);
                if (!body.SequenceEqual(chunk.Body)) changes.Add("-" + known);
                chunk.Body = body;
            }
        }
        string text = string.Join(newline, chunks.SelectMany(c => c.Lines));
        return new PageFacts(text, changes);
    }

    private static void RewriteSyntax(List<OutlineChunk> chunks, CommandMetadata command, List<string> changes)
    {
        var body = FactsFormatter.SyntaxBody(command);
        int syntax = MarkdownOutline.Find(chunks, 2, "SYNTAX");
        if (syntax >= 0)
        {
            int end = MarkdownOutline.SectionEnd(chunks, syntax);
            var old = chunks.Skip(syntax).Take(end - syntax).SelectMany(c => c.Lines).Skip(1).ToList();
            if (old.SequenceEqual(body)) return;
            var heading = chunks[syntax];
            chunks.RemoveRange(syntax, end - syntax);
            chunks.Insert(syntax, new OutlineChunk { Level = 2, Title = heading.Title, HeadingLine = heading.HeadingLine, Body = body });
            changes.Add("## SYNTAX");
            return;
        }
        // platyPS puts SYNTAX right after SYNOPSIS; a page without SYNOPSIS is reported by the validator.
        int synopsis = MarkdownOutline.Find(chunks, 2, "SYNOPSIS");
        if (synopsis < 0) return;
        int at = MarkdownOutline.SectionEnd(chunks, synopsis);
        var before = chunks[at - 1].Body;
        if (before.Count == 0 || before[^1].Length > 0) before.Add("");
        chunks.Insert(at, new OutlineChunk { Level = 2, Title = "SYNTAX", HeadingLine = "## SYNTAX", Body = body });
        changes.Add("## SYNTAX");
    }

    private static List<string> RewriteYaml(List<string> body, CommandMetadata command, string name)
    {
        var blocks = YamlBlocks(body);
        var blockLines = FactsFormatter.YamlBlocks(command, name, sets => DefaultValue(blocks, sets));
        var replacement = new List<string>();
        for (int b = 0; b < blockLines.Count; b++)
        {
            if (b > 0) replacement.Add("");
            replacement.AddRange(blockLines[b]);
        }

        var result = new List<string>();
        if (blocks.Count == 0)
        {
            // No yaml yet: it goes after the description, before the blank lines that end the section.
            int last = body.FindLastIndex(l => l.Trim().Length > 0);
            result.AddRange(body.Take(last + 1));
            if (result.Count > 0) result.Add("");
            result.AddRange(replacement);
            result.Add("");
            var trailing = body.Skip(last + 1).ToList();
            result.AddRange(trailing.Count > 1 ? trailing.Skip(1) : Enumerable.Empty<string>());
            return result;
        }
        for (int i = 0; i < body.Count; i++)
        {
            var block = blocks.FirstOrDefault(x => x.Start == i);
            if (block is null)
            {
                result.Add(body[i]);
                continue;
            }
            if (block == blocks[0]) result.AddRange(replacement);
            else if (result.Count > 0 && result[^1].Trim().Length == 0) result.RemoveAt(result.Count - 1);
            i = block.End;
        }
        return result;
    }

    /// <summary>The page's default for a group of sets: from the old block naming one of them (or all), else the first block.</summary>
    private static string DefaultValue(IReadOnlyList<YamlBlock> blocks, IReadOnlyList<string> sets)
    {
        var match = blocks.FirstOrDefault(b => b.Sets.Contains("(All)") || b.Sets.Any(s => sets.Contains(s, StringComparer.OrdinalIgnoreCase)))
                    ?? blocks.FirstOrDefault();
        string? value = match?.DefaultValue;
        return string.IsNullOrWhiteSpace(value) ? FactsFormatter.NoDefault : value;
    }

    private sealed record YamlBlock(int Start, int End, IReadOnlyList<string> Sets, string? DefaultValue);

    private static List<YamlBlock> YamlBlocks(IReadOnlyList<string> body)
    {
        var blocks = new List<YamlBlock>();
        var fence = new FenceTracker();
        for (int i = 0; i < body.Count; i++)
        {
            bool opensYaml = !fence.Inside && string.Equals(FenceTracker.OpeningInfo(body[i]), "yaml", StringComparison.OrdinalIgnoreCase);
            fence.Read(body[i]);
            if (!opensYaml) continue;
            int end = i + 1;
            while (end < body.Count && !fence.Read(body[end])) end++;
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in body.Skip(i + 1).Take(end - i - 1))
            {
                int colon = line.IndexOf(':');
                if (colon > 0) values.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
            var sets = values.TryGetValue("Parameter Sets", out var s)
                ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : Array.Empty<string>();
            blocks.Add(new YamlBlock(i, Math.Min(end, body.Count - 1), sets, values.GetValueOrDefault("Default value")));
            i = end;
        }
        return blocks;
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using OsManagement.Oci.Engine;

namespace OsManagement.Completers;

/// <summary>
/// Completes -CompartmentId by compartment name (or path): type part of a name, get the OCID.
/// Uses the session's context; the tree is read once a minute at most.
/// </summary>
public sealed class CompartmentCompleter : IArgumentCompleter
{
    private static readonly object Gate = new();
    private static (OsmContext Context, DateTime Read, List<CompartmentNode> Nodes)? _cache;

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var context = OsmSession.Current;
        if (context is null)
        {
            return Array.Empty<CompletionResult>();
        }
        var word = wordToComplete.Trim('\'', '"');
        return ReadTree(context)
            .Where(n => n.Path.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 || n.Compartment.Id!.StartsWith(word, StringComparison.Ordinal))
            .Take(100)
            .Select(n => new CompletionResult(n.Compartment.Id, n.Path, CompletionResultType.ParameterValue, $"{n.Path} ({n.Compartment.Id})"));
    }

    private static List<CompartmentNode> ReadTree(OsmContext context)
    {
        lock (Gate)
        {
            if (_cache is { } c && ReferenceEquals(c.Context, context) && DateTime.UtcNow - c.Read < TimeSpan.FromMinutes(1))
            {
                return c.Nodes;
            }
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var nodes = CompartmentWalker.WalkAsync(context.Connection.Identity, context.TenancyId, true, 8, timeout.Token)
                .ToListAsync(timeout.Token).GetAwaiter().GetResult();
            lock (Gate)
            {
                _cache = (context, DateTime.UtcNow, nodes);
            }
            return nodes;
        }
        catch (Exception)
        {
            // Completion must never throw at the user; no completions is the honest answer.
            return new List<CompartmentNode>();
        }
    }
}

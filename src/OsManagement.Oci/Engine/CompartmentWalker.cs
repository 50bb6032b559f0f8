using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Identity.Models;

namespace OsManagement.Oci.Engine;

/// <summary>A compartment found under a starting compartment, with its path of names from there.</summary>
public sealed class CompartmentNode
{
    public CompartmentNode(Compartment compartment, string path, int depth)
    {
        Compartment = compartment;
        Path = path;
        Depth = depth;
    }

    /// <summary>The compartment as Identity returned it.</summary>
    public Compartment Compartment { get; }

    /// <summary>Names from the starting compartment down, joined by '/'.</summary>
    public string Path { get; }

    /// <summary>1 for a direct child of the starting compartment.</summary>
    public int Depth { get; }
}

/// <summary>Walks the compartment tree (ACTIVE compartments only) with as few requests as the answer needs.</summary>
public static class CompartmentWalker
{
    /// <summary>
    /// The ACTIVE compartments under <paramref name="parentId"/>: its children, or with <paramref name="recurse"/>
    /// the whole subtree. From the tenancy that is one paged listing (compartmentIdInSubtree); from any other
    /// compartment the tree is walked level by level, each level's listings running concurrently.
    /// An inactive compartment's subtree is not entered.
    /// </summary>
    public static async IAsyncEnumerable<CompartmentNode> WalkAsync(IdentityClient identity, string parentId, bool recurse,
        int throttleLimit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (recurse && parentId.StartsWith("ocid1.tenancy.", StringComparison.Ordinal))
        {
            var all = new List<Compartment>();
            await foreach (var c in identity.ListCompartmentsAsync(new ListCompartmentsRequest
            {
                CompartmentId = parentId,
                CompartmentIdInSubtree = true,
                AccessLevel = "ANY",
            }, cancellationToken).ConfigureAwait(false))
            {
                all.Add(c);
            }
            foreach (var node in OrderTree(parentId, all))
            {
                yield return node;
            }
            yield break;
        }

        var level = new List<(string Id, string Path)> { (parentId, "") };
        var depth = 0;
        while (level.Count > 0)
        {
            depth++;
            var children = await ListLevelAsync(identity, level, throttleLimit, cancellationToken).ConfigureAwait(false);
            var next = new List<(string, string)>();
            foreach (var (parentPath, child) in children)
            {
                var path = parentPath.Length == 0 ? child.Name ?? child.Id! : parentPath + "/" + child.Name;
                yield return new CompartmentNode(child, path, depth);
                next.Add((child.Id!, path));
            }
            level = recurse ? next : new List<(string, string)>();
        }
    }

    /// <summary>
    /// The compartments a listing covers: <paramref name="rootId"/> itself and, with <paramref name="recurse"/>, every ACTIVE
    /// compartment below it.
    /// </summary>
    public static async Task<List<string>> ScopeAsync(IdentityClient identity, string rootId, bool recurse, int throttleLimit,
        CancellationToken cancellationToken)
    {
        var ids = new List<string> { rootId };
        if (recurse)
        {
            await foreach (var node in WalkAsync(identity, rootId, true, throttleLimit, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(node.Compartment.Id!);
            }
        }
        return ids;
    }

    private static async Task<List<(string ParentPath, Compartment Child)>> ListLevelAsync(IdentityClient identity,
        List<(string Id, string Path)> parents, int throttleLimit, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, throttleLimit));
        var tasks = parents.Select(async parent =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var found = new List<(string, Compartment)>();
                await foreach (var c in identity.ListCompartmentsAsync(new ListCompartmentsRequest
                {
                    CompartmentId = parent.Id,
                    LifecycleState = "ACTIVE",
                }, cancellationToken).ConfigureAwait(false))
                {
                    if (IsActive(c))
                    {
                        found.Add((parent.Path, c));
                    }
                }
                return found;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        return results.SelectMany(r => r).ToList();
    }

    private static IEnumerable<CompartmentNode> OrderTree(string rootId, List<Compartment> all)
    {
        // Breadth-first from the root, so a compartment whose ancestor is not ACTIVE is left out with it.
        var byParent = all.Where(IsActive).GroupBy(c => c.CompartmentId ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var queue = new Queue<(string Id, string Path, int Depth)>();
        queue.Enqueue((rootId, "", 0));
        while (queue.Count > 0)
        {
            var (id, path, depth) = queue.Dequeue();
            if (!byParent.TryGetValue(id, out var children))
            {
                continue;
            }
            foreach (var child in children.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase))
            {
                var childPath = path.Length == 0 ? child.Name ?? child.Id! : path + "/" + child.Name;
                yield return new CompartmentNode(child, childPath, depth + 1);
                queue.Enqueue((child.Id!, childPath, depth + 1));
            }
        }
    }

    private static bool IsActive(Compartment c) => string.Equals(c.LifecycleState, "ACTIVE", StringComparison.OrdinalIgnoreCase);
}

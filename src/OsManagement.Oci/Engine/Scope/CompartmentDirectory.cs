using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Identity.Models;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The compartment tree, from Identity (both generations of OS Management use it): ACTIVE compartments only, with as
/// few requests as the answer needs, breadth-first with siblings by name.
/// </summary>
internal sealed class CompartmentDirectory
{
    private const string Active = "ACTIVE";
    private readonly IdentityClient _identity;

    public CompartmentDirectory(IdentityClient identity) => _identity = identity;

    /// <summary>
    /// The ACTIVE compartments under <paramref name="parentId"/>: its children, or with <paramref name="recurse"/> the
    /// whole subtree. From the tenancy that is one paged listing (compartmentIdInSubtree); from any other compartment
    /// the tree is walked level by level, up to <paramref name="throttleLimit"/> listings at once. An inactive
    /// compartment's subtree is not entered.
    /// </summary>
    public async IAsyncEnumerable<CompartmentRecord> WalkAsync(string parentId, bool recurse, int throttleLimit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (recurse && parentId.StartsWith("ocid1.tenancy.", StringComparison.Ordinal))
        {
            var all = await ServiceErrors.Stream(_identity.ListCompartmentsAsync(new ListCompartmentsRequest
            {
                CompartmentId = parentId,
                CompartmentIdInSubtree = true,
                AccessLevel = "ANY",
            }, cancellationToken), cancellationToken).CollectAsync(cancellationToken).ConfigureAwait(false);
            var byParent = all.Where(IsActive).ToLookup(c => c.CompartmentId ?? "");
            foreach (var node in BreadthFirst(parentId, id => byParent[id]))
            {
                yield return node;
            }
            yield break;
        }

        var level = new List<CompartmentRecord> { new() { Id = parentId } };
        while (level.Count > 0)
        {
            var children = await level.AsStream()
                .MapConcurrent(throttleLimit, (parent, token) => ListChildrenAsync(parent.Id, token), cancellationToken)
                .CollectAsync(cancellationToken).ConfigureAwait(false);
            var next = new List<CompartmentRecord>();
            for (var i = 0; i < level.Count; i++)
            {
                foreach (var child in Sorted(children[i]))
                {
                    var record = Record(child, level[i]);
                    next.Add(record);
                    yield return record;
                }
            }
            level = recurse ? next : new List<CompartmentRecord>();
        }
    }

    private async System.Threading.Tasks.Task<List<Compartment>> ListChildrenAsync(string parentId, CancellationToken cancellationToken) =>
        (await ServiceErrors.Stream(_identity.ListCompartmentsAsync(new ListCompartmentsRequest
        {
            CompartmentId = parentId,
            LifecycleState = Active,
        }, cancellationToken), cancellationToken).CollectAsync(cancellationToken).ConfigureAwait(false)).Where(IsActive).ToList();

    // Breadth-first from the root, so a compartment whose ancestor is not ACTIVE is left out with it.
    private static IEnumerable<CompartmentRecord> BreadthFirst(string rootId, Func<string, IEnumerable<Compartment>> childrenOf)
    {
        var queue = new Queue<CompartmentRecord>();
        queue.Enqueue(new CompartmentRecord { Id = rootId });
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var child in Sorted(childrenOf(parent.Id)))
            {
                var record = Record(child, parent);
                yield return record;
                queue.Enqueue(record);
            }
        }
    }

    private static IEnumerable<Compartment> Sorted(IEnumerable<Compartment> compartments) =>
        compartments.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);

    private static CompartmentRecord Record(Compartment c, CompartmentRecord parent) => new()
    {
        Id = c.Id ?? "",
        Name = c.Name ?? "",
        Description = c.Description,
        ParentId = c.CompartmentId,
        LifecycleState = c.LifecycleState ?? "",
        TimeCreated = c.TimeCreated,
        IsAccessible = c.IsAccessible,
        Path = parent.Depth == 0 ? c.Name ?? c.Id ?? "" : parent.Path + "/" + c.Name,
        Depth = parent.Depth + 1,
    };

    private static bool IsActive(Compartment c) => string.Equals(c.LifecycleState, Active, StringComparison.OrdinalIgnoreCase);
}

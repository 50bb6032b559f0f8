using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace OsManagement;

/// <summary>
/// A read-only list whose text form joins its items with "; ", so Export-Csv writes a readable cell
/// (not System.Object[]) while scripts can still index it, count it and use -contains on it.
/// </summary>
public sealed class OsmList<T> : ReadOnlyCollection<T>
{
    /// <summary>An empty list.</summary>
    public static readonly OsmList<T> Empty = new(new List<T>());

    /// <summary>Wraps the items.</summary>
    public OsmList(IList<T> items) : base(items) { }

    /// <summary>Copies the items (none when null).</summary>
    public static OsmList<T> From(IEnumerable<T>? items) => items is null ? Empty : new OsmList<T>(items.ToList());

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", this.Select(i => i?.ToString()));
}

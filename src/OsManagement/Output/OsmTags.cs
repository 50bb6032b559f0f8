using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace OsManagement;

/// <summary>
/// Freeform tags: a read-only dictionary (<c>$job.Tags['env']</c>) whose text form is <c>key=value; key=value</c>,
/// so Export-Csv writes a readable cell.
/// </summary>
public sealed class OsmTags : ReadOnlyDictionary<string, string>
{
    public OsmTags(IDictionary<string, string>? tags)
        : base(new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase))
    {
    }

    /// <summary>A -Tag hashtable as freeform tags (null when none was given).</summary>
    internal static IReadOnlyDictionary<string, string>? FromHashtable(Hashtable? tags) =>
        tags?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => System.Management.Automation.LanguagePrimitives.ConvertTo<string>(e.Value) ?? "");

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", this.OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(t => $"{t.Key}={t.Value}"));
}

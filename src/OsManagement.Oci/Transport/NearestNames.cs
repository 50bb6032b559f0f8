using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci;

/// <summary>The names nearest to a misspelt one, for "did you mean" in an error: fewest edits first, then those that contain it.</summary>
public static class NearestNames
{
    /// <summary>
    /// At most <paramref name="count"/> of <paramref name="known"/> within <paramref name="maxEdits"/> edits of
    /// <paramref name="given"/> (case-insensitive), nearest first; a name that contains what was given counts as near.
    /// </summary>
    public static IReadOnlyList<string> Of(string given, IEnumerable<string> known, int count = 3, int maxEdits = 3)
    {
        var g = given.Trim().ToLowerInvariant();
        return known.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Name: k, Edits: Distance(g, k.ToLowerInvariant()), Contains: g.Length >= 3 && k.IndexOf(g, StringComparison.OrdinalIgnoreCase) >= 0))
            .Where(k => k.Edits <= maxEdits || k.Contains)
            .OrderBy(k => k.Edits <= maxEdits ? k.Edits : maxEdits + 1).ThenBy(k => k.Name, StringComparer.OrdinalIgnoreCase)
            .Take(count).Select(k => k.Name).ToList();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}

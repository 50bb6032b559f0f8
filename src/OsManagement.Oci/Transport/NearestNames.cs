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

    /// <summary>Edits from one to the other: insertions, deletions, substitutions and swaps of neighbours (ashbrun, ashburn: 1).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}

namespace OsManagement.Emulator.Platform.Http;

/// <summary>Finds what someone probably meant by a name that is not one of the known ones, for "did you mean" hints.</summary>
internal static class NearestNames
{
    /// <summary>Up to <paramref name="max"/> known names close to <paramref name="given"/>, closest first.</summary>
    public static IReadOnlyList<string> To(string given, IEnumerable<string> known, int max = 4)
    {
        var lower = given.ToLowerInvariant();
        return known
            .Select(k => (Name: k, Score: Score(lower, k.ToLowerInvariant())))
            .Where(k => k.Score <= Math.Max(2, given.Length / 3))
            .OrderBy(k => k.Score).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(max).Select(k => k.Name).ToList();
    }

    /// <summary>
    /// Edit distance; a name that holds the other (listManagedInstances in hub.listManagedInstances) scores by how much
    /// longer it is, so it is offered too, after the near misspellings.
    /// </summary>
    private static int Score(string a, string b)
    {
        var distance = Distance(a, b);
        var holds = a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
        return holds ? Math.Min(distance, 1 + Math.Abs(a.Length - b.Length) / 4) : distance;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}

namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// The sort keys a list takes (those that sort by time, the first of them the default, and those that sort by name) and
/// how its API words a wrong sort key or page token.
/// </summary>
internal sealed record ListSorts(IReadOnlyList<string> TimeKeys, IReadOnlyList<string> NameKeys, string SortByMistake, string PageMistake)
{
    /// <summary>The retired API's and Identity's lists: TIMECREATED or one name key.</summary>
    public static ListSorts Upper(string nameKey) =>
        new(new[] { "TIMECREATED" }, new[] { nameKey }, $"sortBy must be TIMECREATED or {nameKey}.", "The page token is not valid.");

    /// <summary>OS Management Hub's lists: keys in camelCase, any number of each.</summary>
    public static ListSorts Camel(string[] timeKeys, params string[] nameKeys) =>
        new(timeKeys, nameKeys, $"sortBy must be one of {string.Join(", ", timeKeys.Concat(nameKeys))}.",
            "The page token is not valid; pass the opc-next-page value of the previous page.");
}

/// <summary>
/// The paging and sorting parameters every list shares: <c>limit</c> (capped at the emulator's page size), <c>page</c>
/// (an opaque token from <c>opc-next-page</c>), <c>sortBy</c> and <c>sortOrder</c>. A time sorts descending by
/// default, a name ascending; ties are broken by id, so pages are stable.
/// </summary>
internal sealed record ListQuery(int Limit, int Offset, bool ByTime, bool Descending)
{
    /// <param name="query">The request's query string.</param>
    /// <param name="pageSize">The emulator's page cap (<c>--page-size</c>).</param>
    /// <param name="sorts">The list's sort keys.</param>
    public static ListQuery Parse(IQueryCollection query, int pageSize, ListSorts sorts)
    {
        var limit = pageSize;
        var limitText = query["limit"].ToString();
        if (limitText.Length > 0)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                throw OciException.Invalid("limit must be a whole number of at least 1.");
            }
            limit = Math.Min(limit, pageSize);
        }
        var offset = 0;
        var page = query["page"].ToString();
        if (page.Length > 0 && !TryDecodeToken(page, out offset))
        {
            throw OciException.Invalid(sorts.PageMistake);
        }
        var sortBy = query["sortBy"].ToString();
        var byTime = sortBy.Length == 0 ? sorts.TimeKeys.Count > 0
            : sorts.TimeKeys.Contains(sortBy, StringComparer.Ordinal) ? true
            : sorts.NameKeys.Contains(sortBy, StringComparer.Ordinal) ? false
            : throw OciException.Invalid(sorts.SortByMistake);
        var descending = query["sortOrder"].ToString() switch
        {
            "" => byTime,
            "ASC" => false,
            "DESC" => true,
            _ => throw OciException.Invalid("sortOrder must be ASC or DESC."),
        };
        return new ListQuery(limit, offset, byTime, descending);
    }

    /// <summary>Sorts (ties broken by id so pages are stable), then cuts out this page.</summary>
    public Page<TOut> Apply<T, TOut>(IEnumerable<T> items, Func<T, DateTimeOffset> time, Func<T, string> name, Func<T, string> id, Func<T, TOut> project)
    {
        IOrderedEnumerable<T> sorted = ByTime
            ? (Descending ? items.OrderByDescending(time) : items.OrderBy(time))
            : (Descending ? items.OrderByDescending(name, StringComparer.Ordinal) : items.OrderBy(name, StringComparer.Ordinal));
        var all = sorted.ThenBy(id, StringComparer.Ordinal).ToList();
        var slice = all.Skip(Offset).Take(Limit).Select(project).ToList();
        var next = Offset + Limit < all.Count ? EncodeToken(Offset + Limit) : null;
        return new Page<TOut>(slice, next, all.Count);
    }

    internal static string EncodeToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"osm-page:{offset}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static bool TryDecodeToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            return text.StartsWith("osm-page:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan("osm-page:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>One page of a list, the token for the next (if any) and how many items the whole list has.</summary>
internal sealed record Page<T>(List<T> Items, string? NextToken, int Total);

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// Paging and sorting as OS Management Hub's lists take them: <c>limit</c>, <c>page</c>, <c>sortOrder</c> ASC or DESC,
/// and a <c>sortBy</c> spelled in camelCase (timeCreated, displayName, name, timeIssued...). A time sorts descending by
/// default, a name ascending. Ties are broken by id, so pages are stable.
/// </summary>
internal sealed class HubListQuery
{
    private HubListQuery(int limit, int offset, bool byTime, bool descending)
    {
        Limit = limit;
        Offset = offset;
        ByTime = byTime;
        Descending = descending;
    }

    public int Limit { get; }
    public int Offset { get; }
    public bool ByTime { get; }
    public bool Descending { get; }

    /// <param name="query">The request's query string.</param>
    /// <param name="pageSize">The emulator's page cap.</param>
    /// <param name="timeFields">The sortBy values that sort by time; the first is the default.</param>
    /// <param name="nameFields">The sortBy values that sort by name.</param>
    public static HubListQuery Parse(IQueryCollection query, int pageSize, string[] timeFields, string[] nameFields)
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
        if (page.Length > 0 && !ListQuery.TryDecodeToken(page, out offset))
        {
            throw OciException.Invalid("The page token is not valid; pass the opc-next-page value of the previous page.");
        }
        var sortBy = query["sortBy"].ToString();
        bool byTime;
        if (sortBy.Length == 0)
        {
            byTime = timeFields.Length > 0;
        }
        else if (timeFields.Contains(sortBy, StringComparer.Ordinal))
        {
            byTime = true;
        }
        else if (nameFields.Contains(sortBy, StringComparer.Ordinal))
        {
            byTime = false;
        }
        else
        {
            throw OciException.Invalid($"sortBy must be one of {string.Join(", ", timeFields.Concat(nameFields))}.");
        }
        var descending = query["sortOrder"].ToString() switch
        {
            "" => byTime,
            "ASC" => false,
            "DESC" => true,
            _ => throw OciException.Invalid("sortOrder must be ASC or DESC."),
        };
        return new HubListQuery(limit, offset, byTime, descending);
    }

    /// <summary>Sorts, then cuts out this page; <see cref="Page{T}.NextToken"/> is set when more follow.</summary>
    public (Page<TOut> Page, int Total) Apply<T, TOut>(IEnumerable<T> items, Func<T, DateTimeOffset> time, Func<T, string> name, Func<T, string> id, Func<T, TOut> project)
    {
        IOrderedEnumerable<T> sorted = ByTime
            ? (Descending ? items.OrderByDescending(time) : items.OrderBy(time))
            : (Descending ? items.OrderByDescending(name, StringComparer.Ordinal) : items.OrderBy(name, StringComparer.Ordinal));
        var all = sorted.ThenBy(id, StringComparer.Ordinal).ToList();
        var slice = all.Skip(Offset).Take(Limit).Select(project).ToList();
        var next = Offset + Limit < all.Count ? ListQuery.EncodeToken(Offset + Limit) : null;
        return (new Page<TOut>(slice, next), all.Count);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// The paging and sorting parameters every list shares: <c>limit</c> (capped at the emulator's page size),
/// <c>page</c> (an opaque token from <c>opc-next-page</c>), <c>sortBy</c> and <c>sortOrder</c>.
/// Default order: TIMECREATED descending, a name ascending.
/// </summary>
internal sealed class ListQuery
{
    public const string TimeCreated = "TIMECREATED";
    public const string DisplayName = "DISPLAYNAME";

    private ListQuery(int limit, int offset, string sortBy, bool descending)
    {
        Limit = limit;
        Offset = offset;
        SortBy = sortBy;
        Descending = descending;
    }

    public int Limit { get; }
    public int Offset { get; }
    public string SortBy { get; }
    public bool Descending { get; }

    /// <param name="query">The request's query string.</param>
    /// <param name="pageSize">The emulator's page cap (<c>--page-size</c>).</param>
    /// <param name="nameField">The name sort key's spelling: DISPLAYNAME (OS Management) or NAME (Identity).</param>
    public static ListQuery Parse(IQueryCollection query, int pageSize, string nameField = DisplayName)
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
            throw OciException.Invalid("The page token is not valid.");
        }

        var sortBy = query["sortBy"].ToString();
        if (sortBy.Length == 0)
        {
            sortBy = TimeCreated;
        }
        else if (sortBy != TimeCreated && sortBy != nameField)
        {
            throw OciException.Invalid($"sortBy must be {TimeCreated} or {nameField}.");
        }

        var order = query["sortOrder"].ToString();
        bool descending = order switch
        {
            "" => sortBy == TimeCreated,
            "ASC" => false,
            "DESC" => true,
            _ => throw OciException.Invalid("sortOrder must be ASC or DESC."),
        };
        return new ListQuery(limit, offset, sortBy == nameField ? DisplayName : TimeCreated, descending);
    }

    /// <summary>Sorts (ties broken by id so pages are stable), then cuts out this page.</summary>
    public Page<TOut> Apply<T, TOut>(IEnumerable<T> items, Func<T, DateTimeOffset> created, Func<T, string> name, Func<T, string> id, Func<T, TOut> project)
    {
        IOrderedEnumerable<T> sorted = SortBy == DisplayName
            ? (Descending ? items.OrderByDescending(name, StringComparer.Ordinal) : items.OrderBy(name, StringComparer.Ordinal))
            : (Descending ? items.OrderByDescending(created) : items.OrderBy(created));
        var all = sorted.ThenBy(id, StringComparer.Ordinal).ToList();
        var slice = all.Skip(Offset).Take(Limit).Select(project).ToList();
        var next = Offset + Limit < all.Count ? EncodeToken(Offset + Limit) : null;
        return new Page<TOut>(slice, next);
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

using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>Reads Hub's query parameters (arrays repeat the key) and answers with Hub's collection bodies.</summary>
internal static class HubRequests
{
    /// <summary>The sort keys of most of Hub's lists.</summary>
    public static readonly ListSorts ByCreatedOrName = ListSorts.Camel(new[] { "timeCreated" }, "displayName");

    /// <summary>Every value of a repeated parameter (<c>status=A&amp;status=B</c>); empty when absent.</summary>
    public static List<string> Many(this HttpContext http, string name) =>
        http.Request.Query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

    /// <summary>Every value of a repeated enum parameter, each checked against the allowed values (400 otherwise).</summary>
    public static List<string> ManyOf(this HttpContext http, string name, IReadOnlyCollection<string> allowed)
    {
        var values = http.Many(name);
        foreach (var value in values.Where(v => !allowed.Contains(v, StringComparer.Ordinal)))
        {
            throw OciException.Invalid($"{name} value '{value}' is not one of {string.Join(", ", allowed)}.");
        }
        return values;
    }

    /// <summary>Every value of a repeated enum parameter, as the fleet's values; 400 for a word <paramref name="words"/> does not have.</summary>
    public static List<T> ManyOf<T>(this HttpContext http, string name, WordMap<T> words) where T : notnull =>
        http.ManyOf(name, words.Words).Select(words.Value).ToList();

    /// <summary>An optional time filter; 400 when it is not an RFC 3339 time.</summary>
    public static DateTimeOffset? OptionalTime(this HttpContext http, string name)
    {
        var text = http.Query(name);
        return text is null ? null : RequestReader.ParseTime(text) ?? throw OciException.Invalid($"{name} must be an RFC 3339 time such as 2026-11-24T14:31:08.000Z.");
    }

    /// <summary>A page of a Hub list: <c>{"items": [...]}</c>, with <c>opc-next-page</c> when more follow.</summary>
    public static IResult Items<T>(HttpContext http, Page<T> page, bool withTotal = false)
    {
        if (withTotal)
        {
            http.Response.Headers["opc-total-items"] = page.Total.ToString(CultureInfo.InvariantCulture);
        }
        return OciResponses.Json(new Collection<T>(OciResponses.NextPage(http, page).Items));
    }
}

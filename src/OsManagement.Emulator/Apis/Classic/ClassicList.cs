namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// How every list of the retired API in a compartment reads and answers: <c>compartmentId</c> is required (404 when
/// unknown), <c>displayName</c> is an exact match, the list sorts by TIMECREATED or DISPLAYNAME and answers a bare array.
/// </summary>
internal sealed class ClassicList
{
    private readonly string _compartmentId;
    private readonly string? _displayName;

    /// <summary>Reads compartmentId and displayName; the list's own filters are read after, its paging at <see cref="Answer"/>.</summary>
    public ClassicList(HttpContext http)
    {
        _compartmentId = http.RequiredQuery("compartmentId");
        _displayName = http.Query("displayName");
    }

    /// <summary>Whether a resource in this compartment, under this name, is in the list.</summary>
    public bool Holds(string compartmentId, string? displayName) =>
        compartmentId == _compartmentId && (_displayName is null || displayName == _displayName);

    public IResult Answer<T, TOut>(HttpContext http, EmulatorStore store, Func<IEnumerable<T>> items, Func<T, DateTimeOffset> time,
        Func<T, string> name, Func<T, string> id, Func<T, TOut> project)
    {
        var list = http.Paging(ClassicVocabulary.Sorts);
        return store.Execute(_ =>
        {
            Lookups.CheckCompartment(store, _compartmentId);
            return OciResponses.Page(http, list.Apply(items(), time, name, id, project));
        });
    }
}

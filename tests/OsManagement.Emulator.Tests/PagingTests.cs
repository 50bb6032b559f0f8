using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Tests;

public sealed class PagingTests
{
    private sealed record Item(string Id, string Name, DateTimeOffset Created);

    private static readonly List<Item> Items = Enumerable.Range(0, 23)
        .Select(i => new Item($"id{i:D2}", $"name-{(i * 7) % 23:D2}", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i)))
        .ToList();

    private static IQueryCollection Query(params (string Key, string Value)[] pairs) =>
        new QueryCollection(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    private static Page<Item> Run(int pageSize, params (string, string)[] query) =>
        ListQuery.Parse(Query(query), pageSize, ListSorts.Upper("DISPLAYNAME")).Apply(Items, i => i.Created, i => i.Name, i => i.Id, i => i);

    [Fact]
    public void TokensWalkEveryItemExactlyOnce()
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = token is null ? Run(50, ("limit", "5")) : Run(50, ("limit", "5"), ("page", token));
            seen.AddRange(page.Items.Select(i => i.Id));
            token = page.NextToken;
            pages++;
        }
        while (token is not null);
        Assert.Equal(5, pages);
        Assert.Equal(Items.Select(i => i.Id).OrderBy(x => x), seen.OrderBy(x => x));
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public void TheLastPageHasNoToken() => Assert.Null(Run(50).NextToken);

    [Fact]
    public void LimitIsCappedAtThePageSize()
    {
        var page = Run(10, ("limit", "1000"));
        Assert.Equal(10, page.Items.Count);
        Assert.NotNull(page.NextToken);
        Assert.Equal(4, Run(10, ("limit", "4")).Items.Count);
    }

    [Fact]
    public void DefaultOrderIsNewestFirst() =>
        Assert.Equal(Items.OrderByDescending(i => i.Created).Select(i => i.Id), Run(50).Items.Select(i => i.Id));

    [Fact]
    public void DisplayNameSortsAscendingByDefaultAndDescendingOnRequest()
    {
        var names = Items.Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(names, Run(50, ("sortBy", "DISPLAYNAME")).Items.Select(i => i.Name));
        names.Reverse();
        Assert.Equal(names, Run(50, ("sortBy", "DISPLAYNAME"), ("sortOrder", "DESC")).Items.Select(i => i.Name));
    }

    [Theory]
    [InlineData("limit", "0")]
    [InlineData("limit", "ten")]
    [InlineData("page", "not-a-token")]
    [InlineData("sortBy", "SIZE")]
    [InlineData("sortOrder", "UP")]
    public void BadParametersAre400InvalidParameter(string key, string value)
    {
        var error = Assert.Throws<OciException>(() => Run(50, (key, value)));
        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidParameter", error.Code);
    }

    [Fact]
    public void IdentityCallsTheNameSortKeyNAME()
    {
        var page = ListQuery.Parse(Query(("sortBy", "NAME")), 50, ListSorts.Upper("NAME")).Apply(Items, i => i.Created, i => i.Name, i => i.Id, i => i);
        Assert.Equal(Items.Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal), page.Items.Select(i => i.Name));
        Assert.Throws<OciException>(() => ListQuery.Parse(Query(("sortBy", "DISPLAYNAME")), 50, ListSorts.Upper("NAME")));
    }

    [Fact]
    public void HubListsTakeTheirCamelCaseKeysSayWhichOnesAndCountTheWholeList()
    {
        var sorts = ListSorts.Camel(new[] { "timeIssued", "timeCreated" }, "name");
        var byName = ListQuery.Parse(Query(("sortBy", "name"), ("limit", "5")), 50, sorts).Apply(Items, i => i.Created, i => i.Name, i => i.Id, i => i);
        Assert.Equal(Items.Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal).Take(5), byName.Items.Select(i => i.Name));
        Assert.Equal(23, byName.Total);
        var byTime = ListQuery.Parse(Query(("sortBy", "timeCreated")), 50, sorts).Apply(Items, i => i.Created, i => i.Name, i => i.Id, i => i);
        Assert.Equal(Items.OrderByDescending(i => i.Created).Select(i => i.Id), byTime.Items.Select(i => i.Id));
        var wrong = Assert.Throws<OciException>(() => ListQuery.Parse(Query(("sortBy", "TIMECREATED")), 50, sorts));
        Assert.Equal("sortBy must be one of timeIssued, timeCreated, name.", wrong.Message);
        var token = Assert.Throws<OciException>(() => ListQuery.Parse(Query(("page", "x")), 50, sorts));
        Assert.Contains("opc-next-page", token.Message, StringComparison.Ordinal);
    }
}

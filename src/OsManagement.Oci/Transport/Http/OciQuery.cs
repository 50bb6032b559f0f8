using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Oci.Http;

/// <summary>Builds a path with its query string; null values are left out, names and values URL-encoded.</summary>
public sealed class OciQuery
{
    private readonly string _path;
    private readonly List<KeyValuePair<string, string>> _parameters = new();

    public OciQuery(string path) => _path = path;

    /// <summary>A path with its {placeholders} replaced by escaped values: <c>Path("/scheduledJobs/{0}", id)</c>.</summary>
    public static string Path(string format, params string[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values.Select(v =>
        {
            if (string.IsNullOrEmpty(v))
            {
                throw new ArgumentException("An id in the request path is empty.");
            }
            return (object)Uri.EscapeDataString(v);
        }).ToArray());

    public OciQuery Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, value));
        }
        return this;
    }

    /// <summary>An array parameter: the key repeated once per value (<c>status=A&amp;status=B</c>); null or empty values are left out.</summary>
    public OciQuery Add(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? Enumerable.Empty<string>())
        {
            if (!string.IsNullOrEmpty(value))
            {
                _parameters.Add(new KeyValuePair<string, string>(name, value));
            }
        }
        return this;
    }

    public OciQuery Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public OciQuery Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public OciQuery Add(string name, DateTimeOffset? value) => Add(name, value is null ? null : Json.OciJson.FormatTime(value.Value));

    /// <summary>The same path and parameters with the page token set.</summary>
    public string WithPage(string? page)
    {
        var all = page is null ? _parameters : _parameters.Where(p => p.Key != "page").Append(new KeyValuePair<string, string>("page", page)).ToList();
        return all.Count == 0 ? _path : _path + "?" + string.Join("&", all.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }

    /// <inheritdoc />
    public override string ToString() => WithPage(null);
}

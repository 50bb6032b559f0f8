using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Http;

/// <summary>
/// What every service's REST client shares: its endpoint and API version, paths with escaped ids, a request's
/// query from its properties, and gets, sends and POST actions on the one pipeline. A client adds only its operations
/// (and how its lists page).
/// </summary>
internal abstract class ServiceClient
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> QueryProperties = new();
    private readonly string _version;

    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host, e.g. https://osmh.us-ashburn-1.oci.oraclecloud.com.</param>
    /// <param name="apiVersion">The first segment of every path (20220901).</param>
    protected ServiceClient(OciHttpPipeline pipeline, Uri endpoint, string apiVersion)
    {
        Pipeline = pipeline;
        Endpoint = endpoint;
        _version = "/" + apiVersion;
    }

    /// <summary>Where requests go.</summary>
    public Uri Endpoint { get; }

    /// <summary>The pipeline every request goes through.</summary>
    protected OciHttpPipeline Pipeline { get; }

    /// <summary>A path under the API version, its {placeholders} replaced by escaped ids (an empty id is refused).</summary>
    protected string PathOf(string format, params string[] ids) => OciQuery.Path(_version + format, ids);

    /// <summary>
    /// A query for <paramref name="path"/> with every property of <paramref name="request"/> that has a value, named in
    /// camelCase as the SDKs name them, in declaration order (the request's own, then its base's); a list repeats its key
    /// per value. <paramref name="inPath"/> names the properties the path already carries.
    /// </summary>
    protected static OciQuery Query(string path, object? request = null, params string[] inPath)
    {
        var query = new OciQuery(path);
        if (request is null)
        {
            return query;
        }
        foreach (var property in QueryProperties.GetOrAdd(request.GetType(), PropertiesOf))
        {
            if (Array.IndexOf(inPath, property.Name) >= 0)
            {
                continue;
            }
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
            _ = property.GetValue(request) switch
            {
                null => query,
                string text => query.Add(name, text),
                bool flag => query.Add(name, flag),
                int number => query.Add(name, number),
                DateTimeOffset time => query.Add(name, time),
                IEnumerable<string> values => query.Add(name, values),
                var other => throw new NotSupportedException($"A {other.GetType().Name} ({property.Name}) cannot be a query parameter."),
            };
        }
        return query;
    }

    /// <summary>A GET of one resource.</summary>
    protected Task<OciResponse<T>> Get<T>(OciQuery query, CancellationToken cancellationToken) =>
        Pipeline.SendAsync<T>(HttpMethod.Get, Endpoint, query.ToString(), null, null, null, cancellationToken);

    /// <summary>A request with an optional JSON body, if-match and retry token.</summary>
    protected Task<OciResponse<T>> Send<T>(HttpMethod method, string pathAndQuery, object? body, string? ifMatch, string? retryToken,
        CancellationToken cancellationToken) =>
        Pipeline.SendAsync<T>(method, Endpoint, pathAndQuery, body, IfMatch(ifMatch), retryToken, cancellationToken);

    /// <summary>A POST action: its details as the JSON body (none when null), answered by the work request it started.</summary>
    protected Task<OciResponse<OciEmpty>> Action(string pathAndQuery, object? details, string? ifMatch, string? retryToken,
        CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Post, pathAndQuery, details, ifMatch, retryToken, cancellationToken);

    /// <summary>A request's body, which it cannot go without.</summary>
    protected static T Required<T>(T? details, string name) where T : class =>
        details ?? throw new ArgumentNullException(name, $"The {name} of the request are missing: they are the request's body.");

    private static IReadOnlyDictionary<string, string>? IfMatch(string? etag) =>
        etag is null ? null : new Dictionary<string, string> { ["if-match"] = etag };

    private static PropertyInfo[] PropertiesOf(Type type)
    {
        var levels = new List<PropertyInfo>();
        for (var level = type; level is not null && level != typeof(object); level = level.BaseType)
        {
            levels.AddRange(level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken));
        }
        return levels.ToArray();
    }
}

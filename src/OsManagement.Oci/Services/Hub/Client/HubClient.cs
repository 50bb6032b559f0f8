using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.Services.Hub.Models;

namespace OsManagement.Oci.Services.Hub;

/// <summary>
/// OS Management Hub, API 20220901: one async method per operation the module uses, named after the operation of
/// oci-osmanagementhub (whose clients split them by resource: ManagedInstanceClient, ManagedInstanceGroupClient,
/// ScheduledJobClient, WorkRequestClient, ReportingManagedInstanceClient, SoftwareSourceClient). Lists stream every item
/// across pages, unwrapping each page's <c>{"items": [...]}</c>; actions return the work request they created in
/// <see cref="OciResponse{T}.OpcWorkRequestId"/> (except RunScheduledJobNow, which answers with nothing).
/// </summary>
internal sealed partial class HubClient
{
    private const string Version = "/20220901";
    private readonly OciHttpPipeline _pipeline;

    /// <param name="pipeline">The shared pipeline (signing, retries).</param>
    /// <param name="endpoint">Scheme and host, e.g. https://osmh.us-ashburn-1.oci.oraclecloud.com (the registry's <c>ServiceRegistry.Hub.EndpointFor</c>).</param>
    public HubClient(OciHttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    private Task<OciResponse<T>> Get<T>(OciQuery query, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<T>(HttpMethod.Get, Endpoint, query.ToString(), null, null, null, cancellationToken);

    private Task<OciResponse<T>> Send<T>(HttpMethod method, string path, object? body, string? ifMatch, string? retryToken, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<T>(method, Endpoint, path, body, IfMatch(ifMatch), retryToken, cancellationToken);

    /// <summary>A POST action: its details as the JSON body (none when null), answered by a work request id.</summary>
    private Task<OciResponse<OciEmpty>> Action(string path, object? details, string? ifMatch, string? retryToken, CancellationToken cancellationToken) =>
        Send<OciEmpty>(HttpMethod.Post, path, details, ifMatch, retryToken, cancellationToken);

    private IAsyncEnumerable<T> List<T>(OciQuery query, CancellationToken cancellationToken) =>
        _pipeline.ListAsync<ItemCollection<T>, T>(Endpoint, query, page => page.Items, cancellationToken);

    private static string PathOf(string format, params string[] ids) => OciQuery.Path(Version + format, ids);

    private static T Required<T>(T? details, string name) where T : class =>
        details ?? throw new ArgumentNullException(name, $"The {name} of the request are missing: they are the request's body.");

    private static IReadOnlyDictionary<string, string>? IfMatch(string? etag) =>
        etag is null ? null : new Dictionary<string, string> { ["if-match"] = etag };
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Support;

/// <summary>A request as the fake handler saw it (copied, since the message is disposed afterwards).</summary>
public sealed record SeenRequest(string Method, Uri Uri, Dictionary<string, string> Headers, string? Body, DateTime SeenAtUtc)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string PathAndQuery => Uri.PathAndQuery;
}

/// <summary>Answers requests from a script of responders, one per request, and records what it saw.</summary>
public sealed class FakeHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _fallback;
    private readonly List<SeenRequest> _requests = new();

    public FakeHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? fallback = null) => _fallback = fallback;

    /// <summary>What was received so far, in order.</summary>
    public IReadOnlyList<SeenRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public FakeHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    public FakeHandler Then(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers) =>
        Then((_, _) => Task.FromResult(Respond(status, body, headers)));

    public static HttpResponseMessage Respond(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            var json = body.TrimStart().StartsWith('{') || body.TrimStart().StartsWith('[');
            response.Content = new StringContent(body, Encoding.UTF8, json ? "application/json" : "text/html");
        }
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    }

    /// <summary>An OCI error body.</summary>
    public static string Error(string code, string message) => $"{{\"code\":\"{code}\",\"message\":\"{message}\"}}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        string? body = null;
        if (request.Content is not null)
        {
            foreach (var h in request.Content.Headers)
            {
                headers[h.Key.ToLowerInvariant()] = string.Join(", ", h.Value);
            }
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }
        int count;
        lock (_requests)
        {
            _requests.Add(new SeenRequest(request.Method.Method, request.RequestUri!, headers, body, DateTime.UtcNow));
            count = _requests.Count;
        }
        if (_script.TryDequeue(out var responder))
        {
            return await responder(request, cancellationToken);
        }
        if (_fallback is not null)
        {
            return await _fallback(request, cancellationToken);
        }
        throw new InvalidOperationException($"No scripted response for request {count}: {request.Method} {request.RequestUri}");
    }
}

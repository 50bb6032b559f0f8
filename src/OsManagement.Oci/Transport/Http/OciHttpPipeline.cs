using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Json;

namespace OsManagement.Oci.Http;

/// <summary>
/// Sends signed requests over one shared HttpClient: an opc-request-id on every request, retries with exponential
/// backoff and full jitter (honouring Retry-After) within a number of attempts and a time budget, an opc-retry-token on
/// every POST that stays the same across its retries, service errors as <see cref="OciServiceException"/>, lists
/// followed page by page as a stream (the next page loads while the caller works on the current one), and every request
/// paced by one <see cref="AdaptiveRateLimiter"/> once the service has throttled (429).
/// </summary>
public sealed class OciHttpPipeline : IDisposable
{
    private static readonly HashSet<int> RetryableStatus = new() { 429, 500, 502, 503, 504 };
    private readonly HttpClient _http;
    private readonly OciClientOptions _options;
    private readonly OciProxy _proxy;
    private readonly Random _jitter;
    private readonly Action<OciCallRecord>? _observer;
    private readonly AdaptiveRateLimiter? _limiter;
    private readonly bool _ownsClient = true;

    public OciHttpPipeline(IRequestSigner signer, OciClientOptions? options = null)
    {
        Signer = signer;
        _options = options ?? new OciClientOptions();
        // A handler of the caller's own decides the route itself; without one, the environment's proxy applies.
        _proxy = _options.Proxy ?? (_options.Handler is null ? OciProxy.FromEnvironment() : OciProxy.None);
        var handler = _options.Handler ?? OciHttpHandlers.Create(_proxy, _options.MaxConnectionsPerServer);
        // Per-attempt timeouts are ours (linked to the caller's token); the client itself never times out.
        _http = new HttpClient(handler, disposeHandler: _options.Handler is null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _jitter = new Random();
        _observer = _options.OnCall;
        _limiter = _options.AdaptToThrottling ? new AdaptiveRateLimiter(_options.RateLimiterClock) : null;
    }

    // A view of another pipeline (same client, signer and options) that reports its calls to its own observer.
    private OciHttpPipeline(OciHttpPipeline shared, Action<OciCallRecord> observer)
    {
        Signer = shared.Signer;
        _options = shared._options;
        _proxy = shared._proxy;
        _http = shared._http;
        _jitter = shared._jitter;
        _observer = observer;
        _limiter = shared._limiter;
        _ownsClient = false;
    }

    /// <summary>
    /// This pipeline, with every attempt reported to <paramref name="observer"/> instead of <see cref="OciClientOptions.OnCall"/>:
    /// one unit of work (a cmdlet's call) hears of its own calls, passed explicitly. Disposing the view leaves this one open.
    /// </summary>
    public OciHttpPipeline WithCallObserver(Action<OciCallRecord> observer) => new(this, observer);

    /// <summary>Who signs the requests.</summary>
    public IRequestSigner Signer { get; }

    /// <summary>The pace every request of this pipeline (and of its views) keeps once the service throttles; null when off.</summary>
    internal AdaptiveRateLimiter? RateLimiter => _limiter;

    /// <summary>Sends one request and returns its body as <typeparamref name="T"/> (<see cref="OciEmpty"/> for none).</summary>
    public async Task<OciResponse<T>> SendAsync<T>(HttpMethod method, Uri endpoint, string pathAndQuery, object? body,
        IReadOnlyDictionary<string, string>? headers, string? retryToken, CancellationToken cancellationToken)
    {
        var uri = new Uri(endpoint, pathAndQuery);
        var bytes = body is null ? null : Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, body.GetType(), OciJson.Options));
        var isPost = method == HttpMethod.Post;
        var token = isPost ? retryToken ?? Guid.NewGuid().ToString("N") : null;
        var requestId = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var started = DateTime.UtcNow;

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var request = new HttpRequestMessage(method, uri);
            if (bytes is not null || OciSigningString.HasBody(method.Method))
            {
                request.Content = new ByteArrayContent(bytes ?? Array.Empty<byte>());
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            }
            request.Headers.TryAddWithoutValidation("opc-request-id", requestId);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.Accept.ParseAdd("application/json");
            if (token is not null)
            {
                request.Headers.TryAddWithoutValidation("opc-retry-token", token);
            }
            if (headers is not null)
            {
                foreach (var header in headers)
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            // The turn comes before the signature, so the signed date is the time it is sent.
            var sentAt = _limiter is null ? 0 : await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            await Signer.SignAsync(request, cancellationToken).ConfigureAwait(false);

            var watch = Stopwatch.StartNew();
            HttpResponseMessage? response = null;
            Exception? transportError = null;
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(_options.Timeout);
                try
                {
                    response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptTimeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    transportError = new TimeoutException($"{method} {pathAndQuery} got no answer within {_options.Timeout.TotalSeconds:0} s.");
                }
                catch (HttpRequestException e)
                {
                    transportError = e;
                }
            }

            using (response)
            {
                var status = response is null ? 0 : (int)response.StatusCode;
                if (response is not null)
                {
                    _limiter?.OnResponse(sentAt, status == 429);
                }
                var responseId = response is null ? requestId : Header(response, "opc-request-id") ?? requestId;
                _observer?.Invoke(new OciCallRecord(method.Method, pathAndQuery, status, watch.Elapsed, responseId, attempt));

                if (response is not null && response.IsSuccessStatusCode)
                {
                    return await ReadAsync<T>(response).ConfigureAwait(false);
                }
                // A proxy's own answer (no opc-request-id) or failure is reported as the proxy's, naming it; one that refuses
                // us, cannot be reached or cannot carry TLS stays so, and says so now rather than after minutes of retries.
                var what = $"{method} {pathAndQuery}";
                var proxyError = response is not null
                    ? (Header(response, "opc-request-id") is null ? OciProxyFailure.Answered(_proxy, uri, what, response.StatusCode, response.ReasonPhrase) : null)
                    : transportError is HttpRequestException ? OciProxyFailure.Explain(_proxy, uri, what, transportError) : null;
                OciServiceException? serviceError = null;
                if (response is not null && proxyError is null)
                {
                    var advice = response.StatusCode == HttpStatusCode.Unauthorized ? Signer.RejectionAdvice : null;
                    serviceError = await ReadErrorAsync(response, method.Method, pathAndQuery, responseId, advice).ConfigureAwait(false);
                }
                bool retryable;
                if (proxyError is not null)
                {
                    retryable = proxyError.Retryable;
                }
                else if (serviceError is not null)
                {
                    retryable = RetryableStatus.Contains(serviceError.StatusCode) || (serviceError.StatusCode == 409 && serviceError.ServiceCode == "IncorrectState");
                }
                else
                {
                    // A TLS connection that cannot be made (an untrusted certificate, a server that does not speak TLS) stays so.
                    retryable = !IsTlsFailure(transportError);
                }
                var delay = Backoff(attempt, response);
                var withinBudget = DateTime.UtcNow - started + delay < _options.MaxTotalRetryTime;
                if (!retryable || attempt >= _options.MaxAttempts || !withinBudget)
                {
                    if (proxyError is not null)
                    {
                        throw proxyError;
                    }
                    if (serviceError is not null)
                    {
                        throw serviceError;
                    }
                    if (transportError is TimeoutException)
                    {
                        throw transportError;
                    }
                    throw new HttpRequestException($"{what} failed after {attempt} attempt(s): {OciProxyFailure.Reason(transportError!)}", transportError);
                }
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Every item of a list operation, following opc-next-page to the end. The next page is requested as soon as the
    /// current one arrives, so it loads while the caller works on the current page's items; a caller that stops early
    /// cancels that request. A next-page token equal to the one just used ends the list (the service would repeat itself).
    /// </summary>
    public IAsyncEnumerable<T> ListAsync<T>(Uri endpoint, OciQuery query, CancellationToken cancellationToken) =>
        ListAsync<List<T>, T>(endpoint, query, page => page, cancellationToken);

    /// <summary>
    /// As <see cref="ListAsync{T}(Uri, OciQuery, CancellationToken)"/>, for lists whose pages are objects that wrap their items
    /// (OS Management Hub's <c>{"items": [...]}</c>): <paramref name="items"/> takes them out of a page (null is none).
    /// </summary>
    public async IAsyncEnumerable<T> ListAsync<TPage, T>(Uri endpoint, OciQuery query, Func<TPage, IEnumerable<T>?> items,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<OciResponse<TPage>>? pending = SendAsync<TPage>(HttpMethod.Get, endpoint, query.WithPage(null), null, null, null, stop.Token);
        string? currentPage = null;
        try
        {
            while (pending is not null)
            {
                var page = await pending.ConfigureAwait(false);
                pending = null;
                if (page.NextPage is not null && page.NextPage != currentPage)
                {
                    currentPage = page.NextPage;
                    pending = SendAsync<TPage>(HttpMethod.Get, endpoint, query.WithPage(currentPage), null, null, null, stop.Token);
                }
                foreach (var item in items(page.Value) ?? Enumerable.Empty<T>())
                {
                    yield return item;
                }
            }
        }
        finally
        {
            if (pending is null)
            {
                stop.Dispose();
            }
            else
            {
                // The caller stopped early (or failed): cancel the page fetched ahead, observe its end, then release the source.
                stop.Cancel();
                _ = pending.ContinueWith(t =>
                {
                    _ = t.Exception;
                    stop.Dispose();
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            _http.Dispose();
        }
    }

    private TimeSpan Backoff(int attempt, HttpResponseMessage? response)
    {
        // The service's Retry-After is honoured as given (the call's total budget still bounds it); the exponential
        // backoff with jitter applies only when the service says nothing.
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        double jitter;
        lock (_jitter)
        {
            jitter = _jitter.NextDouble();
        }
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }

    private static async Task<OciResponse<T>> ReadAsync<T>(HttpResponseMessage response)
    {
        T value;
        if (typeof(T) == typeof(OciEmpty))
        {
            value = (T)(object)OciEmpty.Value;
        }
        else
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            value = JsonSerializer.Deserialize<T>(text, OciJson.Options)
                ?? throw new JsonException($"The service answered {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} with an empty body.");
        }
        // An empty opc-next-page is no next page (as in Oracle's SDKs); following it would ask for the first page again, forever.
        var nextPage = Header(response, "opc-next-page");
        return new OciResponse<T>(value, Header(response, "etag"), Header(response, "opc-request-id"),
            Header(response, "opc-work-request-id"), string.IsNullOrEmpty(nextPage) ? null : nextPage);
    }

    private static async Task<OciServiceException> ReadErrorAsync(HttpResponseMessage response, string method, string path, string requestId,
        string? advice)
    {
        var status = (int)response.StatusCode;
        var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        string code = response.ReasonPhrase?.Replace(" ", "") ?? status.ToString(CultureInfo.InvariantCulture);
        string message = text.Length > 0 && text.Length < 500 && !text.TrimStart().StartsWith("{", StringComparison.Ordinal) ? text.Trim() : $"HTTP {status}";
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String)
                {
                    code = c.GetString()!;
                }
                if (document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    message = m.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page, an empty body): the status and reason phrase are all there is.
        }
        return new OciServiceException(status, code, message, requestId, method, path, advice);
    }

    private static bool IsTlsFailure(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is System.Security.Authentication.AuthenticationException)
            {
                return true;
            }
        }
        return false;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : response.Content?.Headers.TryGetValues(name, out var contentValues) == true ? contentValues.FirstOrDefault() : null;
}

using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Retries a request once, with renewed credentials, when the service answers 401 to a token-signed request: a
/// token can be revoked or expire on the service's clock before ours. Sits below the pipeline's retry loop, so one
/// logical attempt costs at most one extra round trip.
/// </summary>
public sealed class TokenRefreshHandler : DelegatingHandler
{
    private static readonly Regex KeyIdPattern = new("keyId=\"([^\"]*)\"", RegexOptions.Compiled);
    private readonly ITokenSigner _signer;

    public TokenRefreshHandler(ITokenSigner signer, HttpMessageHandler inner) : base(inner) => _signer = signer;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || KeyIdOf(request) is not { } keyId || !_signer.Invalidate(keyId))
        {
            return response;
        }
        var retry = await CloneAsync(request).ConfigureAwait(false);
        await _signer.SignAsync(retry, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private static string? KeyIdOf(HttpRequestMessage request)
    {
        if (!request.Headers.TryGetValues("Authorization", out var values))
        {
            return null;
        }
        var match = KeyIdPattern.Match(values.FirstOrDefault() ?? "");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (request.Content is not null)
        {
            clone.Content = new ByteArrayContent(await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
            foreach (var header in request.Content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        return clone;
    }
}

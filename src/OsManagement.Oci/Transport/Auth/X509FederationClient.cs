using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Exchanges the instance's certificates for a security token at the auth service (<c>POST /v1/x509</c>), as
/// Oracle's SDKs do: the body carries the leaf and intermediate certificates and the public half of a fresh session
/// key; the request is signed with the leaf's key. Every call reads the certificates afresh (they rotate).
/// </summary>
public sealed class X509FederationClient : IDisposable
{
    private const int Attempts = 3;
    private readonly InstanceMetadataClient _metadata;
    private readonly HttpClient _http;
    private readonly OciProxy _proxy;

    /// <param name="endpoint">The auth service (scheme and host), e.g. https://auth.us-ashburn-1.oraclecloud.com.</param>
    /// <param name="metadata">Where the certificates come from.</param>
    /// <param name="handler">Sends the requests (tests); null means the network, through <paramref name="proxy"/>.</param>
    /// <param name="timeout">Time allowed for one request (default 30 s).</param>
    /// <param name="proxy">The connection's proxy; null means the environment's.</param>
    public X509FederationClient(Uri endpoint, InstanceMetadataClient metadata, HttpMessageHandler? handler = null, TimeSpan? timeout = null,
        OciProxy? proxy = null)
    {
        Endpoint = endpoint;
        _metadata = metadata;
        _proxy = proxy ?? OciProxy.FromEnvironment();
        _http = handler is null ? new HttpClient(OciHttpHandlers.Create(_proxy)) : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = timeout ?? TimeSpan.FromSeconds(30);
    }

    /// <summary>The auth service's base address.</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// The auth service of a region (https://auth.REGION.DOMAIN), or the override: scheme and host of an http(s)
    /// address, plain http only for loopback.
    /// </summary>
    public static Uri EndpointFor(string region, Uri? endpointOverride)
    {
        if (endpointOverride is not null)
        {
            return OciRegions.ServiceEndpoint("auth", region, endpointOverride);
        }
        var id = OciRegions.Resolve(region);
        return new Uri($"https://auth.{id}.{OciRegions.DomainOf(id)}");
    }

    /// <summary>A new token for a new session key.</summary>
    /// <exception cref="OciAuthenticationException">The metadata service or the auth service failed; the message says which and how.</exception>
    public async Task<SessionCredentials> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var identity = await _metadata.GetIdentityAsync(cancellationToken).ConfigureAwait(false);
        var sessionKey = RSA.Create();
        sessionKey.KeySize = 2048;
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new FederationRequest
        {
            Certificate = Convert.ToBase64String(identity.LeafCertificateDer),
            PublicKey = Convert.ToBase64String(SubjectPublicKeyInfo(sessionKey)),
            IntermediateCertificates = new[] { Convert.ToBase64String(identity.IntermediateCertificateDer) },
        }));
        var signer = new FederationRequestSigner(identity);
        var uri = new Uri(Endpoint, "v1/x509");

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Accept.ParseAdd("application/json");
            await signer.SignAsync(request, cancellationToken).ConfigureAwait(false);
            string failure;
            Exception? cause = null;
            var retryable = true;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return new SessionCredentials(ReadToken(text), sessionKey);
                }
                var status = (int)response.StatusCode;
                failure = $"{status} {ServiceMessage(text, response.ReasonPhrase)}" +
                    (response.Headers.TryGetValues("opc-request-id", out var ids) ? $" (opc-request-id {string.Join(",", ids)})" : "");
                retryable = status >= 500 || status == 429;
                // Only a 407 is surely the proxy's: the auth service's own answers do not always carry an opc-request-id.
                if (status == 407 && _proxy.AddressFor(uri) is not null)
                {
                    failure = OciProxyFailure.AuthenticationRequired(_proxy, uri, $"POST {uri.AbsolutePath}").Message;
                }
            }
            catch (HttpRequestException e)
            {
                failure = "it cannot be reached: " + (e.InnerException?.Message ?? e.Message);
                cause = e;
                if (OciProxyFailure.Explain(_proxy, uri, $"POST {uri.AbsolutePath}", e) is { } proxyError)
                {
                    failure = proxyError.Message;
                    cause = proxyError;
                    retryable = proxyError.Retryable;
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {_http.Timeout.TotalSeconds:0} s";
                cause = e;
            }
            if (!retryable || attempt >= Attempts)
            {
                var message = $"Getting a security token for the instance principal from {uri} failed: {failure}. " +
                    "Check that a dynamic group includes this instance and that -FederationEndpoint (if set) points at the auth service.";
                throw cause is null ? new OciAuthenticationException(message) : new OciAuthenticationException(message, cause);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private SecurityToken ReadToken(string text)
    {
        string? token = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String)
            {
                token = t.GetString();
            }
        }
        catch (JsonException)
        {
            // Reported below without the body, which may hold a token.
        }
        if (string.IsNullOrEmpty(token))
        {
            throw new OciAuthenticationException($"The auth service at {Endpoint} answered without a token (expected {{\"token\": \"...\"}}).");
        }
        return SecurityToken.Parse(token!, $"the auth service at {Endpoint}");
    }

    /// <summary>The service's code and message from an error body; never the body itself.</summary>
    private static string ServiceMessage(string text, string? reason)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                if (code is not null || message is not null)
                {
                    var combined = $"{code}: {message}".Trim(' ', ':');
                    return combined.Length > 300 ? combined.Substring(0, 300) + "..." : combined;
                }
            }
        }
        catch (JsonException)
        {
        }
        return reason ?? "";
    }

    private static byte[] SubjectPublicKeyInfo(RSA key)
    {
        var parameters = key.ExportParameters(false);
        var publicKey = new RsaKeyParameters(false, new BigInteger(1, parameters.Modulus), new BigInteger(1, parameters.Exponent));
        return SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();
    }

    private sealed class FederationRequest
    {
        [System.Text.Json.Serialization.JsonPropertyName("certificate")]
        public string Certificate { get; set; } = "";

        [System.Text.Json.Serialization.JsonPropertyName("publicKey")]
        public string PublicKey { get; set; } = "";

        [System.Text.Json.Serialization.JsonPropertyName("intermediateCertificates")]
        public string[] IntermediateCertificates { get; set; } = Array.Empty<string>();

        [System.Text.Json.Serialization.JsonPropertyName("purpose")]
        public string Purpose { get; set; } = "DEFAULT";

        [System.Text.Json.Serialization.JsonPropertyName("fingerprintAlgorithm")]
        public string FingerprintAlgorithm { get; set; } = "SHA256";
    }
}

using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Auth;

/// <summary>
/// The instance metadata service, version 2 (<c>http://169.254.169.254/opc/v2/</c>, every request with
/// <c>Authorization: Bearer Oracle</c>): the instance's region and its identity certificates and key.
/// </summary>
public sealed class InstanceMetadataClient : IDisposable
{
    /// <summary>Where the service is on every OCI instance.</summary>
    public static readonly Uri DefaultBaseAddress = new("http://169.254.169.254/opc/v2/");

    private const int Attempts = 2;
    private readonly HttpClient _http;

    /// <param name="baseAddress">The service's base address; an address with no path gets <c>/opc/v2/</c>.</param>
    /// <param name="handler">Sends the requests (tests); null means the network, never through a proxy.</param>
    /// <param name="timeout">Time allowed for one request.</param>
    public InstanceMetadataClient(Uri? baseAddress = null, HttpMessageHandler? handler = null, TimeSpan? timeout = null)
    {
        BaseAddress = Normalize(baseAddress ?? DefaultBaseAddress);
        _http = handler is null ? new HttpClient(OciHttpHandlers.CreateDirect()) : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = timeout ?? TimeSpan.FromSeconds(5);
    }

    /// <summary>The base address requests go to (ends with a slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The instance's region, as the service gives it (a region id or a short key such as iad).</summary>
    public async Task<string> GetRegionAsync(CancellationToken cancellationToken) =>
        (await GetAsync("instance/region", cancellationToken).ConfigureAwait(false)).Trim();

    /// <summary>The identity: leaf certificate, its private key and the intermediate certificate (PEM), read afresh.</summary>
    public async Task<InstanceIdentity> GetIdentityAsync(CancellationToken cancellationToken)
    {
        var certificate = await GetAsync("identity/cert.pem", cancellationToken).ConfigureAwait(false);
        var key = await GetAsync("identity/key.pem", cancellationToken).ConfigureAwait(false);
        var intermediate = await GetAsync("identity/intermediate.pem", cancellationToken).ConfigureAwait(false);
        return InstanceIdentity.FromPem(certificate, key, intermediate, $"the instance metadata service at {BaseAddress}");
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<string> GetAsync(string path, CancellationToken cancellationToken)
    {
        var uri = new Uri(BaseAddress, path);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer Oracle");
            string failure;
            Exception? cause = null;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                }
                var status = (int)response.StatusCode;
                if (status < 500)
                {
                    throw new OciAuthenticationException(
                        $"The instance metadata service at {BaseAddress} answered GET {path} with {status} {response.ReasonPhrase}. " +
                        "Instance principals work only on an OCI compute instance (metadata service v2); check -MetadataEndpoint if you set it.");
                }
                failure = $"HTTP {status} {response.ReasonPhrase}";
            }
            catch (HttpRequestException e)
            {
                failure = e.InnerException?.Message ?? e.Message;
                cause = e;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {_http.Timeout.TotalSeconds:0} s";
                cause = e;
            }
            if (attempt >= Attempts)
            {
                var message =
                    $"The instance metadata service at {BaseAddress} cannot be reached ({failure}). Instance principal authentication " +
                    "works only on an OCI compute instance, and this is probably not one. Use -AuthType ApiKey or SessionToken here, " +
                    "or point -MetadataEndpoint (and -FederationEndpoint) at a metadata service that serves /opc/v2/.";
                throw cause is null ? new OciAuthenticationException(message) : new OciAuthenticationException(message, cause);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Uri Normalize(Uri address)
    {
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The metadata endpoint '{address}' is not an absolute http(s) address.");
        }
        var text = address.GetLeftPart(UriPartial.Path);
        if (address.AbsolutePath == "/")
        {
            text = text.TrimEnd('/') + "/opc/v2/";
        }
        return new Uri(text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/");
    }
}

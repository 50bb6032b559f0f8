using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Signature version 1 for any kind of credentials: a subclass says which key id and RSA key sign
/// (API key: tenancy/user/fingerprint; session tokens and instance principals: ST$token).
/// </summary>
public abstract class RequestSigner : IRequestSigner
{
    /// <inheritdoc />
    public abstract string TenancyId { get; }

    /// <inheritdoc />
    public virtual string? RejectionAdvice => null;

    /// <summary>The key id and the key to sign with now (a token-based signer may refresh here).</summary>
    protected abstract Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (keyId, key) = await GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var method = request.Method.Method;
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        request.Headers.Remove("date");
        request.Headers.TryAddWithoutValidation("date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
        if (OciSigningString.HasBody(method))
        {
            var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            request.Content ??= new ByteArrayContent(body);
            request.Content.Headers.ContentType ??= new MediaTypeHeaderValue("application/json");
            request.Content.Headers.ContentLength = body.Length;
            request.Content.Headers.Remove("x-content-sha256");
            using var sha = SHA256.Create();
            request.Content.Headers.TryAddWithoutValidation("x-content-sha256", Convert.ToBase64String(sha.ComputeHash(body)));
        }
        var headers = OciSigningString.HeadersFor(method);
        var signingString = OciSigningString.Build(method, uri.PathAndQuery, headers, name => HeaderValue(request, name));
        var signature = key.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", OciSigningString.AuthorizationHeader(keyId, headers, Convert.ToBase64String(signature)));
    }

    internal static string? HeaderValue(HttpRequestMessage request, string name)
    {
        if (name == "host")
        {
            var uri = request.RequestUri!;
            return uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        }
        if (request.Headers.TryGetValues(name, out var values))
        {
            return string.Join(", ", values);
        }
        if (request.Content is not null)
        {
            if (name == "content-length")
            {
                return request.Content.Headers.ContentLength?.ToString(CultureInfo.InvariantCulture);
            }
            if (request.Content.Headers.TryGetValues(name, out var contentValues))
            {
                return string.Join(", ", contentValues);
            }
        }
        return null;
    }
}

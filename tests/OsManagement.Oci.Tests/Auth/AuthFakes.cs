using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Tests.Auth;

/// <summary>Tokens, certificates and HTTP fakes for the auth tests.</summary>
internal static class AuthFakes
{
    public const string Tenancy = "ocid1.tenancy.oc1..aaaaaaaatesttenancy";

    /// <summary>An (unsigned, for the client never checks) JWT with the given expiry and issue times.</summary>
    public static string Jwt(DateTimeOffset expires, DateTimeOffset? issued = null, string subject = "ocid1.user.oc1..aaaaaaaatestuser")
    {
        var claims = new System.Collections.Generic.Dictionary<string, object>
        {
            ["sub"] = subject,
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
        };
        if (issued is { } iat)
        {
            claims["iat"] = iat.ToUnixTimeSeconds();
        }
        return B64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + B64(JsonSerializer.Serialize(claims)) + ".c2lnbmF0dXJl";
    }

    public static string B64(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A CA, an intermediate and a leaf whose subject names <see cref="Tenancy"/>, as PEM.</summary>
    public static (string Leaf, string Key, string Intermediate) InstanceIdentity(string ou = "opc-tenant:" + Tenancy)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest($"CN=ocid1.instance.oc1.iad.test, OU=opc-certtype:instance, OU={ou}", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leaf = leafRequest.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), new byte[] { 7, 7, 7 });
        return (leaf.ExportCertificatePem(), leafKey.ExportRSAPrivateKeyPem(), ca.ExportCertificatePem());
    }

    /// <summary>A metadata service serving one identity and region; counts requests and records the Authorization header.</summary>
    public sealed class Metadata : HttpMessageHandler
    {
        private readonly (string Leaf, string Key, string Intermediate) _identity;

        public Metadata((string, string, string) identity, string region = "iad") => (_identity, Region) = (identity, region);

        public string Region { get; }
        public int Requests;
        public ConcurrentBag<string> AuthorizationHeaders { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Requests);
            AuthorizationHeaders.Add(request.Headers.Authorization?.ToString() ?? "");
            var body = request.RequestUri!.AbsolutePath switch
            {
                "/opc/v2/instance/region" => Region,
                "/opc/v2/identity/cert.pem" => _identity.Leaf,
                "/opc/v2/identity/key.pem" => _identity.Key,
                "/opc/v2/identity/intermediate.pem" => _identity.Intermediate,
                _ => null,
            };
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }

    /// <summary>Answers every request with <paramref name="respond"/>; keeps the requests (with their bodies) it saw.</summary>
    public sealed class Recording : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _respond;

        public Recording(Func<HttpRequestMessage, int, HttpResponseMessage> respond) => _respond = respond;

        public ConcurrentQueue<(HttpRequestMessage Request, string Body)> Seen { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Seen.Enqueue((request, body));
            return _respond(request, Seen.Count);
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}

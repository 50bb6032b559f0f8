using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>What the federation endpoint answers: a token, or an OCI error.</summary>
internal sealed record FederationResult(int Status, string? Token, string Code, string Message);

/// <summary>
/// The auth service's <c>POST /v1/x509</c>: checks that the leaf certificate chains to the emulator's root through the
/// given intermediate, that the request is signed with the leaf's key (keyId <c>tenancy/fed-x509-sha256/SHA256</c>,
/// or <c>tenancy/fed-x509/SHA1</c> as older SDKs send), and issues a token bound to the given session public key.
/// </summary>
internal sealed class X509Federation
{
    private readonly TestCertificateAuthority _authority;
    private readonly TokenIssuer _issuer;
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan> _lifetime;

    public X509Federation(TestCertificateAuthority authority, TokenIssuer issuer, TimeProvider time, Func<TimeSpan> lifetime)
    {
        _authority = authority;
        _issuer = issuer;
        _time = time;
        _lifetime = lifetime;
    }

    public FederationResult Exchange(SignedRequest request)
    {
        JsonObject body;
        X509Certificate2 leaf;
        X509Certificate2[] intermediates;
        RSA sessionKey;
        try
        {
            body = JsonNode.Parse(request.Body.Span)!.AsObject();
            leaf = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(body["certificate"]!.GetValue<string>()));
            intermediates = (body["intermediateCertificates"]?.AsArray() ?? new JsonArray())
                .Select(n => X509CertificateLoader.LoadCertificate(Convert.FromBase64String(n!.GetValue<string>()))).ToArray();
            sessionKey = RSA.Create();
            sessionKey.ImportSubjectPublicKeyInfo(Convert.FromBase64String(body["publicKey"]!.GetValue<string>()), out _);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NullReferenceException or CryptographicException)
        {
            return Error(400, "InvalidParameter", "The body must be JSON with base64 'certificate', 'publicKey' and 'intermediateCertificates'.");
        }

        if (!_authority.IsTrusted(leaf, intermediates, _time.GetUtcNow(), out var chainFailure))
        {
            return Error(401, "NotAuthenticated", $"The certificate is not trusted: {chainFailure}");
        }
        var tenancy = SubjectValue(leaf, "opc-tenant:");
        var instance = SubjectValue(leaf, "opc-instance:") ?? leaf.GetNameInfo(X509NameType.SimpleName, false);
        if (tenancy is null)
        {
            return Error(401, "NotAuthenticated", "The certificate names no tenancy (opc-tenant).");
        }
        var verifier = new SignatureVerifier(new LeafKeyResolver(tenancy, leaf), _time);
        if (verifier.Verify(request, out var signatureFailure) is null)
        {
            return Error(401, "NotAuthenticated", $"The request is not signed with the certificate's key: {signatureFailure}");
        }
        var claims = new JsonObject
        {
            ["opc-instance"] = instance,
            ["opc-compartment"] = SubjectValue(leaf, "opc-compartment:"),
            ["opc-certtype"] = "instance",
            ["opc-tenant"] = tenancy,
        };
        var token = _issuer.Issue(tenancy, instance, "x509", sessionKey, _lifetime(), claims);
        return new FederationResult(200, token, "", "");
    }

    private static string? SubjectValue(X509Certificate2 certificate, string prefix) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Select(rdn => rdn.GetSingleElementValue() ?? "")
            .Where(v => v.StartsWith(prefix, StringComparison.Ordinal))
            .Select(v => v[prefix.Length..])
            .FirstOrDefault();

    private static FederationResult Error(int status, string code, string message) => new(status, null, code, message);

    /// <summary>Knows exactly one keyId: the given certificate's, by SHA-256 or SHA-1 fingerprint.</summary>
    private sealed class LeafKeyResolver(string tenancy, X509Certificate2 leaf) : IKeyIdResolver
    {
        public bool TryResolve(string keyId, out CallerIdentity? caller)
        {
            caller = null;
            var parts = keyId.Split('/');
            if (parts.Length != 3 || parts[0] != tenancy)
            {
                return false;
            }
            var given = parts[2].Replace(":", "", StringComparison.Ordinal);
            var expected = parts[1] switch
            {
                "fed-x509-sha256" => leaf.GetCertHashString(HashAlgorithmName.SHA256),
                "fed-x509" => leaf.GetCertHashString(HashAlgorithmName.SHA1),
                _ => null,
            };
            if (expected is null || !string.Equals(given, expected, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            caller = new CallerIdentity(tenancy, keyId, leaf.GetRSAPublicKey()!);
            return true;
        }
    }
}
